import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One row of a Benefits list: the name and a summary, and at the far right of the row the down arrow that expands
 * the details. The page names that control by its place, so its accessible name says whose details it expands.
 */
export function BenefitRow({
  name,
  summary,
  initiallyOpen = false,
  children,
}: {
  name: string;
  summary?: string;
  /** Open as the screen loads: the row a link led to. */
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <li className="benefit">
      <div className="benefit-row">
        <span className="benefit-name">{name}</span>
        {summary && <span className="benefit-summary">{summary}</span>}
        <button
          type="button"
          className="expand"
          aria-expanded={open}
          aria-controls={id}
          aria-label={t('benefits.expand', { name })}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      </div>
      {open && (
        <div id={id} role="region" aria-label={name} className="benefit-details">
          {children}
        </div>
      )}
    </li>
  );
}

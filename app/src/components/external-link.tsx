import { useTranslation } from 'react-i18next';

/** A link that leaves Partner Center says so, in its accessible name and on screen. */
export function ExternalLink({ href, children }: { href: string; children: string }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children} <span className="external-hint">{t('app.externalHint')}</span>
    </a>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './link';

function Group({ label, children, open: initiallyOpen }: { label: string; children: React.ReactNode; open: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <li>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && <ul>{children}</ul>}
    </li>
  );
}

/** The Partner Center menu: groups expand like the real one, so a menu path is two clicks. */
export function Nav({ path }: { path: string }) {
  const { t } = useTranslation();
  const current = (href: string) => (path === href ? 'page' : undefined);
  return (
    <nav aria-label={t('nav.label')}>
      <ul>
        <Group label={t('nav.partnership')} open={false}>
          <li>
            <Link href="/partnership" aria-current={current('/partnership')}>
              {t('nav.overview')}
            </Link>
          </li>
          <li>
            <Link href="/partnership/offers" aria-current={current('/partnership/offers')}>
              {t('nav.offers')}
            </Link>
          </li>
          <li>
            <Link
              href="/partnership/benefits"
              aria-current={path.startsWith('/partnership/benefits') ? 'page' : undefined}
            >
              {t('nav.benefits')}
            </Link>
          </li>
        </Group>
        <Group label={t('nav.serviceRequests')} open={false}>
          <li>
            <Link href="/partner/support/requests" aria-current={current('/partner/support/requests')}>
              {t('nav.partnerCenterRequests')}
            </Link>
          </li>
        </Group>
        <li>
          <Link href="/partner/support" aria-current={current('/partner/support')}>
            {t('nav.support')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

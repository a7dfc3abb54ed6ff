import { useTranslation } from 'react-i18next';
import { Link } from '../components/link';
import { navigate } from '../lib/router';

export function SupportPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('support.heading')}</h1>
      <p>{t('support.intro')}</p>
      <p>
        <Link href="/partner/support/partner-center">{t('support.reportProblems')}</Link>
      </p>
    </>
  );
}

export function PartnerCenterSupportPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('support.pcHeading')}</h1>
      <p>{t('support.intro')}</p>
      <button type="button" onClick={() => navigate('/partner/support/partner-center/new')}>
        {t('support.newRequest')}
      </button>
    </>
  );
}

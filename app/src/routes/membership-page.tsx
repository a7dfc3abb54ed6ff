import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Link } from '../components/link';
import { Loadable } from '../components/loadable';
import { useLoad } from '../lib/use-load';

export function MembershipPage() {
  const { t } = useTranslation();
  const [value, retry] = useLoad(() => Promise.all([api.partner(), api.subscriptions()]), []);
  return (
    <>
      <h1>{t('membership.heading')}</h1>
      <p>{t('membership.intro')}</p>
      <Loadable value={value} retry={retry}>
        {([partner, subscriptions]) => (
          <p>
            <strong>{t('membership.yourLevel')}:</strong>{' '}
            {partner.membership === 'none'
              ? t('membership.levelNone')
              : subscriptions.length > 0
                ? t('membership.levelActionPack')
                : t('membership.levelNetwork')}
          </p>
        )}
      </Loadable>
      <section aria-labelledby="tier-network">
        <h2 id="tier-network">{t('membership.network')}</h2>
        <p>{t('membership.networkText')}</p>
        <p className="notice">{t('membership.networkRule')}</p>
      </section>
      <section aria-labelledby="tier-action-pack">
        <h2 id="tier-action-pack">{t('membership.actionPack')}</h2>
        <p>{t('membership.actionPackText')}</p>
        <Link href="/partnership/offers">{t('membership.goToOffers')}</Link>
      </section>
      <section aria-labelledby="tier-competencies">
        <h2 id="tier-competencies">{t('membership.competencies')}</h2>
        <p>{t('membership.competenciesText')}</p>
        <ul>
          <li>{t('membership.silver')}</li>
          <li>{t('membership.gold')}</li>
        </ul>
      </section>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Offer, Subscription } from '../api/contract';
import { ExternalLink } from '../components/external-link';
import { Link } from '../components/link';
import { Loadable } from '../components/loadable';
import { RenewalReminder } from '../components/renewal-reminder';
import { formatDate, formatMoney, formatNumber } from '../lib/format';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';

const AZURE_CREDIT_USD_PER_MONTH = 100;

function ActionPackOffer({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const benefits = t('offers.benefits', {
    returnObjects: true,
    amount: formatNumber(AZURE_CREDIT_USD_PER_MONTH),
  }) as string[];
  return (
    <article aria-labelledby="offer-action-pack" className="card">
      <h3 id="offer-action-pack">{t('offers.actionPack')}</h3>
      <p>{t('offers.actionPackText')}</p>
      <p>{t('offers.benefitsHeading')}</p>
      <ul aria-label={t('offers.benefitsHeading')}>
        {benefits.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>{t('offers.price', { price: formatMoney(offer.price) })}</p>
      <p>
        <ExternalLink href="https://partner.microsoft.com/membership/action-pack">{t('offers.learnMore')}</ExternalLink>
      </p>
      {!offer.eligibility.eligible && offer.eligibility.reason === 'not-network-member' && (
        <p className="notice" id="not-member">
          {t('offers.notMember')}
        </p>
      )}
      <button
        type="button"
        disabled={!offer.eligibility.eligible}
        aria-describedby={offer.eligibility.eligible ? undefined : 'not-member'}
        onClick={() => navigate('/partnership/offers/action-pack/subscribe')}
      >
        {t('offers.subscribeNow')}
      </button>
    </article>
  );
}

function PurchasedOffer({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link href={`/partnership/offers/subscriptions/${subscription.id}`}>{t('offers.subscription')}</Link>
      <p>
        {subscription.autoRenew
          ? t('offers.renewsOn', { date: formatDate(subscription.renewalDate) })
          : t('offers.expiresOn', { date: formatDate(subscription.renewalDate) })}
      </p>
      <RenewalReminder subscription={subscription} />
    </li>
  );
}

export function OffersPage() {
  const { t } = useTranslation();
  const [value, retry] = useLoad(() => Promise.all([api.offers(), api.subscriptions()]), []);
  return (
    <>
      <h1>{t('offers.heading')}</h1>
      <Loadable value={value} retry={retry}>
        {([offers, subscriptions]) => {
          const available = offers.filter(
            (o) => !(o.eligibility.eligible === false && o.eligibility.reason === 'already-subscribed'),
          );
          return (
            <>
              <section aria-labelledby="available-offers">
                <h2 id="available-offers">{t('offers.available')}</h2>
                {available.length === 0 ? (
                  <p>{t('offers.noneAvailable')}</p>
                ) : (
                  available.map((o) => <ActionPackOffer key={o.id} offer={o} />)
                )}
              </section>
              <section aria-labelledby="purchased-offers">
                <h2 id="purchased-offers">{t('offers.purchased')}</h2>
                {subscriptions.length === 0 ? (
                  <p>{t('offers.nonePurchased')}</p>
                ) : (
                  <ul>
                    {subscriptions.map((s) => (
                      <PurchasedOffer key={s.id} subscription={s} />
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </Loadable>
    </>
  );
}

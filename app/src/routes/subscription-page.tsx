import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { Subscription } from '../api/contract';
import { Detail, DetailTable } from '../components/detail';
import { ExternalLink } from '../components/external-link';
import { Loadable } from '../components/loadable';
import { RenewalReminder } from '../components/renewal-reminder';
import { formatDate } from '../lib/format';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';

export function SubscriptionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [value, retry, set] = useLoad(() => api.subscription(id), [id]);
  if (value.state === 'error' && value.error instanceof ApiFailure && value.error.status === 404)
    return <p role="alert">{t('subscription.notFound')}</p>;
  return (
    <>
      <h1>{t('subscription.heading')}</h1>
      <Loadable value={value} retry={retry}>
        {(s) => <Details subscription={s} onChange={set} />}
      </Loadable>
    </>
  );
}

function Details({ subscription: s, onChange }: { subscription: Subscription; onChange: (s: Subscription) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  const turnOff = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onChange(await api.updateSubscription(s.id, { autoRenew: false }));
      setDone(true);
    } catch {
      setError(t('subscription.turnOffError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="details">
        <h2 id="details">{t('subscription.details')}</h2>
        <DetailTable>
          <Detail label={t('subscription.status')} value={t('subscription.active')} />
          <Detail label={t('subscription.startDate')} value={formatDate(s.startDate)} />
          <Detail label={t('subscription.renewalDate')} value={formatDate(s.renewalDate)} />
          <Detail
            label={t('subscription.autoRenew')}
            value={s.autoRenew ? t('subscription.on') : t('subscription.off')}
          />
        </DetailTable>
        <RenewalReminder subscription={s} />
      </section>
      <section aria-labelledby="actions">
        <h2 id="actions">{t('subscription.actions')}</h2>
        <p>
          <button type="button" onClick={() => navigate(`/partnership/offers/subscriptions/${s.id}/renew`)}>
            {t('subscription.renew')}
          </button>{' '}
          {s.autoRenew && (
            <button type="button" onClick={() => void turnOff()} disabled={busy}>
              {t('subscription.turnOff')}
            </button>
          )}
        </p>
        {busy && (
          <p role="status" className="progress">
            {t('subscription.turningOff')}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        {!s.autoRenew && (
          <p className="notice">{done ? t('subscription.turnedOff') : t('subscription.cannotTurnOn')}</p>
        )}
      </section>
      <section aria-labelledby="next-steps">
        <h2 id="next-steps">{t('subscription.nextSteps')}</h2>
        <ExternalLink href="https://learn.microsoft.com/partner-center/manage-your-partner-network-benefits">
          {t('subscription.activate')}
        </ExternalLink>
        <h3>{t('subscription.related')}</h3>
        <ExternalLink href="https://learn.microsoft.com/partner-center/create-user-accounts-and-set-permissions">
          {t('subscription.addUsers')}
        </ExternalLink>
      </section>
    </>
  );
}

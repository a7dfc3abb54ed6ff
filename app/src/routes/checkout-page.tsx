import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiFailure } from '../api/client';
import type { Offer, Partner, PaymentMethod, PlaceOrderResult, Subscription } from '../api/contract';
import { ConfirmationDialog } from '../components/confirmation-dialog';
import { Loadable } from '../components/loadable';
import { PaymentStep } from '../components/payment-step';
import { TermsStep } from '../components/terms-step';
import { formatDate, formatMoney } from '../lib/format';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { useCardLabel } from '../components/card-label';

type Kind = 'purchase' | 'renewal';
type StepName = 'verify' | 'terms' | 'billing' | 'payment' | 'review';
const steps: Record<Kind, StepName[]> = {
  purchase: ['terms', 'billing', 'payment', 'review'],
  renewal: ['verify', 'terms', 'billing', 'payment', 'review'],
};

interface Loaded {
  partner: Partner;
  offer: Offer;
  methods: PaymentMethod[];
  subscription?: Subscription;
}

async function load(kind: Kind, subscriptionId?: string): Promise<Loaded> {
  const [partner, offers, methods, subscription] = await Promise.all([
    api.partner(),
    api.offers(),
    api.paymentMethods(),
    kind === 'renewal' && subscriptionId ? api.subscription(subscriptionId) : Promise.resolve(undefined),
  ]);
  const offer = offers.find((o) => o.id === 'action-pack');
  if (!offer) throw new Error('no Action Pack offer');
  return { partner, offer, methods, subscription };
}

export function CheckoutPage({ kind, subscriptionId }: { kind: Kind; subscriptionId?: string }) {
  const { t } = useTranslation();
  const [value, retry] = useLoad(() => load(kind, subscriptionId), [kind, subscriptionId]);
  return (
    <>
      <h1>{t(kind === 'purchase' ? 'wizard.heading' : 'wizard.renewHeading')}</h1>
      {value.state === 'error' && value.error instanceof ApiFailure && value.error.status === 404 ? (
        <p role="alert">{t('subscription.notFound')}</p>
      ) : (
        <Loadable value={value} retry={retry}>
          {(data) => <Checkout kind={kind} data={data} />}
        </Loadable>
      )}
    </>
  );
}

function Checkout({ kind, data }: { kind: Kind; data: Loaded }) {
  const { t } = useTranslation();
  const cardLabel = useCardLabel();
  const names = steps[kind];
  const [index, setIndex] = useState(0);
  const [methods, setMethods] = useState(data.methods);
  const [methodId, setMethodId] = useState(data.methods[0]?.id);
  const [result, setResult] = useState<PlaceOrderResult>();
  const [buying, setBuying] = useState(false);
  const [error, setError] = useState<string>();
  // One key per checkout: a retried or doubled Buy reaches the backend as the same order.
  const idempotencyKey = useRef(crypto.randomUUID());
  const inFlight = useRef(false);

  const step = names[index] ?? 'review';
  const next = () => setIndex((i) => Math.min(i + 1, names.length - 1));
  const back = () => (index === 0 ? navigate('/partnership/offers') : setIndex(index - 1));
  const method = methods.find((m) => m.id === methodId);
  const stepTitles: Record<StepName, string> = {
    verify: t('wizard.verify'),
    terms: t('wizard.termsStep'),
    billing: t('wizard.billingStep'),
    payment: t('wizard.paymentStep'),
    review: t('wizard.reviewStep'),
  };

  const buy = async () => {
    if (inFlight.current || !method) return;
    inFlight.current = true;
    setBuying(true);
    setError(undefined);
    try {
      setResult(
        await api.placeOrder({
          offerId: 'action-pack',
          kind,
          subscriptionId: data.subscription?.id,
          paymentMethodId: method.id,
          acceptedTerms: true,
          idempotencyKey: idempotencyKey.current,
        }),
      );
    } catch (e) {
      const code = e instanceof ApiFailure ? e.code : 'unexpected';
      setError(
        code === 'card-declined'
          ? t('wizard.errorDeclined')
          : code === 'not-network-member'
            ? t('wizard.errorNotMember')
            : code === 'network'
              ? t('wizard.errorNetwork')
              : t('wizard.errorGeneric'),
      );
      // A declined card needs another card, so the next attempt is a new order.
      if (code === 'card-declined') idempotencyKey.current = crypto.randomUUID();
    } finally {
      inFlight.current = false;
      setBuying(false);
    }
  };

  const orderDetails = (
    <dl>
      <dt>{t('wizard.offer')}</dt>
      <dd>{t('offers.subscription')}</dd>
      <dt>{t('wizard.term')}</dt>
      <dd>{t('wizard.termValue')}</dd>
      <dt>{t('wizard.price')}</dt>
      <dd>{formatMoney(data.offer.price)}</dd>
      {data.subscription && (
        <>
          <dt>{t('subscription.renewalDate')}</dt>
          <dd>{formatDate(data.subscription.renewalDate)}</dd>
        </>
      )}
    </dl>
  );

  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">{stepTitles[step]}</h2>
      <p className="progress">
        {t('wizard.progress', { current: index + 1, total: names.length, name: stepTitles[step] })}
      </p>
      {step === 'verify' && orderDetails}
      {step === 'terms' && <TermsStep />}
      {step === 'billing' && (
        <>
          <p>{t('wizard.billingText')}</p>
          <dl>
            <dt>{t('wizard.billingTo')}</dt>
            <dd>
              {data.partner.companyName}, {data.partner.billingAddress.line1}, {data.partner.billingAddress.city}{' '}
              {data.partner.billingAddress.postalCode}, {data.partner.billingAddress.country}
            </dd>
          </dl>
        </>
      )}
      {step === 'payment' && (
        <PaymentStep
          methods={methods}
          selected={methodId}
          onSelect={setMethodId}
          onAdded={(m) => {
            setMethods([...methods, m]);
            setMethodId(m.id);
            next();
          }}
          onNext={next}
          onBack={back}
        />
      )}
      {step === 'review' && (
        <>
          {orderDetails}
          <dl>
            <dt>{t('wizard.payWith')}</dt>
            <dd>{method ? cardLabel(method) : ''}</dd>
          </dl>
          <p>
            <strong>{t('wizard.chargedNow')}</strong>
          </p>
          {error && <p role="alert">{error}</p>}
          {buying && (
            <p role="status" className="progress">
              {t('wizard.processing')}
            </p>
          )}
        </>
      )}
      {step !== 'payment' && (
        <p>
          <button type="button" className="secondary" onClick={back} disabled={buying}>
            {t('app.back')}
          </button>{' '}
          {step === 'review' ? (
            <button type="button" onClick={() => void buy()} disabled={buying || !method || !!result}>
              {t('wizard.buy')}
            </button>
          ) : (
            <button type="button" onClick={next}>
              {t('wizard.next')}
            </button>
          )}
        </p>
      )}
      {result && (
        <ConfirmationDialog
          result={result}
          card={method ? cardLabel(method) : ''}
          onClose={() => navigate('/partnership/offers')}
        />
      )}
    </section>
  );
}

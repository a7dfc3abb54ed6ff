import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Benefit, Benefits, Subscription } from '../api/contract';
import { BenefitRow } from '../components/benefit-row';
import { AdvisoryDetails } from '../components/advisory-details';
import { AssignDetails } from '../components/assign-details';
import { AzureDetails } from '../components/azure-details';
import type { DetailsProps } from '../components/benefit-details';
import { KeysDetails } from '../components/keys-details';
import { GoToMarket } from '../components/go-to-market';
import { Link } from '../components/link';
import { Loadable } from '../components/loadable';
import { daysBetween, formatDate, today } from '../lib/format';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';

export const benefitTabs = ['software', 'cloud', 'visual-studio', 'technical', 'go-to-market'] as const;
export type BenefitTab = (typeof benefitTabs)[number];

const REFUND_DAYS = 30;

function Details(props: DetailsProps) {
  switch (props.benefit.kind) {
    case 'license-keys':
      return <KeysDetails {...props} />;
    case 'azure-usage':
      return <AzureDetails {...props} />;
    case 'advisory-hours':
      return <AdvisoryDetails {...props} />;
    case 'user-seats':
    case 'support':
      return <AssignDetails {...props} />;
  }
}

function BenefitList({
  data,
  tab,
  open,
  onChange,
}: {
  data: Benefits;
  tab: Exclude<BenefitTab, 'go-to-market'>;
  open: Benefit['kind'] | undefined;
  onChange: (b: Benefit) => void;
}) {
  const { t } = useTranslation();
  const shown = data.benefits.filter((b) => b.category === tab);
  if (shown.length === 0) return <p>{t('benefits.none')}</p>;
  return (
    <ul className="benefit-list" aria-label={t(`benefits.tabs.${tab}`)}>
      {shown.map((b) => {
        const name =
          b.kind === 'support' || b.kind === 'advisory-hours' ? t(`benefits.technicalNames.${b.kind}`) : b.product;
        const summary =
          b.kind === 'user-seats' || b.kind === 'support'
            ? t('benefits.assigned', { count: b.assignments.length, total: b.quantity })
            : t('benefits.quantity', { count: b.quantity });
        return (
          <BenefitRow key={b.id} name={name} summary={summary} initiallyOpen={b.kind === open}>
            <Details
              benefit={b}
              canAssign={data.canAssign}
              users={data.users}
              signedInUserId={data.signedInUserId}
              onChange={onChange}
            />
          </BenefitRow>
        );
      })}
    </ul>
  );
}

/** Who may do what: anyone with a listed role views; only a global admin assigns, and the others learn how to become one. */
function RoleNotice({ data }: { data: Benefits }) {
  const { t } = useTranslation();
  if (data.canAssign) return null;
  const steps = t('benefits.becomeAdminSteps', { returnObjects: true }) as string[];
  return (
    <aside className="notice" aria-labelledby="role-notice">
      <p id="role-notice">{t('benefits.roleNotice', { role: t(`benefits.roles.${data.role}`) })}</p>
      <p>{t('benefits.becomeAdmin')}</p>
      <ol>
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </aside>
  );
}

/** The documented refund rule, applied to what the partner holds, and the way to ask: a service request. */
function Cancellation({ data, subscriptions }: { data: Benefits; subscriptions: Subscription[] }) {
  const { t } = useTranslation();
  const held = subscriptions[0];
  let status: string | undefined;
  if (held) {
    const activated = data.benefits.some((b) => b.subscriptionId === held.id && b.category === 'software' && b.keys);
    const deadline = new Date(Date.parse(`${held.startDate}T00:00:00Z`) + REFUND_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    status = activated
      ? t('benefits.refundSoftwareActivated')
      : daysBetween(held.startDate, today()) > REFUND_DAYS
        ? t('benefits.refundWindowPassed', { date: formatDate(held.startDate) })
        : t('benefits.refundUntil', { date: formatDate(deadline) });
  }
  return (
    <section aria-labelledby="cancel-benefit">
      <h2 id="cancel-benefit">{t('benefits.cancelHeading')}</h2>
      <p>{t('benefits.cancelRule')}</p>
      {status && <p className="notice">{status}</p>}
      <Link href="/partner/support">{t('benefits.requestCancellation')}</Link>
    </section>
  );
}

/** A tab of the Benefits page; `open`: the kind of benefit whose details show as it loads (the row a link led to). */
export function BenefitsPage({ tab, open }: { tab: BenefitTab; open?: Benefit['kind'] }) {
  const { t } = useTranslation();
  // Arrow keys move between tabs, as in any tab list; only the selected tab is in the tab order.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = benefitTabs[(benefitTabs.indexOf(tab) + step + benefitTabs.length) % benefitTabs.length] ?? tab;
    navigate(`/partnership/benefits/${next}`);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const [value, retry, set] = useLoad(() => Promise.all([api.benefits(), api.subscriptions()]), []);
  return (
    <>
      <h1>{t('benefits.heading')}</h1>
      <p>{t('benefits.intro')}</p>
      <Loadable value={value} retry={retry}>
        {([data, subscriptions]) => {
          const replace = (benefit: Benefit) =>
            set([{ ...data, benefits: data.benefits.map((b) => (b.id === benefit.id ? benefit : b)) }, subscriptions]);
          return (
            <>
              <RoleNotice data={data} />
              <div role="tablist" aria-label={t('benefits.tabsLabel')} className="tabs" onKeyDown={onKeyDown}>
                {benefitTabs.map((name) => (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    id={`tab-${name}`}
                    aria-selected={name === tab}
                    aria-controls={name === tab ? 'benefit-panel' : undefined}
                    tabIndex={name === tab ? 0 : -1}
                    onClick={() => navigate(`/partnership/benefits/${name}`)}
                  >
                    {t(`benefits.tabs.${name}`)}
                  </button>
                ))}
              </div>
              <div role="tabpanel" id="benefit-panel" aria-labelledby={`tab-${tab}`} className="tab-panel">
                {tab === 'go-to-market' ? (
                  <GoToMarket data={data} onChange={(next) => set([next, subscriptions])} />
                ) : subscriptions.length === 0 ? (
                  <p>{t('benefits.noSubscription')}</p>
                ) : (
                  <BenefitList data={data} tab={tab} open={open} onChange={replace} />
                )}
              </div>
              <Cancellation data={data} subscriptions={subscriptions} />
            </>
          );
        }}
      </Loadable>
    </>
  );
}

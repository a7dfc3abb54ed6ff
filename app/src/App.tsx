import { useTranslation } from 'react-i18next';
import { api } from './api/client';
import { Nav } from './components/nav';
import { match, usePath } from './lib/router';
import { useLoad } from './lib/use-load';
import { MembershipPage } from './routes/membership-page';
import { OffersPage } from './routes/offers-page';
import { CheckoutPage } from './routes/checkout-page';
import { SubscriptionPage } from './routes/subscription-page';
import { SupportPage, PartnerCenterSupportPage } from './routes/support-page';
import { NewRequestPage } from './routes/new-request-page';
import { RequestsPage, RequestPage } from './routes/requests-page';
import { BenefitsPage, benefitTabs } from './routes/benefits-page';
import { advisoryRequestPath } from './components/advisory-details';

function Route({ path }: { path: string }) {
  let params: Record<string, string> | null;
  if (path === '/' || path === '/partnership') return <MembershipPage />;
  if (path === '/partnership/offers') return <OffersPage />;
  if (path === '/partnership/benefits') return <BenefitsPage tab="software" />;
  if (path === advisoryRequestPath) return <BenefitsPage tab="technical" open="advisory-hours" />;
  if ((params = match('/partnership/benefits/:tab', path))) {
    const tab = benefitTabs.find((t) => t === params?.tab);
    if (tab) return <BenefitsPage tab={tab} />;
  }
  if (path === '/partnership/offers/action-pack/subscribe') return <CheckoutPage kind="purchase" />;
  if ((params = match('/partnership/offers/subscriptions/:id/renew', path)))
    return <CheckoutPage kind="renewal" subscriptionId={params.id ?? ''} />;
  if ((params = match('/partnership/offers/subscriptions/:id', path))) return <SubscriptionPage id={params.id ?? ''} />;
  if (path === '/partner/support') return <SupportPage />;
  if (path === '/partner/support/partner-center') return <PartnerCenterSupportPage />;
  if (path === '/partner/support/partner-center/new') return <NewRequestPage />;
  if (path === '/partner/support/requests') return <RequestsPage />;
  if ((params = match('/partner/support/requests/:id', path))) return <RequestPage id={params.id ?? ''} />;
  return <MembershipPage />;
}

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const [partner] = useLoad(api.partner, []);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header>
        <p className="brand">{t('app.title')}</p>
        {partner.state === 'ready' && (
          <p className="account">
            {t('app.signedInAs', { company: partner.data.companyName, mpnId: partner.data.mpnId })}
          </p>
        )}
      </header>
      <div className="layout">
        <Nav path={path} />
        <main id="main">
          <Route path={path} />
        </main>
      </div>
    </>
  );
}

import type { Page } from '@playwright/test';
import { testCard } from '../../fixtures/cards';
import type { Scenario, Store, SubscriberOptions } from '../../mocks/store';
import { procedures, type Catalog, type Pages, type ProcedureKey } from '../../pages';

export interface StepContext {
  page: Page;
  pages: Pages;
  store: Store;
  labels: Catalog;
}

/** One documented step bound to the page-object method that performs it. */
export interface BoundStep {
  /** The step's number when it was bound; the documentation may since have moved it. */
  n: number;
  /** The step as the documentation said it when bound (English), for aligning by content. */
  reference: string;
  /** The labels this step shows in the product, for aligning a page that has no English text. */
  productLabels: (l: Catalog) => string[];
  run: (ctx: StepContext) => Promise<void>;
}

export interface ProcedureBinding {
  key: ProcedureKey;
  anchor: string;
  /** The account each run starts from, so the documented flow is possible. */
  scenario: Scenario;
  subscription?: SubscriberOptions;
  steps: BoundStep[];
}

const CANCEL_TITLE = 'Cancel my Microsoft Action Pack subscription';

function bind(key: ProcedureKey, steps: Omit<BoundStep, 'n' | 'reference'>[]): BoundStep[] {
  const documented = procedures[key].steps;
  if (documented.length !== steps.length) throw new Error(`${key}: ${steps.length} bindings for ${documented.length} steps`);
  return steps.map((s, i) => ({ ...s, n: i + 1, reference: documented[i] ?? '' }));
}

const offersPath = (l: Catalog) => [l.nav.label, l.nav.partnership, l.nav.offers];

/** Which page-object method performs each documented step, per procedure heading anchor. */
export const bindings: ProcedureBinding[] = [
  {
    key: 'subscribe',
    anchor: procedures.subscribe.anchor,
    scenario: 'member-without-payment-method',
    steps: bind('subscribe', [
      { productLabels: (l) => [...offersPath(l), l.offers.available, l.offers.subscribeNow], run: ({ pages }) => pages.offersPage.selectSubscribeNow() },
      { productLabels: (l) => [l.wizard.next, l.wizard.termsLink], run: ({ pages }) => pages.subscribeWizard.agreeToTerms() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages }) => pages.subscribeWizard.continueToPaymentDetails() },
      { productLabels: (l) => [l.wizard.addWayToPay], run: ({ pages }) => pages.subscribeWizard.addWayToPay() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages, store }) => pages.subscribeWizard.enterPaymentDetails(testCard(store)) },
      { productLabels: (l) => [l.wizard.buy], run: ({ pages }) => pages.subscribeWizard.buy() },
      { productLabels: (l) => [l.wizard.close, l.wizard.confirmed], run: ({ pages }) => pages.subscribeConfirmation.close() },
    ]),
  },
  {
    key: 'turnOff',
    anchor: procedures.turnOff.anchor,
    scenario: 'subscriber',
    steps: bind('turnOff', [
      { productLabels: (l) => [...offersPath(l), l.offers.purchased], run: ({ pages }) => pages.offersPage.findPurchasedActionPack('turnOff') },
      { productLabels: (l) => [l.offers.subscription], run: ({ pages }) => pages.offersPage.selectSubscription() },
      {
        productLabels: (l) => [l.subscription.turnOff],
        run: async ({ pages, labels }) => {
          await pages.subscriptionPage.turnOffAutomaticRenewal();
          // The step is done when the product says so, not when the click returns.
          await pages.subscriptionPage.detail(labels.subscription.autoRenew).filter({ hasText: labels.subscription.off }).waitFor();
        },
      },
    ]),
  },
  {
    key: 'renew',
    anchor: procedures.renew.anchor,
    scenario: 'subscriber',
    // Automatic renewal off, close to expiry and no card on file: the page's every step, the reminder included.
    subscription: { renewsInDays: 20, autoRenew: false, paymentMethodOnFile: false },
    steps: bind('renew', [
      { productLabels: (l) => [...offersPath(l), l.offers.purchased], run: ({ pages }) => pages.offersPage.findPurchasedActionPack('renew') },
      { productLabels: (l) => [l.offers.subscription, l.subscription.renew, l.subscription.actions], run: ({ pages }) => pages.subscriptionPage.renewSubscriptions() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages }) => pages.renewWizard.verifyOrderDetails() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages }) => pages.renewWizard.agreeToTerms() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages }) => pages.renewWizard.continueToPaymentDetails() },
      { productLabels: (l) => [l.wizard.addWayToPay], run: ({ pages }) => pages.renewWizard.addWayToPay() },
      { productLabels: (l) => [l.wizard.next], run: ({ pages, store }) => pages.renewWizard.enterPaymentDetails(testCard(store)) },
      { productLabels: (l) => [l.wizard.buy], run: ({ pages }) => pages.renewWizard.buy() },
      { productLabels: (l) => [l.wizard.close], run: ({ pages }) => pages.renewConfirmation.close() },
    ]),
  },
  {
    key: 'cancel',
    anchor: procedures.cancel.anchor,
    scenario: 'subscriber',
    steps: bind('cancel', [
      { productLabels: () => [], run: ({ pages }) => pages.supportPage.goToSupport() },
      { productLabels: (l) => [l.support.reportProblems, l.support.newRequest], run: ({ pages }) => pages.supportPage.reportProblemWithNewRequest() },
      { productLabels: (l) => [l.support.typeOfProblem, l.support.types['billing-invoice-payment']], run: ({ pages }) => pages.newRequestForm.chooseInvoicePaymentOrReconciliationHelp() },
      {
        productLabels: (l) => [l.support.submit, l.nav.serviceRequests, l.nav.partnerCenterRequests, l.requests.open],
        // Step 4 goes on to check the request's status; the page documents both in the same list item.
        run: async ({ pages, labels }) => {
          await pages.newRequestForm.fillRequiredInformationAndSubmit({ title: CANCEL_TITLE, description: labels.support.intro });
          await pages.newRequestForm.confirmation.waitFor();
          await pages.requestsPage.checkStatusOf(CANCEL_TITLE);
        },
      },
    ]),
  },
];

export function bindingFor(anchor: string): ProcedureBinding | undefined {
  return bindings.find((b) => b.anchor === anchor);
}

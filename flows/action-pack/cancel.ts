import type { RequestDetails } from '../../pages/support-pages';
import { defineFlow, Flow } from '../flow';

const CANCEL_TITLE = 'Cancel my Microsoft Action Pack subscription';

export class CancelFlow extends Flow {
  goToSupport(): Promise<void> {
    return this.step('cancel.go-to-support', () => this.pages.supportPage.goToSupport());
  }

  reportProblemWithNewRequest(): Promise<void> {
    return this.step('cancel.new-request', () => this.pages.supportPage.reportProblemWithNewRequest());
  }

  chooseInvoicePaymentOrReconciliationHelp(): Promise<void> {
    return this.step('cancel.choose-problem', () =>
      this.pages.newRequestForm.chooseInvoicePaymentOrReconciliationHelp(),
    );
  }

  fillRequiredInformationAndSubmit(details: Partial<RequestDetails>): Promise<void> {
    return this.step('cancel.submit', () => this.pages.newRequestForm.fillRequiredInformationAndSubmit(details));
  }

  /** The page documents following the request within the same step as submitting it. */
  checkStatusOf(title: string): Promise<void> {
    return this.step('cancel.submit', () => this.pages.requestsPage.checkStatusOf(title), 'check the status');
  }
}

export const cancel = defineFlow({
  anchor: 'cancel-your-action-pack-subscription',
  scenario: 'subscriber',
  create: (ctx, reporter) => new CancelFlow(ctx, reporter),
  steps: [
    { id: 'cancel.go-to-support', about: 'go to partner support', labels: () => [], perform: (f) => f.goToSupport() },
    {
      id: 'cancel.new-request',
      about: 'report problems partner center new request next page',
      labels: (l) => [l.support.reportProblems, l.support.newRequest],
      perform: (f) => f.reportProblemWithNewRequest(),
    },
    {
      id: 'cancel.choose-problem',
      about: 'expand type of problem list help invoice payment reconciliation',
      labels: (l) => [l.support.typeOfProblem, l.support.types['billing-invoice-payment']],
      perform: (f) => f.chooseInvoicePaymentOrReconciliationHelp(),
    },
    {
      id: 'cancel.submit',
      about: 'finish filling required information submit support team contact status service requests open',
      labels: (l) => [l.support.submit, l.nav.serviceRequests, l.nav.partnerCenterRequests, l.requests.open],
      perform: async (f, { pages, labels }) => {
        await f.fillRequiredInformationAndSubmit({ title: CANCEL_TITLE, description: labels.support.intro });
        await pages.newRequestForm.confirmation.waitFor();
        await f.checkStatusOf(CANCEL_TITLE);
      },
    },
  ],
  methods: {
    goToSupport: 'cancel.go-to-support',
    reportProblemWithNewRequest: 'cancel.new-request',
    chooseInvoicePaymentOrReconciliationHelp: 'cancel.choose-problem',
    fillRequiredInformationAndSubmit: 'cancel.submit',
    checkStatusOf: 'cancel.submit',
  },
});

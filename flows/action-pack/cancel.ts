import type { RequestDetails } from '../../pages/support-pages';
import { defineFlow, type FlowContext } from '../flow';

const CANCEL_TITLE = 'Cancel my Microsoft Action Pack subscription';

export const cancel = defineFlow({
  anchor: 'cancel-your-action-pack-subscription',
  scenario: 'subscriber',
  steps: {
    goToSupport: {
      id: 'cancel.go-to-support',
      about: 'go to partner support',
      labels: () => [],
      act: ({ pages }) => pages.supportPage.goToSupport(),
    },
    reportProblemWithNewRequest: {
      id: 'cancel.new-request',
      about: 'report problems partner center new request next page',
      labels: (l) => [l.support.reportProblems, l.support.newRequest],
      act: ({ pages }) => pages.supportPage.reportProblemWithNewRequest(),
    },
    chooseInvoicePaymentOrReconciliationHelp: {
      id: 'cancel.choose-problem',
      about: 'expand type of problem list help invoice payment reconciliation',
      labels: (l) => [l.support.typeOfProblem, l.support.types['billing-invoice-payment']],
      act: ({ pages }) => pages.newRequestForm.chooseInvoicePaymentOrReconciliationHelp(),
    },
    fillRequiredInformationAndSubmit: {
      id: 'cancel.submit',
      about: 'finish filling required information submit support team contact status service requests open',
      labels: (l) => [l.support.submit, l.nav.serviceRequests, l.nav.partnerCenterRequests, l.requests.open],
      act: ({ pages }, details: Partial<RequestDetails>) =>
        pages.newRequestForm.fillRequiredInformationAndSubmit(details),
      async perform({ pages, labels }: FlowContext) {
        await this.fillRequiredInformationAndSubmit({ title: CANCEL_TITLE, description: labels.support.intro });
        await pages.newRequestForm.confirmation.waitFor();
        await this.checkStatusOf(CANCEL_TITLE);
      },
    },
    /** The page documents following the request within the same step as submitting it. */
    checkStatusOf: {
      id: 'cancel.submit',
      detail: 'check the status',
      act: ({ pages }, title: string) => pages.requestsPage.checkStatusOf(title),
    },
  },
});

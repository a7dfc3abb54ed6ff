import type { RequestDetails } from '../../pages/support-pages';
import { defineFlow } from '../flow';

/**
 * "Request the cancellation through a service request": from the Benefits page's cancellation section to the
 * support flow the first page documents, with the type for a benefit's cancellation.
 */
export const cancelBenefit = defineFlow({
  anchor: 'cancel-a-membership-benefit-or-offer',
  scenario: 'subscriber',
  steps: {
    /** The refund rule and the way to ask, at the foot of the Benefits page. */
    requestCancellation: {
      id: 'cancel-benefit.request',
      about: 'cancel benefit offer refund within 30 days purchase request cancellation service request',
      labels: (l) => [l.support.reportProblems, l.support.newRequest, l.support.submit],
      act: async ({ pages }) => {
        const benefits = pages.benefitsPage;
        if (!(await benefits.cancellation.isVisible())) await benefits.open();
        await benefits.requestCancellation();
        await pages.supportPage.heading.waitFor();
      },
      async perform() {
        await this.requestCancellation();
        await this.openServiceRequest();
        await this.submit({ title: 'Cancel my membership benefit package', description: 'Please cancel and refund.' });
      },
    },
    /** Report problems with Partner Center, New request, and the type for cancelling a benefit. */
    openServiceRequest: {
      id: 'cancel-benefit.request',
      detail: 'open a service request',
      act: async ({ pages }) => {
        await pages.supportPage.reportProblemWithNewRequest();
        await pages.newRequestForm.chooseCancelMembershipBenefit();
      },
    },
    submit: {
      id: 'cancel-benefit.request',
      detail: 'submit',
      act: ({ pages }, details: Partial<RequestDetails>) =>
        pages.newRequestForm.fillRequiredInformationAndSubmit(details),
    },
  },
});

import type { RequestDetails } from '../../pages/support-pages';
import { defineFlow, Flow } from '../flow';

/**
 * "Request the cancellation through a service request": from the Benefits page's cancellation section to the
 * support flow the first page documents, with the type for a benefit's cancellation.
 */
export class CancelBenefitFlow extends Flow {
  /** The refund rule and the way to ask, at the foot of the Benefits page. */
  requestCancellation(): Promise<void> {
    return this.step('cancel-benefit.request', async () => {
      const benefits = this.pages.benefitsPage;
      if (!(await benefits.cancellation.isVisible())) await benefits.open();
      await benefits.requestCancellation();
      await this.pages.supportPage.heading.waitFor();
    });
  }

  /** Report problems with Partner Center, New request, and the type for cancelling a benefit. */
  openServiceRequest(): Promise<void> {
    return this.step(
      'cancel-benefit.request',
      async () => {
        await this.pages.supportPage.reportProblemWithNewRequest();
        await this.pages.newRequestForm.chooseCancelMembershipBenefit();
      },
      'open a service request',
    );
  }

  submit(details: Partial<RequestDetails>): Promise<void> {
    return this.step(
      'cancel-benefit.request',
      () => this.pages.newRequestForm.fillRequiredInformationAndSubmit(details),
      'submit',
    );
  }
}

export const cancelBenefit = defineFlow({
  anchor: 'cancel-a-membership-benefit-or-offer',
  scenario: 'subscriber',
  create: (ctx, reporter) => new CancelBenefitFlow(ctx, reporter),
  steps: [
    {
      id: 'cancel-benefit.request',
      about: 'cancel benefit offer refund within 30 days purchase request cancellation service request',
      labels: (l) => [l.support.reportProblems, l.support.newRequest, l.support.submit],
      perform: async (f) => {
        await f.requestCancellation();
        await f.openServiceRequest();
        await f.submit({ title: 'Cancel my membership benefit package', description: 'Please cancel and refund.' });
      },
    },
  ],
  methods: {
    requestCancellation: 'cancel-benefit.request',
    openServiceRequest: 'cancel-benefit.request',
    submit: 'cancel-benefit.request',
  },
});

import { defineFlow } from '../flow';
import { CheckoutFlow, checkoutMethods, checkoutSteps, offersPath } from './checkout';

export class SubscribeFlow extends CheckoutFlow {
  protected readonly procedure = 'subscribe';

  selectSubscribeNow(): Promise<void> {
    return this.step('subscribe.open-offers', () => this.pages.offersPage.selectSubscribeNow());
  }

  /** Buy pressed twice before the product answers the first. */
  doubleClickBuy(): Promise<void> {
    return this.step('subscribe.buy', () => this.pages.checkoutWizard.doubleClickBuy(), 'pressed twice');
  }
}

export const subscribe = defineFlow({
  anchor: 'subscribe-to-microsoft-action-pack',
  scenario: 'member-without-payment-method',
  create: (ctx, reporter) => new SubscribeFlow(ctx, reporter),
  steps: [
    {
      id: 'subscribe.open-offers',
      about: 'menu partnership offers available subscribe now',
      labels: (l) => [...offersPath(l), l.offers.available, l.offers.subscribeNow],
      perform: (f) => f.selectSubscribeNow(),
    },
    ...checkoutSteps<SubscribeFlow>('subscribe'),
  ],
  methods: {
    selectSubscribeNow: 'subscribe.open-offers',
    doubleClickBuy: 'subscribe.buy',
    ...checkoutMethods('subscribe'),
  },
});

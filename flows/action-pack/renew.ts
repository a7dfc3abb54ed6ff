import { defineFlow } from '../flow';
import { CheckoutFlow, checkoutMethods, checkoutSteps, offersPath } from './checkout';

export class RenewFlow extends CheckoutFlow {
  protected readonly procedure = 'renew';

  findPurchasedActionPack(): Promise<void> {
    return this.step('renew.open-offers', () => this.pages.offersPage.findPurchasedActionPack());
  }

  renewSubscriptions(): Promise<void> {
    return this.step('renew.renew-subscriptions', () => this.pages.subscriptionPage.renewSubscriptions());
  }

  verifyOrderDetails(): Promise<void> {
    return this.step('renew.verify-order', () => this.pages.checkoutWizard.verifyOrderDetails());
  }
}

export const renew = defineFlow({
  anchor: 'renew-your-action-pack-subscription',
  scenario: 'subscriber',
  // Automatic renewal off, close to expiry and no card on file: the page's every step, the reminder included.
  subscription: { renewsInDays: 20, autoRenew: false, paymentMethodOnFile: false },
  create: (ctx, reporter) => new RenewFlow(ctx, reporter),
  steps: [
    {
      id: 'renew.open-offers',
      about: 'menu partnership offers purchased',
      labels: (l) => [...offersPath(l), l.offers.purchased],
      perform: (f) => f.findPurchasedActionPack(),
    },
    {
      id: 'renew.renew-subscriptions',
      about: 'action pack subscription details renew subscriptions under actions',
      labels: (l) => [l.offers.subscription, l.subscription.renew, l.subscription.actions],
      perform: (f) => f.renewSubscriptions(),
    },
    {
      id: 'renew.verify-order',
      about: 'verify order details next',
      labels: (l) => [l.wizard.next],
      perform: (f) => f.verifyOrderDetails(),
    },
    ...checkoutSteps<RenewFlow>('renew'),
  ],
  methods: {
    findPurchasedActionPack: 'renew.open-offers',
    renewSubscriptions: 'renew.renew-subscriptions',
    verifyOrderDetails: 'renew.verify-order',
    ...checkoutMethods('renew'),
  },
});

import { defineFlow } from '../flow';
import { checkoutSteps, offersPath } from './checkout';

export const renew = defineFlow({
  anchor: 'renew-your-action-pack-subscription',
  scenario: 'subscriber',
  // Automatic renewal off, close to expiry and no card on file: the page's every step, the reminder included.
  subscription: { renewsInDays: 20, autoRenew: false, paymentMethodOnFile: false },
  steps: {
    findPurchasedActionPack: {
      id: 'renew.open-offers',
      about: 'menu partnership offers purchased',
      labels: (l) => [...offersPath(l), l.offers.purchased],
      act: ({ pages }) => pages.offersPage.findPurchasedActionPack(),
    },
    renewSubscriptions: {
      id: 'renew.renew-subscriptions',
      about: 'action pack subscription details renew subscriptions under actions',
      labels: (l) => [l.offers.subscription, l.subscription.renew, l.subscription.actions],
      act: ({ pages }) => pages.subscriptionPage.renewSubscriptions(),
    },
    verifyOrderDetails: {
      id: 'renew.verify-order',
      about: 'verify order details next',
      labels: (l) => [l.wizard.next],
      act: ({ pages }) => pages.checkoutWizard.verifyOrderDetails(),
    },
    ...checkoutSteps('renew'),
  },
});

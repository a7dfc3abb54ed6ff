import { defineFlow, type FlowContext } from '../flow';
import { offersPath } from './checkout';

export const turnOff = defineFlow({
  anchor: 'turn-off-automatic-action-pack-subscription-renewal',
  scenario: 'subscriber',
  steps: {
    findPurchasedActionPack: {
      id: 'turn-off.open-offers',
      about: 'menu partnership offers purchased',
      labels: (l) => [...offersPath(l), l.offers.purchased],
      act: ({ pages }) => pages.offersPage.findPurchasedActionPack(),
    },
    selectSubscription: {
      id: 'turn-off.open-subscription',
      about: 'action pack subscription view details',
      labels: (l) => [l.offers.subscription],
      act: ({ pages }) => pages.offersPage.selectSubscription(),
    },
    turnOffAutomaticRenewal: {
      id: 'turn-off.turn-off',
      about: 'turn off automatic renewal',
      labels: (l) => [l.subscription.turnOff],
      act: ({ pages }) => pages.subscriptionPage.turnOffAutomaticRenewal(),
      async perform({ pages, labels }: FlowContext) {
        await this.turnOffAutomaticRenewal();
        // The step is done when the product says so, not when the click returns.
        await pages.subscriptionPage
          .detail(labels.subscription.autoRenew)
          .filter({ hasText: labels.subscription.off })
          .waitFor();
      },
    },
  },
});

import { defineFlow, Flow } from '../flow';
import { offersPath } from './checkout';

export class TurnOffFlow extends Flow {
  findPurchasedActionPack(): Promise<void> {
    return this.step('turn-off.open-offers', () => this.pages.offersPage.findPurchasedActionPack());
  }

  selectSubscription(): Promise<void> {
    return this.step('turn-off.open-subscription', () => this.pages.offersPage.selectSubscription());
  }

  turnOffAutomaticRenewal(): Promise<void> {
    return this.step('turn-off.turn-off', () => this.pages.subscriptionPage.turnOffAutomaticRenewal());
  }
}

export const turnOff = defineFlow({
  anchor: 'turn-off-automatic-action-pack-subscription-renewal',
  scenario: 'subscriber',
  create: (ctx, reporter) => new TurnOffFlow(ctx, reporter),
  steps: [
    {
      id: 'turn-off.open-offers',
      about: 'menu partnership offers purchased',
      labels: (l) => [...offersPath(l), l.offers.purchased],
      perform: (f) => f.findPurchasedActionPack(),
    },
    {
      id: 'turn-off.open-subscription',
      about: 'action pack subscription view details',
      labels: (l) => [l.offers.subscription],
      perform: (f) => f.selectSubscription(),
    },
    {
      id: 'turn-off.turn-off',
      about: 'turn off automatic renewal',
      labels: (l) => [l.subscription.turnOff],
      perform: async (f, { pages, labels }) => {
        await f.turnOffAutomaticRenewal();
        // The step is done when the product says so, not when the click returns.
        await pages.subscriptionPage
          .detail(labels.subscription.autoRenew)
          .filter({ hasText: labels.subscription.off })
          .waitFor();
      },
    },
  ],
  methods: {
    findPurchasedActionPack: 'turn-off.open-offers',
    selectSubscription: 'turn-off.open-subscription',
    turnOffAutomaticRenewal: 'turn-off.turn-off',
  },
});

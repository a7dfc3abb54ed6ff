import { actionPackFlows } from '../../../flows/action-pack';
import { callApi } from '../../../fixtures/backend';
import type { CheckBinding } from '../binding';
import { pressEveryControl } from './controls';
import { actionPackRules } from './rules';

/** "Upgrade your Microsoft Partner Network membership": its flows, its rules and the screens they need. */
export const actionPackBinding: CheckBinding = {
  name: 'upgrade-your-partner-network-membership',
  flows: actionPackFlows,
  rules: actionPackRules,
  probes: [
    {
      id: 'membership',
      scenario: 'member-without-payment-method',
      path: '/partnership',
      ready: (page, l) => page.getByRole('heading', { level: 1, name: l.membership.heading }).waitFor(),
    },
    {
      id: 'non-member-offers',
      scenario: 'non-member',
      path: '/partnership/offers',
      ready: (page, l) => page.getByRole('button', { name: l.offers.subscribeNow }).waitFor(),
    },
  ],
  afterFlow: {
    'turn-off-automatic-action-pack-subscription-renewal': async ({ page, pages, store }, facts) => {
      const id = store.activeSubscription()?.id ?? '';
      const details = new URL(page.url()).pathname;
      // Read before anything else is pressed: the rule is about what Turn off automatic renewal left behind.
      facts.after.set('turn-off.auto-renew-after-turn-off', store.activeSubscription()?.autoRenew);
      const found = await pressEveryControl(page, details, () => pages.subscriptionPage.heading.waitFor(), store, {
        turnedOn: (s) => s.activeSubscription()?.autoRenew === true,
        cancelled: (s) => s.activeSubscription()?.id !== id,
      });
      facts.after.set('turn-off.controls-that-turned-it-on', found.turnedOn);
      facts.after.set('turn-off.controls-that-cancelled', found.cancelled);
      facts.after.set('turn-off.turn-back-on-status', (await callApi(page, 'PATCH', `/api/subscriptions/${id}`, { autoRenew: true })).status);
    },
  },
};

import { actionPackFlows } from '../../flows/action-pack';
import { callApi } from '../../harness/session/backend';
import { pressEveryControl } from '../../harness/every-control';
import type { CheckBinding } from '../../checker/binding';
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
      // Read before anything else is pressed: the rule is about what Turn off automatic renewal left behind.
      facts.after.set('turn-off.auto-renew-after-turn-off', store.activeSubscription()?.autoRenew);
      // Every control of the details, whatever it is called, each pressed on a freshly loaded screen; the backend
      // says which presses turned automatic renewal back on or cancelled.
      const turnedOn: string[] = [];
      const cancelled: string[] = [];
      const { subscriptionPage } = pages;
      const pressed = await pressEveryControl({
        page,
        // Done when the details are on screen, not at the heading: the controls come with the details.
        open: () => subscriptionPage.openDetails(id),
        controls: subscriptionPage.controls,
        progress: subscriptionPage.progress,
        check: (pressed) => {
          if (store.activeSubscription()?.autoRenew === true) turnedOn.push(pressed);
          if (store.activeSubscription()?.id !== id) cancelled.push(pressed);
        },
        // The check knows no control by name: the page's wording, not the product's, is what it checks.
        known: [],
      });
      facts.after.set('turn-off.controls-pressed', pressed);
      facts.after.set('turn-off.controls-that-turned-it-on', turnedOn);
      facts.after.set('turn-off.controls-that-cancelled', cancelled);
      facts.after.set(
        'turn-off.turn-back-on-status',
        (await callApi(page, 'PATCH', `/api/subscriptions/${id}`, { autoRenew: true })).status,
      );
    },
  },
};

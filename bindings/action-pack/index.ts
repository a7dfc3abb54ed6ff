import { actionPackFlows } from '../../flows/action-pack';
import { callApi } from '../../harness/session/backend';
import { pressEveryControl } from '../../harness/every-control';
import type { CheckBinding, Probe } from '../../checker/binding';
import type { FlowContext } from '../../flows/flow';
import type { Scenario } from '../../mocks/store';
import { openSandboxSession, seededStore } from '../sandbox-session';
import {
  accountAfter,
  actionPackFacts,
  type ActionPackFacts,
  type ActionPackKept,
  type TurnOffFindings,
} from './facts';
import { actionPackPatterns } from './patterns';
import { actionPackRules } from './rules';

/** A screen the rules look at outside the procedures, and the account it is looked at as. */
interface ActionPackProbe extends Probe {
  scenario: Scenario;
}

const TURN_OFF = 'turn-off-automatic-action-pack-subscription-renewal';

/** Runs after the turn-off flow completed, on its page: what the rules about turning renewal back on need. */
async function turnOffFindings({ page, pages, store }: FlowContext): Promise<TurnOffFindings> {
  const id = store.activeSubscription()?.id ?? '';
  // Read before anything else is pressed: the rule is about what Turn off automatic renewal left behind.
  const autoRenewAfterTurnOff = store.activeSubscription()?.autoRenew;
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
  const turnBackOnStatus = (await callApi(page, 'PATCH', `/api/subscriptions/${id}`, { autoRenew: true })).status;
  return {
    autoRenewAfterTurnOff,
    controlsPressed: pressed,
    controlsThatTurnedItOn: turnedOn,
    controlsThatCancelled: cancelled,
    turnBackOnStatus,
  };
}

/** "Upgrade your Microsoft Partner Network membership": its flows, its rules and the screens they need. */
export const actionPackBinding: CheckBinding<ActionPackFacts, ActionPackKept, ActionPackProbe> = {
  name: 'upgrade-your-partner-network-membership',
  flows: actionPackFlows,
  patterns: actionPackPatterns,
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
  async open(target, start) {
    const store =
      'flow' in start
        ? seededStore(target, start.flow.scenario, start.flow.subscription)
        : seededStore(target, start.probe.scenario);
    const before = structuredClone(store.activeSubscription());
    const session = await openSandboxSession(target, store);
    return {
      ...session,
      keep: async (completed) => ({
        account: accountAfter(store),
        before,
        ...(completed &&
          'flow' in start &&
          start.flow.anchor === TURN_OFF && { turnOff: await turnOffFindings(session.flow) }),
      }),
    };
  },
  facts: actionPackFacts,
};

// How a check drives the product for this page: the account each flow and probe starts from, and what a completed
// run leaves for the rules. Loaded when the check first opens a session (bindings/action-pack/index.ts): a run that
// reads every record back never needs the mocked backend, its data or the browser session.
import { callApi } from '../../harness/session/backend';
import { pressEveryControl } from '../../harness/every-control';
import type { ProductSession, SessionTarget } from '../../checker/binding';
import type { FlowContext, FlowDefinition } from '../../flows/flow';
import { openSandboxSession, storeFor } from '../sandbox-session';
import { accountAfter, type ActionPackKept, type TurnOffFindings } from './facts';
import type { ActionPackProbe } from './probes';

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

/** A session prepared for a flow (its account) or a probe (the screen's account). */
export async function openActionPackSession(
  target: SessionTarget,
  start: { flow: FlowDefinition } | { probe: ActionPackProbe },
): Promise<ProductSession<ActionPackKept>> {
  const store = storeFor(target, start);
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
}

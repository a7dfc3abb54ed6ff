import type { Subscription } from '../../app/src/api/contract';
import { newEvidence, type Evidence } from '../../checker/read/evidence';
import type { ChargeRow, Store, SupportRequestRow } from '../../mocks/store';

/** What Turn off automatic renewal left behind, and what pressing every control of the details did afterwards. */
export interface TurnOffFindings {
  /** Automatic renewal right after Turn off automatic renewal, before anything else was pressed. */
  autoRenewAfterTurnOff: boolean | undefined;
  /** Every control of the subscription details, each pressed on a freshly loaded screen. */
  controlsPressed: string[];
  /** The controls whose press turned automatic renewal back on. */
  controlsThatTurnedItOn: string[];
  /** The controls whose press cancelled the subscription. */
  controlsThatCancelled: string[];
  /** The backend's answer to turning renewal back on. */
  turnBackOnStatus: number;
}

/**
 * The account as a flow left it, as the rules read it: plain data, so a procedure's record can be kept on disk
 * and read back by a later check (checker/record/saved-records.ts).
 */
export interface AccountAfter {
  subscription: Subscription | undefined;
  charges: ChargeRow[];
  supportRequests: SupportRequestRow[];
}

export const accountAfter = (store: Store): AccountAfter =>
  structuredClone({
    subscription: store.activeSubscription(),
    charges: store.charges.all(),
    supportRequests: store.supportRequests.all(),
  });

/** What one procedure's run keeps for the rules: the account as the flow left it, and its subscription before. */
export interface ActionPackKept {
  account: AccountAfter;
  before: Subscription | undefined;
  /** Only after the turn-off flow completed. */
  turnOff?: TurnOffFindings;
}

/** What the rules of the page read: what the flows and probes showed, and each procedure's account, by its anchor. */
export interface ActionPackFacts extends Evidence {
  accounts: Map<string, AccountAfter>;
  before: Map<string, Subscription | undefined>;
  turnOff: TurnOffFindings | undefined;
}

export function actionPackFacts(seen: Evidence, kept: ReadonlyMap<string, ActionPackKept>): ActionPackFacts {
  const runs = [...kept];
  return {
    ...seen,
    accounts: new Map(runs.map(([anchor, k]) => [anchor, k.account])),
    before: new Map(runs.map(([anchor, k]) => [anchor, k.before])),
    turnOff: runs.find(([, k]) => k.turnOff)?.[1].turnOff,
  };
}

/** Facts with nothing seen or kept yet, for a spec to fill in. */
export const newActionPackFacts = (): ActionPackFacts => actionPackFacts(newEvidence(), new Map());

import type { Subscription } from '../../app/src/api/contract';
import { newEvidence, type Evidence } from '../../checker/read/evidence';
import type { Store } from '../../mocks/store';

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

/** What one procedure's run keeps for the rules: the account as the flow left it, and its subscription before. */
export interface ActionPackKept {
  store: Store;
  before: Subscription | undefined;
  /** Only after the turn-off flow completed. */
  turnOff?: TurnOffFindings;
}

/** What the rules of the page read: what the flows and probes showed, and each procedure's account, by its anchor. */
export interface ActionPackFacts extends Evidence {
  stores: Map<string, Store>;
  before: Map<string, Subscription | undefined>;
  turnOff: TurnOffFindings | undefined;
}

export function actionPackFacts(seen: Evidence, kept: ReadonlyMap<string, ActionPackKept>): ActionPackFacts {
  const runs = [...kept];
  return {
    ...seen,
    stores: new Map(runs.map(([anchor, k]) => [anchor, k.store])),
    before: new Map(runs.map(([anchor, k]) => [anchor, k.before])),
    turnOff: runs.find(([, k]) => k.turnOff)?.[1].turnOff,
  };
}

/** Facts with nothing seen or kept yet, for a spec to fill in. */
export const newActionPackFacts = (): ActionPackFacts => actionPackFacts(newEvidence(), new Map());

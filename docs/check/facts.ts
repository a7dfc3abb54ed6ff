import type { Store } from '../../mocks/store';
import type { ProcedureKey } from '../../pages';
import type { AriaNode } from './aria';
import type { Observation } from './observe';

/** What the runs of one locale saw and left behind, for checking the page's rules afterwards. */
export interface Facts {
  steps: Map<string, Observation>;
  stores: Map<ProcedureKey, Store>;
  /** The membership overview as a network member sees it. */
  membership?: { nodes: AriaNode[]; text: string };
  /** Offers as a partner who is not a network member sees them. */
  nonMemberOffers?: { nodes: AriaNode[]; text: string };
  /** The backend's status for turning automatic renewal back on after it was turned off. */
  turnBackOnStatus?: number;
}

export const stepKey = (key: ProcedureKey, n: number) => `${key}:${n}`;

export function observed(facts: Facts, key: ProcedureKey, n: number): Observation | undefined {
  return facts.steps.get(stepKey(key, n));
}

import type { Subscription } from '../../app/src/api/contract';
import type { Store } from '../../mocks/store';
import type { Capture, Observation } from './observe';

/** What the runs of one locale saw and left behind, for checking the page's rules afterwards. */
export interface Facts {
  /** Each flow step's observation, by the step's id (`subscribe.buy`): never by the page's numbering. */
  observed: Map<string, Observation>;
  /** The flow step each documented step was performed as: `<anchor>#<n>` → step id. */
  performedAs: Map<string, string>;
  /** The store each flow ran against, and its subscription before the flow, by the flow's anchor. */
  stores: Map<string, Store>;
  before: Map<string, Subscription | undefined>;
  /** What each probe saw, by probe id. */
  probes: Map<string, Capture>;
  /** What a flow's follow-up found, by name (e.g. the backend's answer to turning renewal back on). */
  after: Map<string, unknown>;
}

export const newFacts = (): Facts => ({
  observed: new Map(),
  performedAs: new Map(),
  stores: new Map(),
  before: new Map(),
  probes: new Map(),
  after: new Map(),
});

export const documentedStepKey = (anchor: string, n: number) => `${anchor}#${n}`;

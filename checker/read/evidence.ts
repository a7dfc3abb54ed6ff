import type { Observation } from './observation';
import type { Capture } from '../record/recorder';

/** What the flows and probes of one language showed: the part of the rules' facts every binding shares. */
export interface Evidence {
  /** Each flow step's observation, by the step's id (`checkout.pay`): never by the page's numbering. */
  observed: Map<string, Observation>;
  /** The flow step each documented step was performed as: `<anchor>#<n>` → step id. */
  performedAs: Map<string, string>;
  /** What each probe saw, by probe id. */
  probes: Map<string, Capture>;
}

export const newEvidence = (): Evidence => ({ observed: new Map(), performedAs: new Map(), probes: new Map() });

export const documentedStepKey = (anchor: string, n: number) => `${anchor}#${n}`;

import { actionPackFlows } from '../../flows/action-pack';
import type { CheckBinding } from '../../checker/binding';
import { actionPackFacts, type ActionPackFacts, type ActionPackKept } from './facts';
import { actionPackPatterns } from './patterns';
import { actionPackProbes, type ActionPackProbe } from './probes';
import { actionPackRules } from './rules';

/** "Upgrade your Microsoft Partner Network membership": its flows, its rules and the screens they need. */
export const actionPackBinding: CheckBinding<ActionPackFacts, ActionPackKept, ActionPackProbe> = {
  name: 'upgrade-your-partner-network-membership',
  flows: actionPackFlows,
  patterns: actionPackPatterns,
  rules: actionPackRules,
  probes: actionPackProbes,
  // The driving part (the mocked backend, its data, the browser session) loads with the first session: a run that
  // reads every record back reads the page against them without it.
  open: async (target, start) => (await import('./session')).openActionPackSession(target, start),
  facts: actionPackFacts,
};

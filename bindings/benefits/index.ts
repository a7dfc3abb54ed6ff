import type { CheckBinding } from '../../checker/binding';
import { benefitFlows } from '../../flows/benefits';
import { benefitsFacts, type BenefitsFacts, type BenefitsKept } from './facts';
import { benefitsPatterns, benefitsPositions } from './patterns';
import { benefitsProbes, type BenefitsProbe } from './probes';
import { benefitsRules } from './rules';

/** "Manage your Microsoft Partner Network membership benefits": its flows, its rules and the screens they need. */
export const benefitsBinding: CheckBinding<BenefitsFacts, BenefitsKept, BenefitsProbe> = {
  name: 'manage-your-partner-network-benefits',
  flows: benefitFlows,
  patterns: benefitsPatterns,
  positions: benefitsPositions,
  rules: benefitsRules,
  probes: benefitsProbes,
  // The driving part (the mocked backend, its data, the browser session) loads with the first session: a run that
  // reads every record back reads the page against them without it.
  open: async (target, start) => (await import('./session')).openBenefitsSession(target, start),
  facts: benefitsFacts,
};

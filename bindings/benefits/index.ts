import type { Page } from '@playwright/test';
import type { PartnerRole } from '../../app/src/api/contract';
import type { CheckBinding, Probe } from '../../checker/binding';
import { benefitFlows } from '../../flows/benefits';
import type { Catalog } from '../../pages';
import type { Scenario } from '../../mocks/store';
import { openSandboxSession, seededStore } from '../sandbox-session';
import { benefitsFacts, type BenefitsFacts, type BenefitsKept } from './facts';
import {
  activationDays,
  contactSameEmail,
  refundFindings,
  statusShownAfterActivate,
  supportSameEmail,
} from './findings';
import { benefitsPatterns, benefitsPositions } from './patterns';
import { benefitsRules } from './rules';

/** A screen the rules look at outside the procedures, and the account and role it is looked at as. */
interface BenefitsProbe extends Probe {
  scenario: Scenario;
  role: PartnerRole;
}

/** The Benefits page as a user admin, the first benefit's details open: what someone who cannot assign sees. */
async function firstDetailsOpen(page: Page, l: Catalog): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 1, name: l.benefits.heading, exact: true }).waitFor();
  await main.getByRole('tabpanel').getByRole('button', { expanded: false }).first().click();
  await main.getByRole('tabpanel').getByRole('region').first().waitFor();
}

const SOFTWARE = 'manage-software-benefits';
const TECHNICAL = 'manage-technical-benefits';
const GO_TO_MARKET = 'manage-go-to-market-offers';

/** "Manage your Microsoft Partner Network membership benefits": its flows, its rules and the screens they need. */
export const benefitsBinding: CheckBinding<BenefitsFacts, BenefitsKept, BenefitsProbe> = {
  name: 'manage-your-partner-network-benefits',
  flows: benefitFlows,
  patterns: benefitsPatterns,
  positions: benefitsPositions,
  rules: benefitsRules,
  probes: [
    {
      id: 'non-admin-benefits',
      scenario: 'subscriber',
      role: 'user-admin',
      path: '/partnership/benefits',
      ready: firstDetailsOpen,
    },
  ],
  async open(target, start) {
    const store =
      'flow' in start
        ? seededStore(target, start.flow.scenario, start.flow.subscription)
        : seededStore(target, start.probe.scenario);
    if ('probe' in start) store.role = start.probe.role;
    // Go-To-Market offers come from competencies: a silver and a gold one, so both core benefits are listed.
    if ('flow' in start && start.flow.anchor === GO_TO_MARKET)
      store.partner = {
        ...store.partner,
        competencies: [
          { name: 'Cloud Platform', level: 'silver' },
          { name: 'Data Analytics', level: 'gold' },
        ],
      };
    const session = await openSandboxSession(target, store);
    const anchor = 'flow' in start ? start.flow.anchor : undefined;
    return {
      ...session,
      keep: async (completed) => {
        const kept: BenefitsKept = {};
        if (!completed) return kept;
        if (anchor === SOFTWARE) kept.refund = await refundFindings(session.flow);
        if (anchor === TECHNICAL) kept.sameEmail = await supportSameEmail(session.flow);
        if (anchor === GO_TO_MARKET) {
          const shown = await statusShownAfterActivate(session.flow);
          if (shown !== undefined) kept.statusShown = shown;
          kept.sameEmail = await contactSameEmail(session.flow);
          kept.activation = await activationDays(session.flow);
        }
        return kept;
      },
    };
  },
  facts: benefitsFacts,
};

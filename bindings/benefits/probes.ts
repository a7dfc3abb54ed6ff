import type { Page } from '@playwright/test';
import type { PartnerRole } from '../../app/src/api/contract';
import type { Probe } from '../../checker/binding';
import type { Catalog } from '../../pages';
import type { Scenario } from '../../mocks/store';

/** A screen the rules look at outside the procedures, and the account and role it is looked at as. */
export interface BenefitsProbe extends Probe {
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

export const benefitsProbes: readonly BenefitsProbe[] = [
  {
    id: 'non-admin-benefits',
    scenario: 'subscriber',
    role: 'user-admin',
    path: '/partnership/benefits',
    ready: firstDetailsOpen,
  },
];

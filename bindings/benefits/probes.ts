import type { Page } from '@playwright/test';
import type { PartnerRole } from '../../app/src/api/contract';
import type { Probe } from '../../checker/binding';
import { SOFTWARE } from '../../flows/benefits/software';
import { VISUAL_STUDIO } from '../../flows/benefits/visual-studio';
import { createPages, type Catalog } from '../../pages';
import type { Scenario } from '../../mocks/store';

/** A screen the rules look at outside the procedures, and the account and role it is looked at as. */
export interface BenefitsProbe extends Probe {
  scenario: Scenario;
  role: PartnerRole;
  /**
   * The flow steps that pressed controls on this same screen (the tab, the benefit's details open): whatever a
   * global admin pressed there, a user admin's look here shows whether it is offered to them too.
   */
  shows: readonly string[];
}

/** The Benefits page as a user admin, one benefit's details open: what someone who cannot assign sees of it. */
const detailsOpen =
  (benefit: (l: Catalog) => string) =>
  (page: Page, l: Catalog): Promise<void> =>
    createPages(page, l).benefitsPage.expand(benefit(l));

// One look per tab a global admin assigned on: each costs a page load in every check, and no tab shows another's.
export const benefitsProbes: readonly BenefitsProbe[] = [
  {
    id: 'non-admin-benefits',
    scenario: 'subscriber',
    role: 'user-admin',
    path: '/partnership/benefits',
    ready: detailsOpen(() => SOFTWARE),
    shows: ['software.get-keys'],
  },
  {
    id: 'non-admin-visual-studio',
    scenario: 'subscriber',
    role: 'user-admin',
    path: '/partnership/benefits/visual-studio',
    ready: detailsOpen(() => VISUAL_STUDIO),
    shows: ['visual-studio.assign-user'],
  },
  {
    id: 'non-admin-technical',
    scenario: 'subscriber',
    role: 'user-admin',
    path: '/partnership/benefits/technical',
    ready: detailsOpen((l) => l.benefits.technicalNames.support),
    shows: ['technical.assign-user'],
  },
];

import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './labels';

/** The Partner Center menu: a menu path such as Partnership > Offers is a group, then an entry in it. */
export class PartnerCenterMenu {
  readonly nav: Locator;

  constructor(
    public readonly page: Page,
    private readonly l: Catalog,
  ) {
    this.nav = page.getByRole('navigation', { name: l.nav.label });
  }

  async select(group: string, entry: string): Promise<void> {
    const toggle = this.nav.getByRole('button', { name: group, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.nav.getByRole('link', { name: entry, exact: true }).click();
  }

  async partnershipOffers(): Promise<void> {
    await this.select(this.l.nav.partnership, this.l.nav.offers);
  }

  async serviceRequestsPartnerCenterRequests(): Promise<void> {
    await this.select(this.l.nav.serviceRequests, this.l.nav.partnerCenterRequests);
  }
}

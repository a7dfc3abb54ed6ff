import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { Screen } from './screen';

/** The Partner Center menu: a menu path such as Partnership > Offers is a group, then an entry in it. */
export class PartnerCenterMenu extends Screen {
  readonly nav: Locator;

  constructor(
    page: Page,
    private readonly l: Catalog,
  ) {
    super(page);
    this.nav = page.getByRole('navigation', { name: l.nav.label });
  }

  async choose(group: string, entry: string): Promise<void> {
    const toggle = this.nav.getByRole('button', { name: group, exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await this.click(toggle);
    await this.click(this.nav.getByRole('link', { name: entry, exact: true }));
  }

  async partnershipOffers(): Promise<void> {
    await this.choose(this.l.nav.partnership, this.l.nav.offers);
  }

  async serviceRequestsPartnerCenterRequests(): Promise<void> {
    await this.choose(this.l.nav.serviceRequests, this.l.nav.partnerCenterRequests);
  }
}

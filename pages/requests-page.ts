import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { PartnerCenterMenu } from './partner-center-menu';
import { Screen } from './screen';

/** Service requests > Partner Center requests, and one request's details. */
export class RequestsPage extends Screen {
  readonly heading: Locator;
  readonly openFilter: Locator;
  readonly closedFilter: Locator;
  readonly rows: Locator;
  readonly emptyMessage: Locator;
  readonly requestHeading: Locator;
  private readonly menu: PartnerCenterMenu;

  constructor(page: Page, l: Catalog) {
    super(page);
    this.menu = new PartnerCenterMenu(page, l);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.requests.heading });
    this.openFilter = main.getByRole('button', { name: l.requests.open, exact: true });
    this.closedFilter = main.getByRole('button', { name: l.requests.closed, exact: true });
    this.rows = main
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('cell') });
    this.emptyMessage = main
      .getByText(l.requests.noneOpen)
      .or(main.getByText(l.requests.noneClosed))
      .or(main.getByText(l.requests.noneAtAll));
    this.requestHeading = main.getByRole('heading', { level: 1 });
  }

  /** The value shown for a label in a request's details. */
  detail(label: string): Locator {
    const rows = this.page.getByRole('main').getByRole('row');
    return rows.filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  }

  /** Service requests > Partner Center requests, Open, then the request itself. */
  async checkStatusOf(title: string): Promise<void> {
    await this.showOpenRequests();
    await this.click(this.rows.getByRole('link', { name: title, exact: true }));
    await this.requestHeading.filter({ hasText: title }).waitFor();
  }

  async showOpenRequests(): Promise<void> {
    await this.menu.serviceRequestsPartnerCenterRequests();
    await this.click(this.openFilter);
  }
}

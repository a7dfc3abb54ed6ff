import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { Screen } from './screen';

export class MembershipPage extends Screen {
  readonly heading: Locator;
  readonly options: Locator;
  readonly yourMembership: Locator;
  readonly competencyLevels: Locator;
  readonly networkRule: Locator;

  constructor(page: Page, l: Catalog) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.membership.heading });
    this.options = main.getByRole('heading', { level: 2 });
    this.yourMembership = main.getByText(`${l.membership.yourLevel}:`);
    this.competencyLevels = main.getByRole('region', { name: l.membership.competencies }).getByRole('listitem');
    this.networkRule = main.getByText(l.membership.networkRule);
  }

  async goto(): Promise<void> {
    await this.page.goto('/partnership');
    await this.heading.waitFor();
  }
}

import type { BenefitTab, Catalog } from '../../pages';
import { Flow } from '../flow';

/**
 * The first two steps every Benefits procedure documents: select the tab that lists the benefits, then the down
 * arrow at the far right of the row to expand one. Each procedure reports them under its own step ids.
 */
export abstract class BenefitListFlow extends Flow {
  protected abstract readonly procedure: string;
  protected abstract readonly tab: BenefitTab;

  /** Partnership > Benefits on the menu, then the procedure's tab. */
  selectTab(): Promise<void> {
    return this.step(`${this.procedure}.open-list`, async () => {
      const benefits = this.pages.benefitsPage;
      if (!(await benefits.tabList.isVisible())) await benefits.goToBenefits();
      await benefits.selectTab(this.tab);
    });
  }

  /** The down arrow at the far right of the benefit's row. */
  expand(name: string): Promise<void> {
    return this.step(`${this.procedure}.expand`, () => this.pages.benefitsPage.expand(name));
  }
}

/** Where every Benefits procedure starts: Partnership > Benefits on the Partner Center menu, then a tab. */
export const benefitsPath = (l: Catalog, tab: BenefitTab) => [
  l.nav.label,
  l.nav.partnership,
  l.nav.benefits,
  l.benefits.tabs[tab],
];

import type { BenefitTab, Catalog } from '../../pages';
import type { FlowContext } from '../flow';

/**
 * The first two steps every Benefits procedure documents: select the tab that lists the benefits, then the down
 * arrow at the far right of the row to expand one. Each procedure's entries report them under its own step ids.
 */

/** Partnership > Benefits on the menu, then the procedure's tab. */
export const selectTab =
  (tab: BenefitTab) =>
  async ({ pages }: FlowContext): Promise<void> => {
    const benefits = pages.benefitsPage;
    if (!(await benefits.tabList.isVisible())) await benefits.goToBenefits();
    await benefits.selectTab(tab);
  };

/** The down arrow at the far right of the benefit's row. */
export const expand = ({ pages }: FlowContext, name: string): Promise<void> => pages.benefitsPage.expand(name);

/** Where every Benefits procedure starts: Partnership > Benefits on the Partner Center menu, then a tab. */
export const benefitsPath = (l: Catalog, tab: BenefitTab) => [
  l.nav.label,
  l.nav.partnership,
  l.nav.benefits,
  l.benefits.tabs[tab],
];

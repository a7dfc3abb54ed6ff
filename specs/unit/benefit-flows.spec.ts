import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { benefitFlows } from '../../flows/benefits';

// The Benefits flows tied to the vendored page by its text alone, apart from the parser: each flow's anchor is a
// heading anchor of the page. How each flow step is named after the page's steps is documented-steps.spec.ts's.
const page = readFileSync(
  new URL('../../docs/pages/manage-your-partner-network-benefits.ko-kr.md', import.meta.url),
  'utf8',
);

test.describe('The Benefits flows', () => {
  for (const flow of benefitFlows)
    // Which step each method reports is derived from the flow's entries (flows/flow.ts), and checked as it loads.
    test(`${flow.anchor}: the page has the heading, and the flow's step ids are unique and its own`, () => {
      expect(page).toContain(`<a name="${flow.anchor}"></a>`);
      const ids = flow.steps.map((s) => s.id);
      expect(new Set(ids).size, 'step ids are unique').toBe(ids.length);
      const prefix = ids[0]?.split('.')[0] ?? '';
      expect(ids.filter((id) => !id.startsWith(`${prefix}.`))).toEqual([]);
    });

  test('one flow per procedure of the page, none twice', () => {
    expect(benefitFlows.map((f) => f.anchor).sort()).toEqual(
      [
        'manage-software-benefits',
        'manage-cloud-services-benefits',
        'manage-visual-studio-subscriptions',
        'manage-technical-benefits',
        'manage-go-to-market-offers',
        'cancel-a-membership-benefit-or-offer',
      ].sort(),
    );
  });
});

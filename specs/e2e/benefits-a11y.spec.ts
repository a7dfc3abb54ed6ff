import { expect, test } from '../../fixtures';
import { axeViolations } from '../../checker/screens/a11y';
import { colleaguesOf, grantBenefits } from '../../mocks/store';
import type { BenefitsPage } from '../../pages/benefits-page';
import { scaled } from '../../harness/settings/timeouts';

/** axe's violations on the page as it is now (WCAG 2.1 A and AA, the docs check's scan), one line each. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function expandAll(benefitsPage: BenefitsPage): Promise<void> {
  for (const arrow of await benefitsPage.expandButtons.all())
    if ((await arrow.getAttribute('aria-expanded')) !== 'true') await arrow.click();
}

test.describe('Accessibility of the Benefits screens', () => {
  test.use({ scenario: 'subscriber' });

  // A scan takes seconds on a busy machine, and these tests scan several screens each.
  test.beforeEach(() => test.setTimeout(scaled(90_000)));

  test('every tab, with every row expanded, has no axe violations', async ({ page, store, benefitsPage }) => {
    store.partner = {
      ...store.partner,
      competencies: [
        { name: 'Cloud Platform', level: 'silver' },
        { name: 'Data Analytics', level: 'gold' },
      ],
    };
    await page.goto('/');
    await benefitsPage.goToBenefits();
    for (const tab of ['software', 'cloud', 'visual-studio', 'technical', 'go-to-market'] as const) {
      await benefitsPage.selectTab(tab);
      await expandAll(benefitsPage);
      expect(await violations(page), tab).toEqual([]);
    }
    await benefitsPage.openMarketingContact('add');
    await benefitsPage.assignMarketingContact();
    await expect(benefitsPage.contactField('email')).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page), 'the marketing contact form with its errors').toEqual([]);
  });

  test('revealed keys, downloads and field errors have no axe violations', async ({ page, store, benefitsPage }) => {
    grantBenefits(store);
    await page.goto('/');
    await benefitsPage.goToBenefits();
    await benefitsPage.expand('Windows 10 Enterprise (upgrade)');
    await benefitsPage.getKeys('Windows 10 Enterprise (upgrade)');
    await benefitsPage.chooseLanguage('Windows 10 Enterprise (upgrade)', 'en-US');
    await benefitsPage.chooseOperatingSystem('Windows 10 Enterprise (upgrade)', '32-bit');
    await expect(benefitsPage.downloadLinks('Windows 10 Enterprise (upgrade)')).toHaveCount(2);
    expect(await violations(page), 'software').toEqual([]);
    await benefitsPage.selectTab('technical');
    const support = benefitsPage.technicalName('support');
    await benefitsPage.expand(support);
    const [user] = colleaguesOf(store);
    await benefitsPage.chooseUser(support, user);
    await benefitsPage.enterAlternativeEmail(support, user.email);
    await benefitsPage.assignUser(support);
    await expect(benefitsPage.alternativeEmail(support)).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page), 'technical, with a refused email').toEqual([]);
  });

  test.describe('signed in as a user admin', () => {
    test.use({ role: 'user-admin' });

    test('the view-only screens and the notice have no axe violations', async ({ page, benefitsPage }) => {
      await page.goto('/');
      await benefitsPage.goToBenefits();
      await expect(benefitsPage.roleNotice).toBeVisible();
      await expandAll(benefitsPage);
      expect(await violations(page)).toEqual([]);
    });
  });
});

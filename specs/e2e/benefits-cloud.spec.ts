import { expect, test } from '../../fixtures';
import { AZURE, OFFICE } from '../../flows/benefits';

test.describe('Manage cloud services benefits', () => {
  test.use({ scenario: 'subscriber' });

  test('a usage-based Azure subscription is activated by assigning yourself; a license-based one by Get keys', async ({
    page,
    store,
    benefitsPage,
    cloud,
  }) => {
    await page.goto('/');
    await cloud.selectTab();
    await cloud.expand(AZURE);
    await cloud.assignYourself(AZURE);
    await expect(benefitsPage.assignedUsers(AZURE)).toHaveCount(1);
    await expect(benefitsPage.assignedUsers(AZURE)).toContainText(store.partner.contact.name);
    await expect(benefitsPage.details(AZURE).getByRole('link')).toHaveAttribute('href', 'https://portal.azure.com/');
    expect(store.benefits.findBy((b) => b.product === AZURE)?.assignments.map((a) => a.userId)).toEqual(['user-1']);

    await cloud.expand(OFFICE);
    await cloud.getKeys(OFFICE);
    await expect(benefitsPage.licenseKeys(OFFICE)).toBeVisible();
    // A cloud subscription has no installation packages to choose.
    await expect(benefitsPage.details(OFFICE).getByRole('combobox')).toHaveCount(0);
    expect(store.benefits.findBy((b) => b.product === OFFICE)?.keys).toHaveLength(1);
  });
});

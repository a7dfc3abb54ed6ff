// Not a spec of the suite (the suite collects *.spec.ts only): failure-after-steps.spec.ts runs these tests in a
// child Playwright run and reads how each failure is named.
import { expect, test } from '../../../fixtures';
import { SOFTWARE } from '../../../flows/benefits';
import { scaled } from '../../../harness/settings/timeouts';

test.use({ scenario: 'subscriber' });

test('fails on purpose after the last flow step', async ({ page, turnOff }) => {
  await page.goto('/');
  await turnOff.findPurchasedActionPack();
  await turnOff.selectSubscription();
  expect(1, 'on purpose').toBe(2);
});

test.describe('without a subscription', () => {
  // The step waits for an offer that never comes: it fails at its timeout, and inside the same step whatever
  // action times out first, so the test need not wait out the suite's action timeout.
  test.use({ scenario: 'member-without-payment-method', actionTimeout: scaled(1_000) });

  test('fails on purpose inside a flow step', async ({ page, turnOff }) => {
    await page.goto('/');
    // No Action Pack was purchased: the step fails on purpose, looking for it under Purchased offers.
    await turnOff.findPurchasedActionPack();
    await expect(page, 'never reached').toHaveURL(/offers/);
  });
});

test('fails on purpose before any flow step', async ({ page }) => {
  await page.goto('/');
  expect(1, 'on purpose').toBe(2);
});

test('fails on purpose after the last Benefits flow step', async ({ page, software }) => {
  await page.goto('/');
  await software.selectTab();
  await software.expand(SOFTWARE);
  await software.getKeys(SOFTWARE);
  expect(1, 'on purpose').toBe(2);
});

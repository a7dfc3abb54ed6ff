import { expect, test } from '../../fixtures';
import { runToday } from '../../harness/settings/replay';

// A replay (FAKER_SEED=… TODAY=… npm test) is the same run only if no test reads the real date, and "days
// left" is right only if the page and its backend count from the same day.
test.describe('The fixed clock every test runs on', () => {
  test("the page and the backend are both on the run's TODAY", async ({ page, store }) => {
    await page.goto('/');
    const pageToday = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    expect({ page: pageToday, backend: store.today() }).toEqual({ page: runToday(), backend: runToday() });
  });

  test.describe('with a date set by the spec', () => {
    test.use({ today: '2028-02-29' });

    test('the page and the backend are both on that date', async ({ page, store }) => {
      await page.goto('/');
      const pageToday = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      expect({ page: pageToday, backend: store.today() }).toEqual({ page: '2028-02-29', backend: '2028-02-29' });
    });
  });
});

// Not a spec of the suite (the suite collects *.spec.ts under specs/): `npm run bench` runs this file with
// scripts/bench/playwright.config.ts, one worker, to time the documented subscribe flow in the harness (fixtures,
// MSW, guard, clock, trace, report steps, reporters) against the same clicks in a bare script. The same test
// several times in one worker, as the suite runs its tests: --repeat-each would start a worker (and a browser)
// for every repetition, which no test of the suite pays.
import { expect, test } from '../../fixtures';
import { testCard } from '../../flows/cards';

const runs = Number(process.env.BENCH_RUNS ?? '5');

for (let i = 1; i <= runs; i++) {
  test(`subscribes in the 7 documented steps, run ${i}`, async ({ page, store, offersPage, subscribe }) => {
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await subscribe.buy();
    await subscribe.close();
    await expect(offersPage.subscriptionLink).toBeVisible();
    expect(store.charges.size).toBe(1);
  });
}

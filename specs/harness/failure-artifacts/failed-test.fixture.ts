// Not a spec of the suite (the suite collects *.spec.ts only): failure-artifacts.spec.ts runs this test in a child
// Playwright run against a dev server (`npm start`'s), retried once, and scans what the failure left behind.
import { expect, test } from '../../../fixtures';
import { testCard } from '../../../flows/cards';
import { testCards } from '../../../flows/test-cards';
import { typeSecret } from '../../../pages/card-typing';
import { wordingFor } from '../../expected';
import { fetchServed } from '../../support/served-sandbox';

// Every script the dev server sends is answered through a route with its body, as a spec that rewrites what the
// target serves does: each module the browser loads, the mocked backend's among them, is then whole in the trace.
test.beforeEach(async ({ context, baseURL }) => {
  const target = new URL(String(baseURL)).origin;
  await context.route(
    (url) => url.origin === target && !url.pathname.startsWith('/api/'),
    async (route) => {
      if (route.request().resourceType() !== 'script') return route.fallback();
      const response = await fetchServed(route);
      await route.fulfill({ response, body: await response.text() });
    },
  );
});

test('fails on purpose once the declined card was refused and another card number was typed', async ({
  page,
  store,
  locale,
  checkoutWizard: wizard,
  confirmationDialog: confirmation,
  subscribe,
}) => {
  await page.goto('/');
  await subscribe.selectSubscribeNow();
  await subscribe.agreeToTerms();
  await subscribe.continueToPaymentDetails();
  await subscribe.addWayToPay();
  await subscribe.enterPaymentDetails(testCard(store, 'declined'));
  await subscribe.buy();
  await expect(wizard.alert).toHaveText(wordingFor(locale).wizard.errorDeclined);
  // Another way to pay, its number typed, its field back in focus so the whole number shows: the failure comes with
  // the number on screen and in the page snapshot Playwright writes to error-context.md and the trace.
  await wizard.goBack();
  await wizard.addAnotherWayToPay();
  await typeSecret(wizard.fields.cardNumber, testCards.visa);
  await wizard.fields.cardNumber.focus();
  // A first failure whose message prints what the field holds: the whole number, in every report's error.
  await expect.soft(wizard.fields.cardNumber, 'on purpose').toHaveValue('', { timeout: 1_000 });
  // The failure itself: a dialog the declined card never opened. Not scaled: the wait is for what never comes, so a
  // longer one on a slower machine would only fail later.
  await expect(confirmation.dialog, 'on purpose').toBeVisible({ timeout: 1_000 });
});

test('fails after its body on purpose: the page called another origin, which the network guard blocked', async ({
  page,
  offersPage,
}) => {
  // The product up and showing its offers: nothing the dev server sends is still on its way when the test ends.
  await offersPage.goto();
  const call = await page.evaluate(() =>
    fetch('https://telemetry.partner.invalid/collect').then(
      () => 'answered',
      () => 'refused',
    ),
  );
  // Refused in the browser, and the body passes: the test fails as its network fixture ends.
  expect(call).toBe('refused');
});

import { expect, test } from '../../fixtures';
import { testCard } from '../../flows/cards';
import { testCards } from '../../flows/test-cards';
import { typeSecret } from '../../pages/card-typing';

// The card number is typed without any recorded call carrying it (pages/card-typing.ts): the form must still
// receive it as typing, and show only its last four once the field loses focus.
test.describe('Card number field', () => {
  test.beforeEach(async ({ page, offersPage, checkoutWizard: wizard }) => {
    await page.goto('/');
    await offersPage.selectSubscribeNow();
    await wizard.agreeToTerms();
    await wizard.continueToPaymentDetails();
    await wizard.addWayToPay();
  });

  test('once typed, shows only the last four, and the whole number again while edited', async ({
    checkoutWizard: wizard,
  }) => {
    const field = wizard.fields.cardNumber;
    // Compared in the test, so that a failure reports true or false, never the value: unmasked, it is the number.
    const shows = (wanted: (value: string) => boolean) => async () => wanted(await field.inputValue());
    await typeSecret(field, testCards.mastercard);
    // Left blurred and masked at once, so no later step's screenshot or snapshot holds the number.
    await expect(field).not.toBeFocused();
    await expect
      .poll(
        shows((v) => v === '•••• 4444'),
        'the field shows •••• 4444',
      )
      .toBe(true);
    await field.focus();
    await expect
      .poll(
        shows((v) => v === testCards.mastercard),
        'the field shows the whole number',
      )
      .toBe(true);
    // Blurred again before the test ends: its context stays open while the fixtures end.
    await wizard.fields.holderName.focus();
    await expect
      .poll(
        shows((v) => v === '•••• 4444'),
        'the field shows •••• 4444 again',
      )
      .toBe(true);
  });

  test('the typed number reaches the backend whole', async ({ store, checkoutWizard: wizard }) => {
    await wizard.fillCard(testCard(store, 'mastercard'));
    await wizard.next.click();
    await expect(wizard.chargedNotice).toBeVisible();
    // The backend takes brand and last four from the whole number, and refuses a number that fails its check.
    // Only these fields are compared: a failure's diff of whole rows would print a number the backend kept.
    expect(store.paymentMethods.all().map(({ brand, last4 }) => ({ brand, last4 }))).toEqual([
      { brand: 'mastercard', last4: '4444' },
    ]);
  });
});

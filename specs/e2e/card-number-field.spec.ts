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
    await typeSecret(wizard.fields.cardNumber, testCards.mastercard);
    // Left blurred and masked at once, so no later step's screenshot or snapshot holds the number.
    await expect(wizard.fields.cardNumber).not.toBeFocused();
    await expect(wizard.fields.cardNumber).toHaveValue('•••• 4444');
    await wizard.fields.cardNumber.focus();
    await expect(wizard.fields.cardNumber).toHaveValue(/^\d{16}$/);
  });

  test('the typed number reaches the backend whole', async ({ store, checkoutWizard: wizard }) => {
    await wizard.fillCard(testCard(store, 'mastercard'));
    await wizard.next.click();
    await expect(wizard.chargedNotice).toBeVisible();
    // The backend takes brand and last four from the whole number, and refuses a number that fails its check.
    expect(store.paymentMethods.all()).toEqual([expect.objectContaining({ brand: 'mastercard', last4: '4444' })]);
  });
});

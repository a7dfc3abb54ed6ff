import { expect, test } from '../../fixtures';
import { testCard } from '../../flows/cards';
import { wordingFor } from '../expected';

test.describe('Another way to pay after a declined card', () => {
  test('after a declined card the partner adds another card and buys with it, charged once', async ({
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

    // Back to the payment details: the declined card is on file, and another way to pay can still be added.
    await wizard.goBack();
    await expect(wizard.storedCards).toHaveCount(1);
    await expect(wizard.addWayToPayButton).toBeHidden();
    await wizard.addAnotherWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await subscribe.buy();
    await expect(confirmation.dialog).toBeVisible();
    expect(store.paymentMethods.size).toBe(2);
    expect(store.charges.all().map((c) => c.paymentMethodId)).toEqual([store.paymentMethods.all()[1]?.id]);
  });
});

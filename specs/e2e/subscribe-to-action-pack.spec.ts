import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { backendAnswer } from '../../harness/session/backend';
import { testCard } from '../../flows/cards';
import { notACard } from '../support/card-forms';
import { byLocale, wordingFor, documented } from '../expected';

// The Action Pack's price, as a partner reads it in each language.
const price = { 'en-US': '$475.00', 'ko-KR': 'US$475.00' };

test.describe('Subscribe to Microsoft Action Pack', () => {
  test('a network member without a way to pay subscribes in the 7 documented steps and is charged once', async ({
    page,
    store,
    locale,
    offersPage,
    checkoutWizard: wizard,
    confirmationDialog: confirmation,
    subscribe,
  }) => {
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await expect(wizard.termsLink).toHaveAttribute('href', 'https://go.microsoft.com/fwlink/?linkid=842232');
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await expect(wizard.chargedNotice).toHaveText(documented(locale).rule('charged-immediately'));
    await subscribe.buy();
    await expect(confirmation.dialog).toContainText(byLocale(locale, price));
    await expect(confirmation.dialog).toContainText('•••• 1111');
    await subscribe.close();

    await expect(offersPage.subscriptionLink).toBeVisible();
    await expect(offersPage.subscribeNow).toBeHidden();
    expect(store.subscriptions.size).toBe(1);
    expect(store.charges.all()).toEqual([expect.objectContaining({ amount: { amount: 47_500, currency: 'USD' } })]);
    expect(store.subscriptions.all()[0]?.autoRenew).toBe(true);
  });

  test.describe('with a way to pay on file', () => {
    test.use({ scenario: 'member-with-payment-method' });

    test('skips Get started and pays with the stored card', async ({
      page,
      store,
      checkoutWizard: wizard,
      subscribe,
    }) => {
      const [stored] = store.paymentMethods.all();
      await page.goto('/');
      await subscribe.selectSubscribeNow();
      await subscribe.agreeToTerms();
      await subscribe.continueToPaymentDetails();
      await expect(wizard.addWayToPayButton).toBeHidden();
      await expect(wizard.storedCards.first()).toBeChecked();
      await subscribe.enterPaymentDetails();
      await subscribe.buy();
      await subscribe.close();

      expect(store.charges.all().map((c) => c.paymentMethodId)).toEqual([stored?.id]);
      expect(store.paymentMethods.size).toBe(1);
    });
  });

  test('a declined card gets a clear message and nothing is bought or charged', async ({
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
    await expect(confirmation.dialog).toBeHidden();
    await expect(wizard.buyButton).toBeEnabled();
    expect(store.charges.size).toBe(0);
    expect(store.subscriptions.size).toBe(0);
  });

  test('a backend error on Buy is reported, and the retry buys exactly one subscription with one charge', async ({
    page,
    store,
    locale,
    network,
    checkoutWizard: wizard,
    confirmationDialog: confirmation,
    subscribe,
  }) => {
    network.use(
      http.post(
        '*/api/orders',
        () => HttpResponse.json({ code: 'unavailable', message: 'Service unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await subscribe.buy();
    await expect(wizard.alert).toHaveText(wordingFor(locale).wizard.errorGeneric);
    expect(store.charges.size).toBe(0);

    await subscribe.buy();
    await expect(confirmation.dialog).toBeVisible();
    expect(store.subscriptions.size).toBe(1);
    expect(store.charges.size).toBe(1);
  });

  test('when the answer to Buy is lost after the charge, the retry returns the same order without a second charge', async ({
    page,
    store,
    locale,
    network,
    checkoutWizard: wizard,
    confirmationDialog: confirmation,
    subscribe,
  }) => {
    network.use(
      http.post(
        '*/api/orders',
        async ({ request }) => {
          await backendAnswer(store, request);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await subscribe.buy();
    await expect(wizard.alert).toHaveText(wordingFor(locale).wizard.errorNetwork);
    expect(store.charges.size).toBe(1);

    await subscribe.buy();
    await expect(confirmation.dialog).toBeVisible();
    expect(store.orders.size, 'the retry is answered with the first order').toBe(1);
    expect(store.charges.size).toBe(1);
    expect(store.subscriptions.size).toBe(1);
  });

  test('double-clicking Buy sends one order and charges the card once', async ({
    page,
    store,
    confirmationDialog: confirmation,
    subscribe,
  }) => {
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    const orders: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && r.url().endsWith('/api/orders') && orders.push(r.url())));
    await subscribe.doubleClickBuy();
    await expect(confirmation.dialog).toBeVisible();
    expect(orders, 'the page sends one order for a double-click').toHaveLength(1);
    expect(store.charges.size).toBe(1);
    expect(store.orders.size).toBe(1);
  });

  test('an invalid card number is refused with a message on the field, and nothing is stored', async ({
    page,
    store,
    locale,
    checkoutWizard: wizard,
    subscribe,
  }) => {
    await page.goto('/');
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    const card = testCard(store);
    await subscribe.enterPaymentDetails({ ...card, number: notACard(card.number) });
    await expect(wizard.fields.cardNumber).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.fields.cardNumber).toHaveAccessibleDescription(
      wordingFor(locale).wizard.fieldErrors.cardNumber,
    );
    expect(store.paymentMethods.size).toBe(0);
  });
});

test.describe('Action Pack renewal date', () => {
  test.describe('bought on 15 March 2026', () => {
    test.use({ today: '2026-03-15' });

    test('renews automatically on 15 March 2027', async ({
      page,
      store,
      locale,
      offersPage,
      confirmationDialog: confirmation,
      subscribe,
    }) => {
      const says = wordingFor(locale);
      const date = byLocale(locale, { 'en-US': 'March 15, 2027', 'ko-KR': '2027년 3월 15일' });
      await page.goto('/');
      await subscribe.selectSubscribeNow();
      await subscribe.agreeToTerms();
      await subscribe.continueToPaymentDetails();
      await subscribe.addWayToPay();
      await subscribe.enterPaymentDetails(testCard(store));
      await subscribe.buy();
      await expect(confirmation.dialog).toContainText(says.wizard.renewal({ date }));
      await subscribe.close();
      await expect(offersPage.purchasedOffers).toContainText(says.offers.renewsOn({ date }));
      expect(store.subscriptions.all()[0]).toMatchObject({ startDate: '2026-03-15', renewalDate: '2027-03-15' });
    });
  });

  test.describe('bought on 29 February 2028', () => {
    test.use({ today: '2028-02-29' });

    test('renews on 28 February 2029, the last day of February in a common year', async ({
      page,
      store,
      locale,
      confirmationDialog: confirmation,
      subscribe,
    }) => {
      const says = wordingFor(locale);
      await page.goto('/');
      await subscribe.selectSubscribeNow();
      await subscribe.agreeToTerms();
      await subscribe.continueToPaymentDetails();
      await subscribe.addWayToPay();
      await subscribe.enterPaymentDetails(testCard(store));
      await subscribe.buy();
      const card = says.wizard.cardShort({ brand: says.brands.visa, last4: '1111' });
      const bought = byLocale(locale, { 'en-US': 'February 29, 2028', 'ko-KR': '2028년 2월 29일' });
      const renews = byLocale(locale, { 'en-US': 'February 28, 2029', 'ko-KR': '2029년 2월 28일' });
      await expect(confirmation.dialog).toContainText(
        says.wizard.charged({ amount: byLocale(locale, price), card, date: bought }),
      );
      await expect(confirmation.dialog).toContainText(says.wizard.renewal({ date: renews }));
      expect(store.subscriptions.all()[0]).toMatchObject({ startDate: '2028-02-29', renewalDate: '2029-02-28' });
    });
  });
});

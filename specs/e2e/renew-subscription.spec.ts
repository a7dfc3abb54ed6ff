import { expect, test } from '../../fixtures';
import { callApi } from '../../harness/session/backend';
import { testCard } from '../../flows/cards';
import { byLocale, wordingFor, documented } from '../expected';

test.describe('Renew your Action Pack subscription', () => {
  test.use({ scenario: 'subscriber', today: '2026-06-01' });

  // Renewing in December for a January renewal date tells "one year from the renewal date" from "from today".
  test.describe('with the card on file, automatic renewal off and renewal due on 5 January', () => {
    test.use({ today: '2026-12-20', subscription: { renewsInDays: 16, autoRenew: false } });

    test('renews in the 9 documented steps: one more year from the renewal date, automatic renewal on again', async ({
      page,
      store,
      locale,
      offersPage,
      subscriptionPage,
      checkoutWizard: wizard,
      confirmationDialog: confirmation,
      renew,
    }) => {
      const says = wordingFor(locale);
      const renewalDate = byLocale(locale, { 'en-US': 'January 5, 2027', 'ko-KR': '2027년 1월 5일' });
      const oneYearLater = byLocale(locale, { 'en-US': 'January 5, 2028', 'ko-KR': '2028년 1월 5일' });
      const before = store.activeSubscription();
      expect(before).toMatchObject({ startDate: '2026-01-05', renewalDate: '2027-01-05', autoRenew: false });
      await page.goto('/');
      await renew.findPurchasedActionPack();
      await renew.renewSubscriptions();
      await expect(page.getByRole('main')).toContainText(renewalDate);
      await renew.verifyOrderDetails();
      await renew.agreeToTerms();
      await renew.continueToPaymentDetails();
      await expect(wizard.addWayToPayButton).toBeHidden();
      await renew.enterPaymentDetails();
      await expect(wizard.chargedNotice).toHaveText(documented(locale).rule('charged-immediately'));
      await renew.buy();
      await expect(confirmation.dialog).toContainText(says.wizard.renewal({ date: oneYearLater }));
      await renew.close();

      await expect(offersPage.purchasedOffers).toContainText(says.offers.renewsOn({ date: oneYearLater }));
      expect(store.subscriptions.all()).toEqual([
        expect.objectContaining({ id: before?.id, renewalDate: '2028-01-05', autoRenew: true }),
      ]);
      expect(store.orders.all().map((o) => o.kind)).toEqual(['renewal']);
      expect(store.charges.size).toBe(1);

      await subscriptionPage.goto(before?.id ?? '');
      await expect(subscriptionPage.turnOffButton).toBeVisible();
    });
  });

  test.describe('when the card it was bought with is no longer on file', () => {
    test.use({ subscription: { renewsInDays: 20, paymentMethodOnFile: false } });

    test('adds a way to pay with Get started, the documented step 6, and renews', async ({ page, store, renew }) => {
      await page.goto('/');
      await renew.findPurchasedActionPack();
      await renew.renewSubscriptions();
      await renew.verifyOrderDetails();
      await renew.agreeToTerms();
      await renew.continueToPaymentDetails();
      await renew.addWayToPay();
      await renew.enterPaymentDetails(testCard(store, 'mastercard'));
      await renew.buy();
      await renew.close();
      expect(store.charges.all()).toEqual([
        expect.objectContaining({ paymentMethodId: store.paymentMethods.all()[0]?.id }),
      ]);
      expect(store.activeSubscription()?.renewalDate).toBe('2027-06-21');
    });

    test('a declined card leaves the subscription unchanged and charges nothing', async ({
      page,
      store,
      locale,
      checkoutWizard: wizard,
      confirmationDialog: confirmation,
      renew,
    }) => {
      const before = store.activeSubscription();
      await page.goto('/');
      await renew.findPurchasedActionPack();
      await renew.renewSubscriptions();
      await renew.verifyOrderDetails();
      await renew.agreeToTerms();
      await renew.continueToPaymentDetails();
      await renew.addWayToPay();
      await renew.enterPaymentDetails(testCard(store, 'declined'));
      await renew.buy();

      await expect(wizard.alert).toHaveText(wordingFor(locale).wizard.errorDeclined);
      await expect(confirmation.dialog).toBeHidden();
      expect(store.activeSubscription()).toEqual(before);
      expect(store.charges.size).toBe(0);
    });
  });

  test.describe('bought on 29 February 2028, renewing in the common year before a leap year', () => {
    test.use({ today: '2031-02-10', subscription: { renewsInDays: 18 } });

    test('renews from 28 February 2031 to 29 February 2032: the anniversary is kept, not drifted to the 28th', async ({
      store,
      locale,
      page,
      confirmationDialog: confirmation,
      renew,
    }) => {
      const held = store.subscriptions.update(store.activeSubscription()?.id ?? '', {
        startDate: '2028-02-29',
        renewalDate: '2031-02-28',
      });
      await page.goto('/');
      await renew.findPurchasedActionPack();
      await renew.renewSubscriptions();
      await renew.verifyOrderDetails();
      await renew.agreeToTerms();
      await renew.continueToPaymentDetails();
      await renew.enterPaymentDetails();
      await renew.buy();
      const leapDay = byLocale(locale, { 'en-US': 'February 29, 2032', 'ko-KR': '2032년 2월 29일' });
      await expect(confirmation.dialog).toContainText(wordingFor(locale).wizard.renewal({ date: leapDay }));
      expect(store.subscriptions.find(held.id)?.renewalDate).toBe('2032-02-29');
    });
  });
});

test.describe('Renewal is only for an Action Pack the partner holds', () => {
  test('a partner without a subscription has nothing under Purchased offers to renew', async ({
    page,
    locale,
    offersPage,
  }) => {
    await page.goto('/');
    await offersPage.open();
    await expect(offersPage.purchasedOffers).toContainText(wordingFor(locale).offers.nonePurchased);
    await expect(offersPage.subscriptionLink).toHaveCount(0);
  });

  test('renewing a subscription the partner does not hold is refused, on screen and by the backend, and nothing is charged', async ({
    page,
    store,
    locale,
  }) => {
    store.paymentMethods.create({
      id: 'pm-1',
      brand: 'visa',
      last4: '1111',
      holderName: 'A',
      expiryMonth: 1,
      expiryYear: 2099,
      outcome: 'approve',
    });
    await page.goto('/partnership/offers/subscriptions/sub-not-mine/renew');
    await expect(page.getByRole('alert')).toHaveText(wordingFor(locale).subscription.notFound);
    await expect(page.getByRole('button', { name: wordingFor(locale).wizard.buy })).toHaveCount(0);

    const answer = await callApi(page, 'POST', '/api/orders', {
      offerId: 'action-pack',
      kind: 'renewal',
      subscriptionId: 'sub-not-mine',
      paymentMethodId: 'pm-1',
      acceptedTerms: true,
      idempotencyKey: 'renew-not-mine',
    });
    expect(answer).toMatchObject({ status: 404, body: { code: 'subscription-not-found' } });
    expect(store.charges.size).toBe(0);
  });
});

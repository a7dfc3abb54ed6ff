import { expect, test } from '../../fixtures';
import { callApi } from '../../harness/session/backend';
import { wordingFor, documented } from '../expected';

test.describe('Action Pack offer', () => {
  test('lists exactly the benefits the documentation gives, in its order', async ({ page, locale, offersPage }) => {
    await page.goto('/');
    await offersPage.open();
    const benefits = documented(locale).rules('benefit-');
    expect(benefits).toHaveLength(4);
    await expect(offersPage.benefits).toHaveText(benefits);
  });

  test('marks the Action Pack information link as leading to another website', async ({ page, locale, offersPage }) => {
    const says = wordingFor(locale);
    await page.goto('/');
    await offersPage.open();
    await expect(offersPage.learnMore).toHaveAttribute('href', 'https://partner.microsoft.com/membership/action-pack');
    await expect(offersPage.learnMore).toHaveAttribute('target', '_blank');
    await expect(offersPage.learnMore).toHaveAccessibleName(`${says.offers.learnMore} ${says.app.externalHint}`);
  });

  test.describe('for a partner who is not a network member', () => {
    test.use({ scenario: 'non-member' });

    test('shows the documented network-member rule and offers no way to subscribe', async ({
      page,
      locale,
      offersPage,
    }) => {
      const rule = documented(locale).rule('network-member-required');
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.notMemberNotice).toHaveText(rule);
      await expect(offersPage.subscribeNow).toBeDisabled();
      await expect(offersPage.subscribeNow).toHaveAccessibleDescription(rule);
    });

    test('is refused by the backend, through the wizard and sent directly, and nothing is charged', async ({
      page,
      store,
      locale,
      checkoutWizard: wizard,
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
      await page.goto('/partnership/offers/action-pack/subscribe');
      await wizard.agreeToTerms();
      await wizard.continueToPaymentDetails();
      await wizard.enterPaymentDetails();
      await wizard.buy();
      await expect(wizard.alert).toHaveText(documented(locale).rule('network-member-required'));

      const answer = await callApi(page, 'POST', '/api/orders', {
        offerId: 'action-pack',
        kind: 'purchase',
        paymentMethodId: 'pm-1',
        acceptedTerms: true,
        idempotencyKey: 'direct-order',
      });
      expect(answer).toMatchObject({ status: 403, body: { code: 'not-network-member' } });
      expect(store.charges.size).toBe(0);
      expect(store.subscriptions.size).toBe(0);
    });
  });
});

import { expect, test } from '../../fixtures';
import { callApi } from '../../fixtures/backend';
import { documentedPage } from '../../docs/documented-page';

test.describe('Action Pack offer', () => {
  test('lists exactly the benefits the documentation gives, in its order', async ({ page, locale, offersPage }) => {
    await page.goto('/');
    await offersPage.open();
    const documented = documentedPage().rules.filter((r) => r.id.startsWith('benefit-')).map((r) => r.sentence[locale ?? 'en-US'] ?? '');
    expect(documented).toHaveLength(4);
    await expect(offersPage.benefits).toHaveText(documented);
  });

  test('marks the Action Pack information link as leading to another website', async ({ page, labels, offersPage }) => {
    await page.goto('/');
    await offersPage.open();
    await expect(offersPage.learnMore).toHaveAttribute('href', 'https://partner.microsoft.com/membership/action-pack');
    await expect(offersPage.learnMore).toHaveAttribute('target', '_blank');
    await expect(offersPage.learnMore).toHaveAccessibleName(`${labels.offers.learnMore} ${labels.app.externalHint}`);
  });

  test.describe('for a partner who is not a network member', () => {
    test.use({ scenario: 'non-member' });

    test('shows why and offers no way to subscribe', async ({ page, labels, offersPage }) => {
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.notMemberNotice).toHaveText(labels.offers.notMember);
      await expect(offersPage.subscribeNow).toBeDisabled();
      await expect(offersPage.subscribeNow).toHaveAccessibleDescription(labels.offers.notMember);
    });

    test('is refused by the backend, through the wizard and sent directly, and nothing is charged', async ({ page, store, labels, checkoutWizard: wizard }) => {
      store.paymentMethods.create({ id: 'pm-1', brand: 'visa', last4: '1111', holderName: 'A', expiryMonth: 1, expiryYear: 2099, outcome: 'approve' });
      await page.goto('/partnership/offers/action-pack/subscribe');
      await wizard.agreeToTerms();
      await wizard.continueToPaymentDetails();
      await wizard.enterPaymentDetails();
      await wizard.buy();
      await expect(wizard.alert).toHaveText(labels.wizard.errorNotMember);

      const answer = await callApi(page, 'POST', '/api/orders', {
        offerId: 'action-pack', kind: 'purchase', paymentMethodId: 'pm-1', acceptedTerms: true, idempotencyKey: 'direct-order',
      });
      expect(answer).toMatchObject({ status: 403, body: { code: 'not-network-member' } });
      expect(store.charges.size).toBe(0);
      expect(store.subscriptions.size).toBe(0);
    });
  });
});

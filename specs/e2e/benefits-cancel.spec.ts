import { expect, test } from '../../fixtures';
import { addDays, grantBenefits } from '../../mocks/store';
import { byLocale, wordingFor } from '../expected';

// "To cancel a benefit or offer and receive a refund, you must make the request within 30 days of purchase and not
// have activated the software benefits. Request the cancellation through a service request."
test.describe('Cancel a membership benefit or offer', () => {
  test.use({ scenario: 'subscriber', today: '2026-05-20' });

  /** Puts the subscription's purchase `days` before today. */
  function purchasedDaysAgo(store: import('../../mocks/store').Store, days: number): void {
    const held = store.activeSubscription();
    if (!held) throw new Error('the subscriber scenario holds no subscription');
    store.subscriptions.update(held.id, { startDate: addDays(store.today(), -days) });
  }

  test('on day 30 after purchase, before any software key, the cancellation is a service request', async ({
    page,
    store,
    locale,
    benefitsPage,
    newRequestForm,
    cancelBenefit,
  }) => {
    purchasedDaysAgo(store, 30);
    await page.goto('/');
    await benefitsPage.goToBenefits();
    await expect(benefitsPage.cancellation).toContainText(
      wordingFor(locale).benefits.refundUntil({
        date: byLocale(locale, { 'en-US': 'May 20, 2026', 'ko-KR': '2026년 5월 20일' }),
      }),
    );
    await cancelBenefit.requestCancellation();
    await cancelBenefit.openServiceRequest();
    await cancelBenefit.submit({ title: 'Cancel our Action Pack benefits', description: 'Please cancel and refund.' });
    await expect(newRequestForm.confirmation).toBeVisible();
    expect(store.supportRequests.all()).toEqual([
      expect.objectContaining({ problemType: 'benefit-cancellation', title: 'Cancel our Action Pack benefits' }),
    ]);
  });

  test('on day 31 after purchase the request is refused with the reason, and nothing is opened', async ({
    page,
    store,
    locale,
    newRequestForm,
    cancelBenefit,
  }) => {
    purchasedDaysAgo(store, 31);
    await page.goto('/');
    await cancelBenefit.requestCancellation();
    await cancelBenefit.openServiceRequest();
    await cancelBenefit.submit({ title: 'Cancel our Action Pack benefits', description: 'Please cancel and refund.' });
    await expect(newRequestForm.alert).toHaveText(
      wordingFor(locale).support.refundRefused['refund-window-passed']({
        date: byLocale(locale, { 'en-US': 'April 19, 2026', 'ko-KR': '2026년 4월 19일' }),
      }),
    );
    await expect(newRequestForm.fields.title).toHaveValue('Cancel our Action Pack benefits');
    expect(store.supportRequests.size).toBe(0);
  });

  test('after Get keys has activated the software benefits the request is refused with the reason', async ({
    page,
    store,
    locale,
    newRequestForm,
    software,
    cancelBenefit,
  }) => {
    purchasedDaysAgo(store, 2);
    grantBenefits(store);
    await page.goto('/');
    await software.selectTab();
    await software.expand('Windows 10 Enterprise (upgrade)');
    await software.getKeys('Windows 10 Enterprise (upgrade)');
    await cancelBenefit.requestCancellation();
    await cancelBenefit.openServiceRequest();
    await cancelBenefit.submit({ title: 'Cancel our Action Pack benefits', description: 'Please cancel and refund.' });
    await expect(newRequestForm.alert).toHaveText(wordingFor(locale).support.refundRefused['software-activated']);
    expect(store.supportRequests.size).toBe(0);
  });
});

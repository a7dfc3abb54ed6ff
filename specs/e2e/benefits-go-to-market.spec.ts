import { expect, test } from '../../fixtures';
import { callApi } from '../../harness/session/backend';
import { colleaguesOf, addDays, ACTIVATION_DAYS, grantBenefits } from '../../mocks/store';
import { byLocale, wordingFor } from '../expected';

test.describe('Manage Go-To-Market offers', () => {
  test.use({ scenario: 'subscriber', today: '2026-03-02' });

  test.beforeEach(({ store }) => {
    store.partner = { ...store.partner, competencies: [{ name: 'Cloud Platform', level: 'silver' }] };
    // What the partner holds, granted up front so a test can name the account's users before the page loads.
    grantBenefits(store);
  });

  test('a marketing contact first, then Activate: Pending for days, then Active with its expiry date', async ({
    page,
    store,
    locale,
    benefitsPage,
    goToMarket,
  }) => {
    const says = wordingFor(locale).benefits;
    await page.goto('/');
    await goToMarket.selectTab();
    await goToMarket.expandCore('silver-core');
    // No contact yet: Activate waits for one.
    await expect(benefitsPage.activateButton('silver-core', 'campaign-in-a-box')).toBeDisabled();
    await goToMarket.openMarketingContact('add');
    const [user] = colleaguesOf(store);
    await goToMarket.chooseContactUser(user);
    await goToMarket.enterContactEmail('marketing@example.net');
    await goToMarket.enterPhoneAndLanguageAndAssign('425-555-0100', 'ko-KR');
    // The screen names the contact once the backend has it (the user list names every user all along): only
    // then is the store read.
    await expect(benefitsPage.savedContact(user)).toBeVisible();
    expect(store.marketingContact).toEqual({
      userId: user.id,
      email: 'marketing@example.net',
      phone: '425-555-0100',
      language: 'ko-KR',
    });

    await goToMarket.activate('silver-core', 'campaign-in-a-box');
    await expect(benefitsPage.offerStatus('silver-core', 'campaign-in-a-box')).toHaveText(says.statuses.pending);
    await expect(benefitsPage.offerExpires('silver-core', 'campaign-in-a-box')).toHaveText('—');
    await expect(benefitsPage.offerStatus('silver-core', 'solution-finder-listing')).toHaveText(
      says.statuses.available,
    );

    // The sandbox's clock moves on by the days activation takes.
    store.fixDate(addDays(store.today(), ACTIVATION_DAYS));
    await page.reload();
    await goToMarket.selectTab();
    await goToMarket.expandCore('silver-core');
    await expect(benefitsPage.offerStatus('silver-core', 'campaign-in-a-box')).toHaveText(says.statuses.active);
    await expect(benefitsPage.offerExpires('silver-core', 'campaign-in-a-box')).toHaveText(
      byLocale(locale, { 'en-US': 'March 5, 2027', 'ko-KR': '2027년 3월 5일' }),
    );
  });

  test('Update edits the contact and Change assigns another user', async ({
    page,
    store,
    benefitsPage,
    goToMarket,
  }) => {
    const [first, second] = colleaguesOf(store);
    store.marketingContact = { userId: first.id, email: 'first@example.net', phone: '1', language: 'en-US' };
    await page.goto('/');
    await goToMarket.selectTab();
    await goToMarket.openMarketingContact('update');
    await expect(benefitsPage.contactField('user')).toHaveValue(first.id);
    await benefitsPage.fillMarketingContact({ phone: '425-555-0199' });
    await benefitsPage.assignMarketingContact();
    await expect(benefitsPage.savedContact(first)).toContainText('425-555-0199');
    expect(store.marketingContact).toMatchObject({ userId: first.id, phone: '425-555-0199' });

    await goToMarket.openMarketingContact('change');
    await goToMarket.chooseContactUser(second);
    await goToMarket.enterContactEmail('second@example.net');
    await goToMarket.enterPhoneAndLanguageAndAssign('425-555-0123', 'en-US');
    await expect(benefitsPage.savedContact(second)).toContainText('second@example.net');
    expect(store.marketingContact).toMatchObject({ userId: second.id, email: 'second@example.net' });
  });

  test("a contact email equal to the user's account email is refused on the field, and no contact is set", async ({
    page,
    store,
    locale,
    benefitsPage,
    goToMarket,
  }) => {
    await page.goto('/');
    await goToMarket.selectTab();
    await goToMarket.openMarketingContact('add');
    const [user] = colleaguesOf(store);
    await goToMarket.chooseContactUser(user);
    await goToMarket.enterContactEmail(user.email);
    await goToMarket.enterPhoneAndLanguageAndAssign('425-555-0100', 'en-US');
    await expect(benefitsPage.contactField('email')).toHaveAccessibleDescription(
      wordingFor(locale).benefits.fieldErrors.sameEmail,
    );
    await expect(benefitsPage.contactField('phone')).toHaveValue('425-555-0100');
    expect(store.marketingContact).toBeNull();
  });

  test('double-clicking Activate sends one activation', async ({ page, store, locale, benefitsPage, goToMarket }) => {
    const [user] = colleaguesOf(store);
    store.marketingContact = { userId: user.id, email: 'm@example.net', phone: '1', language: 'en-US' };
    const activations: string[] = [];
    page.on(
      'request',
      (r) => void (r.method() === 'POST' && r.url().endsWith('/activation') && activations.push(r.url())),
    );
    await page.goto('/');
    await goToMarket.selectTab();
    await goToMarket.expandCore('silver-core');
    await goToMarket.doubleClickActivate('silver-core', 'campaign-in-a-box');
    await expect(benefitsPage.offerStatus('silver-core', 'campaign-in-a-box')).toHaveText(
      wordingFor(locale).benefits.statuses.pending,
    );
    await expect(benefitsPage.activateButton('silver-core', 'campaign-in-a-box')).toBeHidden();
    expect(activations, 'the page sends one activation for a double-click').toHaveLength(1);
    expect(store.goToMarketOffers.all().filter((o) => o.requestedOn)).toHaveLength(1);
    // Sent again a day later, the activation is the same one: its date, and so its pending days, stand.
    const requestedOn = store.today();
    store.fixDate(addDays(requestedOn, 1));
    const again = await callApi(
      page,
      'POST',
      '/api/go-to-market-offers/gtm-silver-core-campaign-in-a-box/activation',
      {},
    );
    expect(again.status).toBe(200);
    expect(store.goToMarketOffers.find('gtm-silver-core-campaign-in-a-box')?.requestedOn).toBe(requestedOn);
  });
});

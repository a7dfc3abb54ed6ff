import { expect, test } from '../../fixtures';
import { documentedPage } from '../../docs/documented-page';

const documented = () => documentedPage();

test.describe('Membership options', () => {
  test('shows the three documented membership options, with silver and gold competencies', async ({ membershipPage }) => {
    const options = documented().rules.find((r) => r.id === 'membership-options');
    expect(options?.figures).toMatchObject({ options: 3, competencyLevels: ['silver', 'gold'] });
    await membershipPage.goto();
    await expect(membershipPage.options).toHaveText(['Network membership', 'Microsoft Action Pack subscription membership', 'Microsoft competencies']);
    await expect(membershipPage.competencyLevels).toHaveText([/^Silver competency/, /^Gold competency/]);
  });

  test('states the documented rule that only a network member can upgrade', async ({ membershipPage }) => {
    const rule = documented().rules.find((r) => r.id === 'network-member-required');
    await membershipPage.goto();
    await expect(membershipPage.networkRule).toHaveText(rule?.sentence['en-US'] ?? 'missing from the documentation');
  });
});

test.describe('After subscribing', () => {
  test.use({ scenario: 'subscriber' });

  test('the subscription links to the documented next step and related topic', async ({ store, subscriptionPage }) => {
    const page = documented();
    const nextStep = page.rules.find((r) => r.id === 'next-steps-activate');
    const related = page.rules.find((r) => r.id === 'related-add-users');
    await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
    await expect(subscriptionPage.nextSteps).toHaveText([
      new RegExp(`^${nextStep?.sentence['en-US']}`),
      new RegExp(`^${related?.sentence['en-US']}`),
    ]);
    await expect(subscriptionPage.nextSteps.first()).toHaveAttribute('href', /manage-your-partner-network-benefits$/);
    await expect(subscriptionPage.nextSteps.last()).toHaveAttribute('href', /create-user-accounts-and-set-permissions$/);
  });
});

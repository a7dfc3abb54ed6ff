import { expect, test } from '../../fixtures';
import { documentedPage } from '../../docs/documented-page';

const rule = (id: string) => documentedPage().rules.find((r) => r.id === id);

test.describe('Membership options', () => {
  test('shows the three documented membership options, with silver and gold competencies', async ({ labels, membershipPage }) => {
    expect(rule('membership-options')?.figures).toMatchObject({ options: 3, competencyLevels: ['silver', 'gold'] });
    await membershipPage.goto();
    await expect(membershipPage.options).toHaveText([labels.membership.network, labels.membership.actionPack, labels.membership.competencies]);
    await expect(membershipPage.competencyLevels).toHaveText([labels.membership.silver, labels.membership.gold]);
  });

  test('states the documented rule that only a network member can upgrade', async ({ locale, membershipPage }) => {
    await membershipPage.goto();
    await expect(membershipPage.networkRule).toHaveText(rule('network-member-required')?.sentence[locale ?? 'en-US'] ?? 'missing from the documentation');
  });
});

test.describe('After subscribing', () => {
  test.use({ scenario: 'subscriber' });

  test('the subscription links to the documented next step and related topic', async ({ store, locale, labels, subscriptionPage }) => {
    const text = (id: string) => rule(id)?.sentence[locale ?? 'en-US'] ?? 'missing from the documentation';
    await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
    await expect(subscriptionPage.nextSteps).toHaveText([
      `${text('next-steps-activate')} ${labels.app.externalHint}`,
      `${text('related-add-users')} ${labels.app.externalHint}`,
    ]);
    await expect(subscriptionPage.nextSteps.first()).toHaveAttribute('href', /manage-your-partner-network-benefits$/);
    await expect(subscriptionPage.nextSteps.last()).toHaveAttribute('href', /create-user-accounts-and-set-permissions$/);
  });
});

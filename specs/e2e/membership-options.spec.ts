import { expect, test } from '../../fixtures';
import { wordingFor, documented } from '../expected';

// The page names each option in bold with a full stop ("**Network membership.**"); the product shows the name
// as a heading, without it.
const heading = (bold: string) => bold.replace(/\.$/, '');

test.describe('Membership options', () => {
  test('shows the three documented membership options, with silver and gold competencies', async ({
    locale,
    membershipPage,
  }) => {
    const doc = documented(locale);
    expect(doc.figures('membership-options')).toMatchObject({ options: 3, competencyLevels: ['silver', 'gold'] });
    await membershipPage.goto();
    await expect(membershipPage.options).toHaveText(
      ['Network membership.', 'Microsoft Action Pack subscription membership.', 'Microsoft competencies.'].map(
        (english) => heading(doc.sentence(english)),
      ),
    );
    await expect(membershipPage.competencyLevels).toHaveText([
      doc.sentence('Silver competency - consistent capability, expertise, and commitment'),
      doc.sentence('Gold competency - best-in-class capability within a specific Microsoft solution area'),
    ]);
  });

  test('states the documented rule that only a network member can upgrade', async ({ locale, membershipPage }) => {
    await membershipPage.goto();
    await expect(membershipPage.networkRule).toHaveText(documented(locale).rule('network-member-required'));
  });
});

test.describe('After subscribing', () => {
  test.use({ scenario: 'subscriber' });

  test('the subscription links to the documented next step and related topic', async ({
    store,
    locale,
    subscriptionPage,
  }) => {
    const doc = documented(locale);
    const external = wordingFor(locale).app.externalHint;
    await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
    await expect(subscriptionPage.nextSteps).toHaveText([
      `${doc.rule('next-steps-activate')} ${external}`,
      `${doc.rule('related-add-users')} ${external}`,
    ]);
    await expect(subscriptionPage.nextSteps.first()).toHaveAttribute('href', /manage-your-partner-network-benefits$/);
    await expect(subscriptionPage.nextSteps.last()).toHaveAttribute(
      'href',
      /create-user-accounts-and-set-permissions$/,
    );
  });
});

import { expect, test } from '../../fixtures';
import { documentedPage } from '../../bindings/documented-page';
import { testCard } from '../../flows/cards';
import type { BenefitsPage, BenefitTab } from '../../pages/benefits-page';
import { wordingFor } from '../expected';

// What Action Pack includes, read from the first page through the parser: the list under "Subscribe to Action Pack
// to:". The product names in it are English in both languages' text; the page's English source is the reference.
// The second page documents how to manage the benefits, not which ones a subscription grants.
function actionPackSentences(): string[] {
  const doc = documentedPage();
  const sentences = doc.statements
    .filter((s) => s.section === 'purchase-a-microsoft-action-pack-subscription' && s.place === 'list')
    .map((s) => s.text['en-US'] ?? '');
  if (sentences.length === 0) throw new Error(`${doc.file}: no list of Action Pack benefits found`);
  return sentences;
}

/** The benefits the open tab lists, by the names their rows' down arrows expand. */
async function shown(benefitsPage: BenefitsPage, template: string): Promise<string[]> {
  const [before = '', after = ''] = template.split('{{name}}');
  const names = await benefitsPage.expandButtons.evaluateAll((arrows) =>
    arrows.map((a) => a.getAttribute('aria-label') ?? ''),
  );
  return names.map((n) => n.slice(before.length, n.length - after.length));
}

async function listed(benefitsPage: BenefitsPage, tab: BenefitTab, template: string): Promise<string[]> {
  await benefitsPage.selectTab(tab);
  return shown(benefitsPage, template);
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

test.describe('The Benefits area lists what the partner bought', () => {
  test.describe('for an Action Pack subscriber', () => {
    test.use({ scenario: 'subscriber' });

    test('Software, Cloud and Visual Studio subscriptions list exactly the products the first page says Action Pack includes', async ({
      page,
      labels,
      benefitsPage,
    }) => {
      await page.goto('/');
      await benefitsPage.goToBenefits();
      const names = [
        ...(await listed(benefitsPage, 'software', labels.benefits.expand)),
        ...(await listed(benefitsPage, 'cloud', labels.benefits.expand)),
        ...(await listed(benefitsPage, 'visual-studio', labels.benefits.expand)),
      ];
      const sentences = actionPackSentences();
      // Each product the area lists is one the page names …
      for (const name of names)
        expect(
          sentences.some((s) => squeeze(s).includes(squeeze(name))),
          `${name} is on the page's list`,
        ).toBe(true);
      // … and each of the page's sentences that names products is listed (the first names tools, not products).
      const naming = sentences.filter((s) => names.some((n) => squeeze(s).includes(squeeze(n))));
      expect(naming, `sentences naming a product of ${names.join(', ')}`).toHaveLength(sentences.length - 1);
      expect(names).toHaveLength(new Set(names).size);
    });

    test('each tab is selected on its own, its panel is named by it, and each row expands through the down arrow at its far right', async ({
      page,
      store,
      labels,
      benefitsPage,
    }) => {
      store.partner = { ...store.partner, competencies: [{ name: 'Cloud Platform', level: 'gold' }] };
      await page.goto('/');
      await benefitsPage.goToBenefits();
      for (const tab of ['software', 'cloud', 'visual-studio', 'technical', 'go-to-market'] as const) {
        await benefitsPage.selectTab(tab);
        await expect(benefitsPage.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await expect(benefitsPage.tabList.getByRole('tab', { selected: true })).toHaveCount(1);
        await expect(benefitsPage.panel).toHaveAccessibleName(await benefitsPage.tab(tab).innerText());
        // "the down arrow at the far right of the row": the last thing in the row, flush with its right edge.
        const [first = ''] = await shown(benefitsPage, labels.benefits.expand);
        const row = await benefitsPage.row(first).boundingBox();
        const arrow = await benefitsPage.expandButton(first).boundingBox();
        expect(arrow && row && Math.abs(arrow.x + arrow.width - (row.x + row.width)), `${tab}: ${first}`).toBeLessThan(
          2,
        );
      }
    });
  });

  test('a partner who subscribes on the offers page finds its benefits here', async ({
    page,
    store,
    locale,
    benefitsPage,
    subscribe,
  }) => {
    await page.goto('/');
    await benefitsPage.goToBenefits();
    await expect(benefitsPage.panel).toContainText(wordingFor(locale).benefits.noSubscription);
    await subscribe.selectSubscribeNow();
    await subscribe.agreeToTerms();
    await subscribe.continueToPaymentDetails();
    await subscribe.addWayToPay();
    await subscribe.enterPaymentDetails(testCard(store));
    await subscribe.buy();
    await subscribe.close();
    await benefitsPage.goToBenefits();
    await expect(benefitsPage.expandButton('Windows 10 Enterprise (upgrade)')).toBeVisible();
    // Every benefit granted is the new subscription's, and there are some.
    const subscription = store.activeSubscription()?.id;
    expect(subscription).toEqual(expect.any(String));
    expect(store.benefits.size).toBeGreaterThan(0);
    expect(store.benefits.all().filter((b) => b.subscriptionId !== subscription)).toEqual([]);
  });
});

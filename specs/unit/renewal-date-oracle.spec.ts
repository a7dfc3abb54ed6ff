import { expect, test } from '@playwright/test';
import { renewalAfter } from '../../bindings/action-pack/anniversary';
import { matchRules } from '../../bindings/action-pack/parse';
import { actionPackRules } from '../../bindings/action-pack/rules';
import { accountAfter, newActionPackFacts as newFacts } from '../../bindings/action-pack/facts';
import { backendAnswer } from '../../harness/session/backend';
import { Store, anniversaryIn, nextRenewal, seedScenario } from '../../mocks/store';
import { catalogFor } from '../../pages';

const RENEW = 'renew-your-action-pack-subscription';

/** Every purchase day of 2027 to 2033 (2028 and 2032 leap years), with the date of purchase and its next eight renewals. */
function renewalsOfSevenYears(): [purchase: string, from: string][] {
  const pairs: [string, string][] = [];
  for (let day = Date.UTC(2027, 0, 1); day < Date.UTC(2034, 0, 1); day += 86_400_000) {
    const purchase = new Date(day).toISOString().slice(0, 10);
    const year = Number(purchase.slice(0, 4));
    pairs.push([purchase, purchase]);
    for (let n = 1; n <= 8; n++) pairs.push([purchase, anniversaryIn(purchase, year + n)]);
  }
  return pairs;
}

test.describe("The docs check's renewal date, independent of the backend's", () => {
  // The page: "renews each year on this date"; for 29 February, as the README spells the rule out.
  const cases: [purchase: string, from: string, next: string][] = [
    ['2026-03-15', '2026-03-15', '2027-03-15'],
    ['2026-01-31', '2026-01-31', '2027-01-31'],
    ['2026-01-10', '2027-01-10', '2028-01-10'],
    ['2028-02-29', '2028-02-29', '2029-02-28'],
    ['2028-02-29', '2029-02-28', '2030-02-28'],
    ['2028-02-29', '2030-02-28', '2031-02-28'],
    ['2028-02-29', '2031-02-28', '2032-02-29'],
    ['2028-02-29', '2032-02-29', '2033-02-28'],
  ];
  for (const [purchase, from, next] of cases)
    test(`bought ${purchase}, renewing from ${from}: next on ${next}`, () => {
      expect(renewalAfter(purchase, from)).toBe(next);
    });

  test("agrees with the backend's rule for every purchase day of seven years, leap years included, renewed eight times", () => {
    const disagreements = renewalsOfSevenYears()
      .map(([purchase, from]) => [purchase, from, renewalAfter(purchase, from), nextRenewal(purchase, from)])
      .filter(([, , check, backend]) => check !== backend);
    expect(disagreements).toEqual([]);
  });

  /** The rule check, on `sentence`, of a 29 February 2028 purchase renewed from 28 February 2031 by the backend. */
  async function renewedFrom2031(sentence: string) {
    const store = seedScenario(new Store(1), 'subscriber', { autoRenew: false });
    store.fixDate('2031-02-20');
    const held = store.subscriptions.update(store.activeSubscription()?.id ?? '', {
      startDate: '2028-02-29',
      renewalDate: '2031-02-28',
    });
    const before = structuredClone(held);
    const response = await backendAnswer(
      store,
      new Request('http://sandbox.test/api/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          offerId: 'action-pack',
          kind: 'renewal',
          subscriptionId: held.id,
          paymentMethodId: held.paymentMethodId,
          acceptedTerms: true,
          idempotencyKey: 'renew-2031-02-28',
        }),
      }),
    );
    expect(response.status).toBe(201);
    expect(store.activeSubscription()?.renewalDate).toBe('2032-02-29');

    const facts = newFacts();
    facts.accounts.set(RENEW, accountAfter(store));
    facts.before.set(RENEW, before);
    // The confirmation as the product words it in English for that date.
    facts.observed.set('renew.close', {
      captures: [{ nodes: [], text: 'Your subscription renews automatically on February 29, 2032.', url: '' }],
      acted: [],
      typed: [],
    });
    const verdict = actionPackRules['renews-yearly-on-purchase-date']?.(facts, {
      labels: catalogFor('en-US'),
      locale: 'en-US',
      sentence,
      today: '2031-02-20',
      flow: RENEW,
      rule: {
        id: 'renews-yearly-on-purchase-date',
        line: 107,
        procedure: RENEW,
        sentence: { 'en-US': sentence },
        figures: { renewalIntervalYears: 1 },
      },
    });
    return verdict;
  }

  test('the rule check accepts a 29 February purchase renewed from 28 February 2031 to 29 February 2032, as the backend renews it', async () => {
    expect(
      await renewedFrom2031('Your Action Pack subscription will renew automatically each year on this date.'),
    ).toEqual({
      status: 'ok',
      message: 'the confirmation says it renews automatically on February 29, 2032',
    });
  });

  test('a page that says every two years is drift against the same renewal: the interval is read from the sentence', async () => {
    expect(
      await renewedFrom2031('Your Action Pack subscription will renew automatically every two years on this date.'),
    ).toEqual({
      status: 'drift',
      message: 'from 2031-02-28, renews 2032-02-29 (automatic: true); expected 2033-02-28, automatic',
    });
  });

  test('an interval whose count reads as no number is not checked as one year', async () => {
    const sentence = 'Your Action Pack subscription will renew automatically every few years on this date.';
    expect(await renewedFrom2031(sentence)).toEqual({
      status: 'unverified',
      message: `no number of years between renewals read in "${sentence}"`,
    });
  });

  test('the interval as each language words it', () => {
    const years = (sentence: string, locale: string) =>
      matchRules(sentence, locale).find((m) => m.id === 'renews-yearly-on-purchase-date')?.figures;
    expect([
      years('Your subscription will renew automatically each year on this date.', 'en-US'),
      years('Your subscription will renew automatically each two years on this date.', 'en-US'),
      years('Your subscription will renew automatically every 3 years on this date.', 'en-US'),
      years('매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.', 'ko-KR'),
      years('2년마다 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.', 'ko-KR'),
      years('삼 년마다 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.', 'ko-KR'),
      years('몇 년마다 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.', 'ko-KR'),
    ]).toEqual([1, 2, 3, 1, 2, 3, undefined].map((n) => (n === undefined ? {} : { renewalIntervalYears: n })));
  });
});

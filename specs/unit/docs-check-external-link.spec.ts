import { expect, test } from '@playwright/test';
import { newActionPackFacts } from '../../bindings/action-pack/facts';
import { actionPackRules } from '../../bindings/action-pack/rules';
import type { RuleContext } from '../../checker/binding';
import { parseAriaSnapshot } from '../../checker/read/aria';
import { catalogFor } from '../../pages';

// "Following this link will take you to another website": the link's address decides whether it leaves the
// product, and its name must say so, as a partner reading it sees.
const SCREEN = 'http://127.0.0.1:4173/partnership/offers';
const OUTSIDE = 'https://partner.microsoft.com/membership/action-pack';

const context = (locale: string): RuleContext => ({
  labels: catalogFor(locale),
  locale,
  sentence: 'Following this link will take you to another website.',
  today: '2026-03-15',
  rule: { id: 'external-link-notice', line: 54, sentence: {}, figures: {} },
});

const snapshot = (links: [name: string, url: string][]) =>
  ['- main:', '  - heading "Microsoft Action Pack" [level=2]']
    .concat(links.flatMap(([name, url]) => [`  - link "${name}":`, `    - /url: ${url}`]))
    .join('\n');

/**
 * The step as the subscribe flow saw it: the offer, with one link named `name` to `url` (none when `name` is
 * undefined), then the screen the step ended on, the wizard's terms with a link of their own that leaves and says so.
 */
function offer(name: string | undefined, url: string) {
  const facts = newActionPackFacts();
  const hint = catalogFor('en-US').app.externalHint;
  const offers = snapshot(name === undefined ? [] : [[name, url]]);
  const terms = snapshot([[`Terms and Conditions ${hint}`, 'https://go.microsoft.com/fwlink/?linkid=842232']]);
  facts.observed.set('subscribe.open-offers', {
    captures: [
      { nodes: parseAriaSnapshot(offers), text: offers, url: SCREEN },
      { nodes: parseAriaSnapshot(terms), text: terms, url: `${SCREEN}/buy` },
    ],
    acted: [],
    typed: [],
  });
  return facts;
}

const verdict = (facts: ReturnType<typeof offer>, locale = 'en-US') =>
  actionPackRules['external-link-notice'](facts, context(locale));

test.describe('A link the page says leaves Partner Center leads to another host and says so', () => {
  test('the Action Pack link to another host whose name says it opens another website holds, in each language', () => {
    for (const locale of ['en-US', 'ko-KR']) {
      const { app, offers } = catalogFor(locale);
      expect(verdict(offer(`${offers.learnMore} ${app.externalHint}`, OUTSIDE), locale).status, locale).toBe('ok');
    }
  });

  test('a link to another host that does not say so is drift, naming the link and its address', () => {
    expect(verdict(offer('More about Microsoft Action Pack', OUTSIDE))).toEqual({
      status: 'drift',
      message: `link "More about Microsoft Action Pack" (${OUTSIDE}) leads to another website without saying that it leaves Partner Center`,
    });
  });

  test('the Action Pack link that says so but stays in the product is drift, though another screen of the step has a link that leaves', () => {
    const name = `More about Microsoft Action Pack ${catalogFor('en-US').app.externalHint}`;
    for (const url of ['/partnership/action-pack', 'http://127.0.0.1:4173/membership/action-pack'])
      expect(verdict(offer(name, url)), url).toEqual({
        status: 'drift',
        message: `link "${name}" (${url}) stays in Partner Center`,
      });
    expect(verdict(offer(undefined, ''))).toEqual({
      status: 'drift',
      message: 'no link "More about Microsoft Action Pack" on the Action Pack offer',
    });
  });

  test('an offer that was never seen checks nothing: unverified', () => {
    expect(actionPackRules['external-link-notice'](newActionPackFacts(), context('en-US')).status).toBe('unverified');
  });
});

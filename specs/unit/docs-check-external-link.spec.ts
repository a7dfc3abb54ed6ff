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

/** The offer as the subscribe flow saw it, with one link named `name` to `url`; none when `name` is undefined. */
function offer(name: string | undefined, url: string) {
  const facts = newActionPackFacts();
  const text = ['- main:', '  - heading "Microsoft Action Pack" [level=2]']
    .concat(name === undefined ? [] : [`  - link "${name}":`, `    - /url: ${url}`])
    .join('\n');
  facts.observed.set('subscribe.open-offers', {
    captures: [{ nodes: parseAriaSnapshot(text), text, url: SCREEN }],
    acted: [],
    typed: [],
  });
  return facts;
}

const verdict = (facts: ReturnType<typeof offer>, locale = 'en-US') =>
  actionPackRules['external-link-notice'](facts, context(locale));

test.describe('A link the page says leaves Partner Center leads to another host and says so', () => {
  test('a link to another host whose name says it opens another website holds, in each language', () => {
    for (const locale of ['en-US', 'ko-KR']) {
      const hint = catalogFor(locale).app.externalHint;
      expect(verdict(offer(`Action Pack ${hint}`, OUTSIDE), locale).status, locale).toBe('ok');
    }
  });

  test('a link to another host that does not say so is drift, naming the link and its address', () => {
    expect(verdict(offer('Learn more about Action Pack', OUTSIDE))).toEqual({
      status: 'drift',
      message: `link "Learn more about Action Pack" (${OUTSIDE}) leads to another website without saying that it leaves Partner Center`,
    });
  });

  test('a link that says so but stays in the product is drift: nothing leaves', () => {
    const hint = catalogFor('en-US').app.externalHint;
    for (const url of ['/partnership/action-pack', 'http://127.0.0.1:4173/membership/action-pack'])
      expect(verdict(offer(`Action Pack ${hint}`, url)), url).toEqual({
        status: 'drift',
        message: 'no link on the Action Pack offer leads to another website',
      });
    expect(verdict(offer(undefined, '')).status).toBe('drift');
  });

  test('an offer that was never seen checks nothing: unverified', () => {
    expect(actionPackRules['external-link-notice'](newActionPackFacts(), context('en-US')).status).toBe('unverified');
  });
});

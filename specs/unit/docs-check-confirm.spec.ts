import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  confirmChecked as confirmWith,
  refusals,
  stakesOfConfirmation as stakesWith,
  type ConfirmOutcome,
  type PendingStake,
} from '../../checker/read/confirm-checked';
import type { CheckResult, RuleAtStake } from '../../checker/model';
import { normalize, pinsPathFor, readPins, type Pins } from '../../checker/read/pins';
import { checkSentences } from '../../checker/read/sentences';
import { actionPackRuleReader as rules, parseDoc } from '../../bindings/action-pack/parse';
import { documentedPagePath } from '../../bindings/documented-page-path';
import type { DocPage } from '../../checker/parser';

// The engine's confirmation given the page's rule book, as `docs:check --confirm` gives it (bindings/check.ts),
// without loading what a check of the product needs.
const documentedPins = () => readPins(pinsPathFor(documentedPagePath));
const stakesOfConfirmation = (doc: DocPage, pins: Pins | undefined, lines: readonly number[] | undefined) =>
  stakesWith(doc, pins, lines, rules);
const confirmChecked = (
  doc: DocPage,
  pins: Pins | undefined,
  lines: readonly number[] | undefined,
  o: Omit<Parameters<typeof confirmWith>[3], 'rules'>,
) => confirmWith(doc, pins, lines, { ...o, rules });

const NOT_BACK_ON = 'auto-renew-not-back-on-until-renewal';
const NOTE =
  "If you turn off automatic subscription renewal, you won't be able to turn it back on until you renew the subscription again.";
const source = readFileSync(documentedPagePath, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const edited = (sentence: string) => {
  const text = source.replace(NOTE, sentence);
  return { doc: parseDoc(text, 'edited.md'), line: lineOf(text, sentence) };
};

/** A run that saw the product do `product` about the rule at stake on `line`. */
function runSaying(line: number, atStake: RuleAtStake[]): CheckResult {
  const tally = { ok: 0, drift: 0, unverified: 0 };
  return {
    doc: 'edited.md',
    results: [
      {
        locale: 'en-US',
        procedures: [],
        rules: [],
        sentences: [{ line, status: 'drift', sentence: '', message: '', atStake }],
        warnings: [],
      },
    ],
    summary: { steps: 0, ...tally, rules: tally, sentences: tally },
  };
}
const CONTRARY = 'If you turn off automatic subscription renewal, you can turn it back on at any time.';
/** The English sentences a confirmation pinned; none when it was refused. */
const pinnedIn = (outcome: ConfirmOutcome) =>
  'pins' in outcome ? Object.keys(outcome.pins.confirmed['en-US'] ?? {}) : [];
const never = (): Promise<CheckResult> => Promise.reject(new Error('the product was checked'));

test.describe('What a confirmation puts at stake, read from the page and its pins alone', () => {
  test('confirming the vendored page as it reads puts no rule at stake, so the product is not started', () => {
    expect(stakesOfConfirmation(parseDoc(source, 'page.md'), documentedPins(), undefined)).toEqual([]);
  });

  test('a sentence that contradicts a rule puts that rule at stake on its line, in its language', () => {
    const { doc, line } = edited(CONTRARY);
    expect(
      stakesOfConfirmation(doc, documentedPins(), [line]).map(({ locale, line: l, kind, id }) => [locale, l, kind, id]),
    ).toEqual([['en-US', line, 'contradicts', NOT_BACK_ON]]);
  });

  test('a sentence that no longer states a rule its confirmed wording stated puts it at stake, with that wording', () => {
    const { doc, line } = edited(
      'If you turn off automatic subscription renewal, your subscription ends on its renewal date.',
    );
    expect(stakesOfConfirmation(doc, documentedPins(), [line])).toEqual([
      { locale: 'en-US', line, kind: 'no-longer-states', id: NOT_BACK_ON, statement: NOTE },
    ]);
  });

  test('a repeated sentence cut at one of its places puts the rule it no longer states there at stake', () => {
    // The confirmed wording still stands at its other place: the pins cannot tell which copy changed.
    const repeated =
      'You can turn off automatic renewal at any time from your purchased offers list; however, ' +
      "you won't be able to turn automatic subscription renewal back on until you renew your subscription again.";
    const cut = 'You can turn off automatic renewal at any time from your purchased offers list.';
    const at = source.lastIndexOf(repeated);
    expect(at, 'the sentence stands twice in the page').toBeGreaterThan(source.indexOf(repeated));
    const text = `${source.slice(0, at)}${cut}${source.slice(at + repeated.length)}`;
    const stakes = stakesOfConfirmation(parseDoc(text, 'edited.md'), documentedPins(), [lineOf(text, cut)]);
    expect(stakes.filter((p) => p.locale === 'en-US').map(({ kind, id }) => [kind, id])).toContainEqual([
      'no-longer-states',
      NOT_BACK_ON,
    ]);
  });

  test('a changed sentence keeps its stake though a sentence added elsewhere resembles its old wording more', () => {
    const changed = 'If you turn off automatic subscription renewal, your subscription ends on its renewal date.';
    const en =
      'If you turn off automatic subscription renewal, you get an email before you renew the subscription again.';
    const ko = '구독 자동 갱신을 끄면 구독을 다시 갱신하기 전에 이메일을 받습니다.';
    const added = ` <span data-ttu-id="9e520-900">${ko}</span><span class="sxs-lookup"><span data-stu-id="9e520-900">${en}</span></span>`;
    const text = source.replace(`${NOTE}</span></span>`, `${changed}</span></span>\n\n${added.trim()}`);
    const doc = parseDoc(text, 'edited.md');
    const line = lineOf(text, changed);
    expect(lineOf(text, en)).not.toBe(line);
    expect(
      stakesOfConfirmation(doc, documentedPins(), [line])
        .filter((p) => p.locale === 'en-US')
        .map(({ kind, id, line: l }) => [kind, id, l]),
    ).toEqual([['no-longer-states', NOT_BACK_ON, line]]);
  });

  test('a reworded sentence puts each rule it states at stake as it states it, to be checked in the product', () => {
    const reworded =
      "Once you turn off automatic subscription renewal, you won't be able to turn it back on until you renew your subscription.";
    const { doc, line } = edited(reworded);
    expect(stakesOfConfirmation(doc, documentedPins(), [line])).toEqual([
      { locale: 'en-US', line, kind: 'states', id: NOT_BACK_ON, statement: reworded },
    ]);
  });
});

test.describe('A new wording is confirmed only if the product does as it says', () => {
  const edit = (years: string) => {
    const text = source.replace(
      /renew automatically each year on this date/g,
      `renew automatically ${years} on this date`,
    );
    const lines = text.split('\n').flatMap((l, i) => (l.includes(`automatically ${years} on`) ? [i + 1] : []));
    return { doc: parseDoc(text, 'edited.md'), line: lines[0] ?? 0 };
  };
  /** A run whose rule check at `line` came out `status`. */
  const judged = (line: number, status: 'ok' | 'drift' | 'unverified'): CheckResult => {
    const run = runSaying(line, []);
    run.results[0]?.rules.push({ id: RENEWS, line, status, message: `the product said ${status}` });
    return run;
  };
  const RENEWS = 'renews-yearly-on-purchase-date';

  test('a figure changed ("every two years") puts the rule at stake as stated', () => {
    const { doc, line } = edit('every two years');
    expect(stakesOfConfirmation(doc, documentedPins(), [line]).map((s) => [s.kind, s.id, s.line])).toEqual([
      ['states', RENEWS, line],
    ]);
  });

  test('refused when the rule as stated is drift in the product, or could not be checked; confirmed when ok', async () => {
    const { doc, line } = edit('every two years');
    const confirming = (status: 'ok' | 'drift' | 'unverified') =>
      confirmChecked(doc, documentedPins(), [line], {
        force: false,
        check: () => Promise.resolve(judged(line, status)),
      });
    expect(await confirming('drift')).toEqual({
      refused: [
        `edited.md:${line}: not confirmed: the en-US sentence states the rule ${RENEWS}, otherwise than the product does: the product said drift`,
      ],
    });
    expect((await confirming('unverified')).refused).toHaveLength(1);
    expect(pinnedIn(await confirming('ok'))).toContain(
      normalize(`Your Action Pack subscription will renew automatically every two years on this date.`),
    );
  });

  test("confirming an unchanged line keeps another changed line's confirmed wording, which still guards its rule", async () => {
    const { doc } = edited(
      'If you turn off automatic subscription renewal, your subscription ends on its renewal date.',
    );
    const unchanged = lineOf(source, 'Your credit card will be charged immediately.');
    const outcome = await confirmChecked(doc, documentedPins(), [unchanged], { force: true, check: never });
    expect(pinnedIn(outcome)).toContain(normalize(NOTE));
  });

  test('the wording a confirmation replaces is no longer pinned', async () => {
    const { doc, line } = edit('every two years');
    const outcome = await confirmChecked(doc, documentedPins(), [line], { force: true, check: never });
    expect(pinnedIn(outcome)).not.toContain(
      normalize('Your Action Pack subscription will renew automatically each year on this date.'),
    );
  });
});

test.describe('A confirmation is refused while the product enforces a rule it would bury', () => {
  const { doc, line } = edited(CONTRARY);
  const stake: PendingStake = { locale: 'en-US', line, kind: 'contradicts', id: NOT_BACK_ON, statement: NOTE };
  const verdict = (product: RuleAtStake['product']): RuleAtStake => ({
    id: NOT_BACK_ON,
    kind: 'contradicts',
    product,
    message: `the product said ${product}`,
  });

  test('refused when the product enforces the rule, or when the check could not see it', () => {
    expect(refusals(runSaying(line, [verdict('ok')]), [stake])).toEqual([
      { ...stake, product: 'ok', message: 'the product said ok' },
    ]);
    expect(refusals(runSaying(line, [verdict('unverified')]), [stake])).toEqual([
      { ...stake, product: 'unverified', message: 'the product said unverified' },
    ]);
    expect(refusals(runSaying(line + 1, [verdict('drift')]), [stake])).toEqual([
      { ...stake, product: 'unverified', message: 'the check did not reach this sentence in en-US' },
    ]);
  });

  test('confirmed when the product no longer enforces the rule: the page now says what the product does', async () => {
    const outcome = await confirmChecked(doc, documentedPins(), [line], {
      force: false,
      check: () => Promise.resolve(runSaying(line, [verdict('drift')])),
    });
    expect(outcome.refused).toEqual([]);
    expect(pinnedIn(outcome)).toContain(normalize(CONTRARY));
  });

  test('the refusal names the file, the line, the rule and what the product did', async () => {
    const outcome = await confirmChecked(doc, documentedPins(), [line], {
      force: false,
      check: () => Promise.resolve(runSaying(line, [verdict('ok')])),
    });
    expect(outcome).toEqual({
      refused: [
        `edited.md:${line}: not confirmed: the en-US sentence contradicts the rule ${NOT_BACK_ON}, which the product still enforces: the product said ok`,
      ],
    });
  });

  test('--force confirms without checking the product', async () => {
    const outcome = await confirmChecked(doc, documentedPins(), [line], { force: true, check: never });
    expect(outcome.refused).toEqual([]);
    expect(pinnedIn(outcome)).toContain(normalize(CONTRARY));
  });
});

test.describe('The command a sentence drift advises runs as printed', () => {
  // A set names several pages: a line number is one page's, so the advice names the page.
  const advice = (sentence: string, product: 'ok' | 'drift', file = 'edited.md') => {
    const { doc: parsed, line } = edited(sentence);
    const doc = { ...parsed, file };
    const drift = checkSentences(doc, documentedPins(), 'en-US', () => ({ status: product, message: 'seen' }), rules);
    return { line, message: drift.find((s) => s.line === line)?.message ?? '' };
  };

  test('a changed sentence: confirm that line of that page', () => {
    const { line, message } = advice('If you turn off automatic subscription renewal, call us.', 'drift');
    expect(message).toContain(`then run \`npm run docs:check -- --doc edited.md --confirm ${line}\``);
  });

  test('a sentence that buries a rule the product enforces: confirm it on purpose, on that page', () => {
    const { line, message } = advice('If you turn off automatic subscription renewal, call us.', 'ok');
    expect(message).toContain(`with \`npm run docs:check -- --doc edited.md --confirm ${line} --force\``);
  });

  test('a page path with a space is quoted, so the pasted command names that page', () => {
    const { line, message } = advice(
      'If you turn off automatic subscription renewal, call us.',
      'drift',
      'my docs/p.md',
    );
    expect(message).toContain(`then run \`npm run docs:check -- --doc 'my docs/p.md' --confirm ${line}\``);
  });
});

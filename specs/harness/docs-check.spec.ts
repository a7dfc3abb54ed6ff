import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../../fixtures';
import type { ConfirmOutcome } from '../../checker/read/confirm-checked';
import { exitCodeOf } from '../../checker/model';
import { normalize } from '../../checker/read/pins';
import { dropStep, insertStepAfter, swapSteps } from '../../checker/patch/doc-edits';
import {
  checkPool,
  confirmChecked,
  documentedPage,
  documentedPagePath,
  documentedPins,
  runCheck,
  writeReports,
  type CheckOptions,
} from '../../bindings/check';
import { productRecords } from './product-records';
import { parseDoc } from '../../bindings/action-pack/parse';
import { scaled } from '../../harness/settings/timeouts';
import { checkOptions } from './check-options';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const TURN_OFF = 'turn-off-automatic-action-pack-subscription-renewal';
/** Per project locale: that language, the other one, and a new wording of Subscribe now in that language. */
const languagePairs: Record<string, [string, string, string]> = {
  'en-US': ['en-US', 'ko-KR', 'Subscribe today'],
  'ko-KR': ['ko-KR', 'en-US', '지금 가입'],
};
/** Writers' edits per language: new wording for prose, a contradicting note, a note that says something else, a changed charge sentence. */
const edits: Record<string, { prose: string; contradiction: string; silent: string; laterCharge: string }> = {
  'en-US': {
    prose: 'Action Pack is a yearly subscription for businesses in the cloud.',
    contradiction: 'If you turn off automatic subscription renewal, you can turn it back on at any time.',
    silent: 'If you turn off automatic subscription renewal, your subscription ends on its renewal date.',
    laterCharge: 'Your credit card will be charged at the end of the subscription.',
  },
  'ko-KR': {
    prose: 'Action Pack은 클라우드 시대의 비즈니스를 위한 연간 구독입니다.',
    contradiction: '자동 구독 갱신을 끄더라도 언제든지 다시 켤 수 있습니다.',
    silent: '구독 자동 갱신을 끄면 구독이 갱신 날짜에 끝납니다.',
    laterCharge: '신용 카드는 구독 기간이 끝날 때 청구됩니다.',
  },
};
const editsFor = (locale: string | undefined) =>
  edits[locale ?? 'en-US'] ?? { prose: '', contradiction: '', silent: '', laterCharge: '' };
const NOT_BACK_ON = 'auto-renew-not-back-on-until-renewal';
/** The pins a confirmation wrote; a refusal fails the test, saying why. */
function pinsOf(outcome: ConfirmOutcome) {
  if (!('pins' in outcome)) throw new Error(`the confirmation was refused: ${outcome.refused.join('; ')}`);
  return outcome.pins;
}
/** What the product does that the note states: no control turns renewal back on, and the backend refuses. */
const refusesTurningBackOn = /no control turns it back on, the backend refuses \(409\)/;
const source = () => readFileSync(documentedPagePath, 'utf8');

/** The line of the edited source that holds `needle` (its `nth` occurrence), read from the text itself, not the parser. */
function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) if (line.includes(needle) && ++seen === nth) return i + 1;
  throw new Error(`"${needle}" is not in the page ${nth} time(s)`);
}

/** The page's sentence in `locale` whose English source contains `english`. */
function sentenceIn(locale: string, english: string): string {
  const found = documentedPage().statements.find((s) => s.text['en-US']?.includes(english));
  const text = found?.text[locale];
  if (!text) throw new Error(`no ${locale} sentence for "${english}"`);
  return text;
}

/** Replaces the `nth` occurrence of `before` in the source. */
function replaceNth(text: string, before: string, after: string, nth: number): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(before, at + 1);
    if (at < 0) throw new Error(`"${before}" is not in the page ${nth} time(s)`);
  }
  return text.slice(0, at) + after + text.slice(at + before.length);
}

// A whole-page check drives every procedure in its own contexts: several tests' worth of work in one test. In
// one worker, in order: the first test drives the product, and the others read that worker's record of it.
test.describe.configure({ timeout: scaled(90_000), mode: 'default' });

test.describe('The documentation check', { tag: '@product-record' }, () => {
  let options: (doc: CheckOptions['doc'], only?: string[]) => CheckOptions;

  test.beforeEach(({ browser, baseURL, locale }) => {
    options = (doc, only) =>
      checkOptions(
        { browser, baseURL, locale },
        { doc, only, pins: documentedPins(), records: productRecords, step: (title, body) => test.step(title, body) },
      );
  });

  const notOk = (result: Awaited<ReturnType<typeof runCheck>>) =>
    result.results.flatMap((r) => [
      ...r.procedures.flatMap((p) =>
        p.steps.filter((s) => s.status !== 'ok').map((s) => `${p.id} ${s.n} (line ${s.line}): ${s.message}`),
      ),
      ...r.rules.filter((x) => x.status !== 'ok').map((x) => `rule ${x.id} (line ${x.line}): ${x.message}`),
      ...r.sentences.filter((x) => x.status !== 'ok').map((x) => `sentence (line ${x.line}): ${x.message}`),
    ]);

  test('finds every step, rule and sentence of the vendored page in sync with the product', async ({ locale }) => {
    // Stable names, so a writer can take the step screenshots of both languages from reports/docs-check.
    const outDir = `reports/docs-check/${locale ?? 'en-US'}`;
    const result = await runCheck({ ...options(documentedPage()), outDir });
    writeReports(result, outDir, documentedPage());
    await test.info().attach('docs-drift.md', { path: `${outDir}/docs-drift.md`, contentType: 'text/markdown' });
    expect(notOk(result)).toEqual([]);
    const page = source();
    // 7 + 3 + 9 + 4 numbered steps, counted in the markdown itself.
    expect(result.summary.steps).toBe(page.split('\n').filter((l) => /^\d+\. /.test(l)).length);
    expect(result.summary.rules.ok).toBeGreaterThan(0);
    expect(result.summary.sentences.ok).toBeGreaterThan(0);
    expect(exitCodeOf(result)).toBe(0);
  });

  test('a label renamed in the page is drift at its procedure, step and line, naming what the screen shows', async ({
    labels,
  }) => {
    const renamed = source().replaceAll(`**${labels.wizard.buy}**`, '**Purchase**');
    const result = await runCheck(options(parseDoc(renamed, 'renamed.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.status, s.message])).toEqual([
      [
        6,
        lineOf(renamed, '**Purchase**'),
        'drift',
        `the screen shows **${labels.wizard.buy}** where the doc says **Purchase**`,
      ],
    ]);
    expect(exitCodeOf(result)).toBe(1);
  });

  test('a menu path whose parent changed is drift, though both names are on screen', async ({ labels }) => {
    const path = `**${labels.nav.partnership} > ${labels.nav.offers}**`;
    const moved = replaceNth(source(), path, `**${labels.nav.serviceRequests} > ${labels.nav.offers}**`, 1);
    const result = await runCheck(options(parseDoc(moved, 'moved.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.message])).toEqual([
      [
        1,
        lineOf(moved, labels.nav.serviceRequests),
        `**${labels.nav.offers}** is on screen but not reached from **${labels.nav.serviceRequests}**`,
      ],
    ]);
  });

  test('a link whose target changed is drift at its step, naming both targets', async () => {
    const documented = 'https://go.microsoft.com/fwlink/?linkid=842232';
    const elsewhere = 'https://go.microsoft.com/fwlink/?linkid=999999';
    const relinked = source().replaceAll(documented, elsewhere);
    const result = await runCheck(options(parseDoc(relinked, 'relinked.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line])).toEqual([
      [2, lineOf(relinked, elsewhere)],
    ]);
    expect(steps.find((s) => s.n === 2)?.message).toContain(`leads to ${documented} where the doc links ${elsewhere}`);
  });

  test('a reformatted page with the same text stays in sync, sentences included', async () => {
    const reformatted = readFileSync('specs/inputs/upgrade-membership.ko-kr.reformatted.md', 'utf8');
    const result = await runCheck(options(parseDoc(reformatted, 'reformatted.md')));
    expect(notOk(result)).toEqual([]);
  });

  test('rewording informational prose is not drift', async ({ locale }) => {
    const intro = sentenceIn(locale ?? 'en-US', 'Action Pack is an affordable yearly subscription');
    const reworded = source().replace(intro, editsFor(locale).prose);
    expect(reworded).not.toBe(source());
    const result = await runCheck(options(parseDoc(reworded, 'reworded.md')));
    expect(notOk(result)).toEqual([]);
  });

  test('a rule stated three times and contradicted once is drift against the product at that line, though the others still say it', async ({
    locale,
  }) => {
    const note = sentenceIn(
      locale ?? 'en-US',
      "If you turn off automatic subscription renewal, you won't be able to turn it back on",
    );
    const opposite = editsFor(locale).contradiction;
    const edited = source().replace(note, opposite);
    const result = await runCheck(options(parseDoc(edited, 'contradicted.md')));
    const problems = notOk(result);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^sentence \\(line ${lineOf(edited, opposite)}\\): this sentence contradicts ${NOT_BACK_ON}, which the product enforces: `,
        ),
      ),
    ]);
    expect(problems[0]).toMatch(refusesTurningBackOn);
    expect(problems[0]).toContain(`it was "${normalize(note)}"`);
    expect(exitCodeOf(result)).toBe(1);
  });

  test.describe('confirming a sentence checks the rules it stops stating against the product', () => {
    const noteIn = (locale: string | undefined) =>
      sentenceIn(
        locale ?? 'en-US',
        "If you turn off automatic subscription renewal, you won't be able to turn it back on",
      );
    /** `--confirm <line>` on the edited page, the product checked (when a rule is at stake) in this worker's run of it. */
    const confirmLine = (doc: CheckOptions['doc'], line: number, force: boolean) =>
      confirmChecked(doc, documentedPins(), [line], {
        force,
        check: (stakes) => runCheck({ ...options(doc), locales: [...new Set(stakes.map((s) => s.locale))] }),
      });

    test('a sentence that contradicts a rule the product enforces is refused, naming the rule, the line and what the product did', async ({
      locale,
    }) => {
      const opposite = editsFor(locale).contradiction;
      const edited = source().replace(noteIn(locale), opposite);
      const doc = parseDoc(edited, 'contradicted.md');
      const line = lineOf(edited, opposite);
      const outcome = await confirmLine(doc, line, false);
      expect(outcome).toEqual({
        refused: [
          expect.stringMatching(
            new RegExp(
              `^contradicted\\.md:${line}: not confirmed: the ${locale} sentence contradicts the rule ${NOT_BACK_ON}, which the product still enforces: `,
            ),
          ),
        ],
      });
      expect(outcome.refused[0]).toMatch(refusesTurningBackOn);
    });

    test('with --force the contradiction is pinned, and the check still reports it as drift against the product', async ({
      locale,
    }) => {
      const opposite = editsFor(locale).contradiction;
      const edited = source().replace(noteIn(locale), opposite);
      const doc = parseDoc(edited, 'contradicted.md');
      const line = lineOf(edited, opposite);
      const pins = pinsOf(await confirmLine(doc, line, true));
      expect(pins.confirmed[locale ?? 'en-US']?.[normalize(opposite)]).toEqual([]);
      const result = await runCheck({ ...options(doc), pins });
      expect(notOk(result)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^sentence \\(line ${line}\\): this sentence contradicts ${NOT_BACK_ON}, which the product enforces: ` +
              '.*\\(the sentence was confirmed all the same\\)$',
          ),
        ),
      ]);
      expect(exitCodeOf(result)).toBe(1);
    });

    test('a sentence that no longer states a rule the product enforces is refused; with --force it is pinned and the check passes', async ({
      locale,
    }) => {
      const silent = editsFor(locale).silent;
      const edited = source().replace(noteIn(locale), silent);
      const doc = parseDoc(edited, 'silent.md');
      const line = lineOf(edited, silent);
      const refused = await confirmLine(doc, line, false);
      expect(refused).toEqual({
        refused: [
          expect.stringMatching(
            new RegExp(
              `^silent\\.md:${line}: not confirmed: the ${locale} sentence no longer states the rule ${NOT_BACK_ON} \\(it was "`,
            ),
          ),
        ],
      });
      expect(refused.refused[0]).toMatch(refusesTurningBackOn);
      // Dropped on purpose: the rule is still stated, and verified, at its two other places.
      const result = await runCheck({ ...options(doc), pins: pinsOf(await confirmLine(doc, line, true)) });
      expect(notOk(result)).toEqual([]);
      expect(
        result.results[0]?.rules.filter((r) => r.id === NOT_BACK_ON && r.line !== line).map((r) => r.status),
      ).toEqual(['ok', 'ok']);
    });
  });

  test('a repeated sentence changed in its second place only is drift there and nowhere else', async ({ locale }) => {
    const charged = sentenceIn(locale ?? 'en-US', 'Your credit card will be charged immediately.');
    const later = editsFor(locale).laterCharge;
    const edited = replaceNth(source(), charged, later, 2);
    const result = await runCheck(options(parseDoc(edited, 'changed.md')));
    const line = lineOf(edited, later);
    expect(line).toBeGreaterThan(lineOf(edited, charged));
    // The sentence is unconfirmed there; where the rule is read from the English source, the translation no longer says it either.
    const problems = notOk(result);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^sentence \\(line ${line}\\): .*it was "${charged.replace(/[.()]/g, '\\$&')}"`),
      ),
    );
    expect(problems.filter((p) => !p.includes(`(line ${line})`))).toEqual([]);
  });

  test('a step the page dropped is reported as lost in its place, and the steps after it still match', async () => {
    const dropped = dropStep(source(), documentedPage(), SUBSCRIBE, 3);
    const result = await runCheck(options(parseDoc(dropped, 'dropped.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.map((s) => s.status)).toEqual(['ok', 'ok', 'drift', 'ok', 'ok', 'ok', 'ok']);
    expect(steps[2]?.screenshot).toMatch(/continue-to-payment-lost-[a-z]{2}-[A-Z]{2}\.png$/);
    expect(steps[2]?.message).toMatch(
      /^the page no longer documents this step, which the product still requires: \*\*.+\*\* \(subscribe\.continue-to-payment\)$/,
    );
  });

  test('a step the page gained is reported as such at its line, and the steps after it still match', async () => {
    const gained = insertStepAfter(source(), documentedPage(), SUBSCRIBE, 2, {
      translated: '회사 정보를 확인하고 **계속**을 선택합니다.',
      english: 'Confirm your company profile and select **Continue**.',
    });
    const result = await runCheck(options(parseDoc(gained, 'gained.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.map((s) => [s.n, s.status])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'drift'],
      [4, 'ok'],
      [5, 'ok'],
      [6, 'ok'],
      [7, 'ok'],
      [8, 'ok'],
    ]);
    expect(steps[2]).toMatchObject({
      line: lineOf(gained, 'Confirm your company profile'),
      message: 'the page documents a step that the product flow does not have here',
    });
  });

  test("two steps the page swapped are one move, reported once at the moved step's line; the others still match", async () => {
    const swapped = swapSteps(source(), documentedPage(), SUBSCRIBE, 4, 5);
    const result = await runCheck(options(parseDoc(swapped, 'swapped.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    // Subscribe is the page's first procedure: its step n is the first line starting "n. ".
    const stepLine = (n: number) => swapped.split('\n').findIndex((l) => l.startsWith(`${n}. `)) + 1;
    const getStarted = stepLine(5);
    // One move, one result: at the moved step's line, with the screen where the product performs it.
    expect(steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.message])).toEqual([
      [
        5,
        getStarted,
        'out of order: the page documents this step (subscribe.add-way-to-pay) as step 5, but the product requires it right after step 3',
      ],
    ]);
    expect(steps.find((s) => s.status !== 'ok')?.screenshot).toMatch(/add-way-to-pay-lost-[a-z]{2}-[A-Z]{2}\.png$/);
    expect(steps.filter((s) => s.status === 'ok').map((s) => s.line)).toEqual([1, 2, 3, 4, 6, 7].map(stepLine));
    expect(steps, 'one result per step of the page').toHaveLength(7);
  });

  test('a page in Korean only is checked in Korean and reported unverified for English', async () => {
    const translated = parseDoc(
      readFileSync('specs/inputs/upgrade-membership.ko-kr.translated.md', 'utf8'),
      'translated.md',
    );
    const result = await runCheck({ ...options(translated, [SUBSCRIBE]), locales: ['ko-KR', 'en-US'] });
    const [korean, english] = result.results;
    expect(korean?.procedures[0]?.steps.map((s) => s.status)).toEqual(Array(7).fill('ok'));
    expect(english?.procedures[0]?.steps.map((s) => [s.status, s.message])).toEqual(
      Array(7).fill(['unverified', 'the page has no en-US text']),
    );
  });

  test('a page none of whose procedures the check can perform verifies nothing and fails', async () => {
    const strange = source().replace(/<a name="([a-z-]+)"><\/a>/g, '<a name="other-$1"></a>');
    const result = await runCheck(options(parseDoc(strange, 'strange.md')));
    expect(result.summary.ok).toBe(0);
    expect(result.results[0]?.procedures.flatMap((p) => p.steps.map((s) => s.status))).toEqual(
      Array(23).fill('unverified'),
    );
    expect(result.results[0]?.procedures[0]?.steps[0]?.message).toMatch(
      /^no flows are bound to any procedure of this page/,
    );
    expect(exitCodeOf(result)).toBe(1);
  });

  test('a label changed in one language of the page fails that language only', async ({ labels, locale }) => {
    const [mine = 'en-US', other = 'ko-KR', renamed = ''] = languagePairs[locale ?? 'en-US'] ?? [];
    const changed = source().replace(`**${labels.offers.subscribeNow}**`, `**${renamed}**`);
    const result = await runCheck({ ...options(parseDoc(changed, 'changed.md'), [SUBSCRIBE]), locales: [mine, other] });
    const [checked, untouched] = result.results;
    expect(checked?.procedures[0]?.steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.message])).toEqual(
      [
        [
          1,
          lineOf(changed, renamed),
          `the screen shows **${labels.offers.subscribeNow}** where the doc says **${renamed}**`,
        ],
      ],
    );
    expect(untouched?.procedures[0]?.steps.map((s) => s.status)).toEqual(Array(7).fill('ok'));
  });

  test('drives no more browser pages at once than it is given, each language and procedure in turn', async ({
    locale,
  }) => {
    const [mine = 'en-US', other = 'ko-KR'] = languagePairs[locale ?? 'en-US'] ?? [];
    const pages = { open: 0, most: 0, opened: 0 };
    // Called on each context the check opens, before its page; a context is closed once its procedure is done.
    const count = async (context: BrowserContext) => {
      pages.opened++;
      pages.most = Math.max(pages.most, ++pages.open);
      context.on('close', () => pages.open--);
    };
    const result = await runCheck({
      ...options(documentedPage(), [TURN_OFF]),
      locales: [mine, other],
      pool: checkPool(1),
      prepareContext: count,
    });
    // Side by side, the two languages would have had two pages open at once.
    expect(pages).toEqual({ open: 0, most: 1, opened: 2 });
    expect(result.results.map((r) => r.procedures[0]?.steps.map((s) => s.status))).toEqual([
      Array(3).fill('ok'),
      Array(3).fill('ok'),
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { expect, test } from '../../fixtures';
import { exitCodeOf } from '../../docs/check/model';
import { writeReports } from '../../docs/check/report';
import { dropStep, insertStepAfter } from '../../docs/check/doc-edits';
import { runCheck, type CheckOptions } from '../../docs/check/run';
import { documentedPage, documentedPagePath } from '../../docs/documented-page';
import { parseDoc } from '../../docs/parser';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
/** Per project locale: that language, the other one, and a new wording of Subscribe now in that language. */
const languagePairs: Record<string, [string, string, string]> = {
  'en-US': ['en-US', 'ko-KR', 'Subscribe today'],
  'ko-KR': ['ko-KR', 'en-US', '지금 가입'],
};
const source = () => readFileSync(documentedPagePath, 'utf8');

// The check opens contexts of its own on the test's browser and writes a screenshot per step itself;
// a trace of those contexts would double the run for nothing a failure message does not already say.
test.use({ trace: 'off' });

test.describe('The documentation check', () => {
  let options: (doc: CheckOptions['doc'], only?: string[]) => CheckOptions;

  test.beforeEach(({ browser, baseURL, locale }) => {
    options = (doc, only) => ({
      doc, only, browser, baseURL: baseURL ?? '', locales: [locale ?? 'en-US'], seed: 1, today: '2026-03-15',
      outDir: test.info().outputPath('docs-check'),
      step: (title, body) => test.step(title, body),
    });
  });

  test('finds every step and rule of the vendored page in sync with the product', async ({ locale }) => {
    // Stable names, so a writer can take the step screenshots of both languages from reports/docs-check.
    const outDir = `reports/docs-check/${locale ?? 'en-US'}`;
    const result = await runCheck({ ...options(documentedPage()), outDir });
    writeReports(result, outDir);
    await test.info().attach('docs-drift.md', { path: `${outDir}/docs-drift.md`, contentType: 'text/markdown' });
    const problems = result.results.flatMap((r) => [
      ...r.procedures.flatMap((p) => p.steps.filter((s) => s.status !== 'ok').map((s) => `${p.id} ${s.n}: ${s.message}`)),
      ...r.rules.filter((x) => x.status === 'drift').map((x) => `${x.id}: ${x.message}`),
    ]);
    expect(problems).toEqual([]);
    expect(result.summary).toEqual({ steps: 23, ok: 23, drift: 0, unverified: 0, rules: { ok: 15, drift: 0, unverified: 0 } });
    expect(exitCodeOf(result)).toBe(0);
  });

  test('a label renamed in the page is drift at its procedure, step and line, naming what the screen shows', async ({ labels }) => {
    const renamed = source().replaceAll(`**${labels.wizard.buy}**`, '**Purchase**');
    const result = await runCheck(options(parseDoc(renamed, 'renamed.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.status, s.message])).toEqual([
      [6, 69, 'drift', `the screen shows **${labels.wizard.buy}** where the doc says **Purchase**`],
    ]);
    expect(exitCodeOf(result)).toBe(1);
  });

  test('a reformatted page with the same text stays in sync', async () => {
    const reformatted = readFileSync('docs/fixtures/upgrade-membership.ko-kr.reformatted.md', 'utf8');
    const result = await runCheck(options(parseDoc(reformatted, 'reformatted.md'), [SUBSCRIBE]));
    expect(result.summary).toMatchObject({ steps: 7, ok: 7, drift: 0, unverified: 0 });
  });

  test('a step the page dropped is reported as lost in its place, and the steps after it still match', async () => {
    const dropped = dropStep(source(), documentedPage(), SUBSCRIBE, 3);
    const result = await runCheck(options(parseDoc(dropped, 'dropped.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.map((s) => [s.n, s.status])).toEqual([[1, 'ok'], [2, 'ok'], [3, 'drift'], [3, 'ok'], [4, 'ok'], [5, 'ok'], [6, 'ok']]);
    expect(steps[2]?.screenshot).toMatch(/3-lost-[a-z]{2}-[A-Z]{2}\.png$/);
    expect(steps[2]?.message).toBe('the page no longer documents this step ("Select Next to add payment details."), which the product still requires');
  });

  test('a step the page gained is reported as such, and the steps after it still match', async () => {
    const gained = insertStepAfter(source(), documentedPage(), SUBSCRIBE, 2, {
      translated: '회사 정보를 확인하고 **계속**을 선택합니다.',
      english: 'Confirm your company profile and select **Continue**.',
    });
    const result = await runCheck(options(parseDoc(gained, 'gained.md'), [SUBSCRIBE]));
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.map((s) => [s.n, s.status])).toEqual([[1, 'ok'], [2, 'ok'], [3, 'drift'], [4, 'ok'], [5, 'ok'], [6, 'ok'], [7, 'ok'], [8, 'ok']]);
    expect(steps[2]?.message).toBe('the page documents a step that the product flow does not have here');
  });

  test('a page in Korean only is checked in Korean and reported unverified for English', async () => {
    const translated = parseDoc(readFileSync('docs/fixtures/upgrade-membership.ko-kr.translated.md', 'utf8'), 'translated.md');
    const result = await runCheck({ ...options(translated, [SUBSCRIBE]), locales: ['ko-KR', 'en-US'] });
    const [korean, english] = result.results;
    expect(korean?.procedures[0]?.steps.map((s) => s.status)).toEqual(Array(7).fill('ok'));
    expect(english?.procedures[0]?.steps.map((s) => [s.status, s.message])).toEqual(Array(7).fill(['unverified', 'the page has no en-US text']));
  });

  test('a rule whose sentence changed is drift naming the sentence, though the product did not change', async ({ locale }) => {
    // Same rule, new wording: the pattern still finds it, the pin no longer matches it.
    const reworded: Record<string, [string, string]> = {
      'en-US': ['Your credit card will be charged immediately.', 'Your credit card will be charged immediately when you select Buy.'],
      'ko-KR': ['즉시 신용 카드로 청구됩니다.', '구매를 선택하면 즉시 신용 카드로 청구됩니다.'],
    };
    const [before, after] = reworded[locale ?? 'en-US'] ?? ['', ''];
    const result = await runCheck(options(parseDoc(source().replaceAll(before, after), 'changed.md')));
    const rule = result.results[0]?.rules.find((r) => r.id === 'charged-immediately');
    expect(rule).toMatchObject({ status: 'drift', line: 69 });
    expect(rule?.message).toContain(`it is now "${after}"`);
  });

  test('a label changed in one language of the page fails that language only', async ({ labels, locale }) => {
    const [mine = 'en-US', other = 'ko-KR', renamed = ''] = languagePairs[locale ?? 'en-US'] ?? [];
    const changed = source().replace(`**${labels.offers.subscribeNow}**`, `**${renamed}**`);
    const result = await runCheck({ ...options(parseDoc(changed, 'changed.md'), [SUBSCRIBE]), locales: [mine, other] });
    const [checked, untouched] = result.results;
    expect(checked?.procedures[0]?.steps.filter((s) => s.status !== 'ok').map((s) => [s.n, s.line, s.message])).toEqual([
      [1, 59, `the screen shows **${labels.offers.subscribeNow}** where the doc says **${renamed}**`],
    ]);
    expect(untouched?.procedures[0]?.steps.map((s) => s.status)).toEqual(Array(7).fill('ok'));
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../../fixtures';
import { exitCodeOf } from '../../checker/model';
import { parseDoc as parseAny, type DocPage } from '../../checker/parser';
import { pinsPathFor, readPins } from '../../checker/read/pins';
import { runCheck, writeReports, type CheckOptions } from '../../bindings/check';
import { pageOutDir } from '../../checker/cli/doc-set';
import { benefitsPatterns } from '../../bindings/benefits/patterns';
import { scaled } from '../../harness/settings/timeouts';
import { productRecords } from './product-records';
import { checkOptions } from './check-options';

// Edited copies of "Manage your Microsoft Partner Network membership benefits", each checked against the product:
// an edit that makes the page wrong is drift at its procedure, its step (as the page numbers it) and its line;
// one that only rewords informational prose adds nothing.

const pagePath = fileURLToPath(
  new URL('../../docs/pages/manage-your-partner-network-benefits.ko-kr.md', import.meta.url),
);
const source = () => readFileSync(pagePath, 'utf8');
const parse = (text: string, file: string): DocPage => parseAny(text, file, { rules: benefitsPatterns });

const SOFTWARE = 'manage-software-benefits';
const VISUAL_STUDIO = 'manage-visual-studio-subscriptions';
const GO_TO_MARKET = 'manage-go-to-market-offers';

/** Writers' edits per language: the page's words and what an edit makes of them. */
const words = {
  'en-US': {
    getKeys: ['**Get keys**', '**Reveal keys**'],
    assignUser: ['**Assign user**', '**Assign user**'],
    alternatives: ['**Add**, **Update**, or **Change**', '**Add** or **Update**'],
    refund: ['within 30 days of purchase', 'within 60 days of purchase'],
    prose: [
      'When you join the Microsoft Partner Network (MPN), you gain access to membership benefits',
      'Members of the Microsoft Partner Network (MPN) get membership benefits',
    ],
  },
  'ko-KR': {
    getKeys: ['**키 받기**', '**키 표시**'],
    assignUser: ['**사용자 할당**', '**사용자 지정**'],
    alternatives: ['**추가**, **업데이트** 또는 **변경**', '**추가** 또는 **업데이트**'],
    refund: ['구매 30일 내에', '구매 60일 내에'],
    prose: [
      'MPN(Microsoft 파트너 네트워크)에 가입하면 비즈니스를 구축하고 성장시키는 데 도움이 되는 멤버십 혜택에',
      'MPN(Microsoft 파트너 네트워크) 회원은 비즈니스 성장을 돕는 멤버십 혜택에',
    ],
  },
} as const;
type Locale = keyof typeof words;
const wordsFor = (locale: string | undefined) => words[(locale ?? 'en-US') as Locale];

/** The source with the first occurrence of `before` replaced. */
function replaceFirst(text: string, before: string, after: string): string {
  if (!text.includes(before)) throw new Error(`"${before}" is not in the page`);
  return text.replace(before, after);
}

/** The line of the edited source that holds `needle`, read from the text itself, not the parser. */
function lineOf(text: string, needle: string): number {
  const at = text.split('\n').findIndex((l) => l.includes(needle));
  if (at < 0) throw new Error(`"${needle}" is not in the page`);
  return at + 1;
}

/** Software without its sub-step b (the language): the line dropped, the letters after it moved up. */
function withoutLanguageStep(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('data-ttu-id="25e06-134">b.'));
  if (at < 0) throw new Error('the software procedure has no sub-step b');
  lines.splice(at, 2);
  return lines
    .join('\n')
    .replace(/(id="25e06-136">)c\./g, '$1b.')
    .replace(/(id="25e06-138">)d\./g, '$1c.');
}

test.describe.configure({ timeout: scaled(120_000), mode: 'default' });

test.describe('The documentation check on edited copies of the Benefits page', { tag: '@product-record' }, () => {
  let options: (doc: DocPage, only?: string[]) => CheckOptions;

  test.beforeEach(({ browser, baseURL, locale }) => {
    options = (doc, only) =>
      checkOptions(
        { browser, baseURL, locale },
        { doc, only, pins: readPins(pinsPathFor(pagePath)), records: productRecords },
      );
  });

  /** Every result that is not ok, with the procedure, the step as the page numbers it, and the line. */
  const notOk = (result: Awaited<ReturnType<typeof runCheck>>) =>
    result.results.flatMap((r) => [
      ...r.procedures.flatMap((p) =>
        p.steps
          .filter((s) => s.status !== 'ok')
          .map((s) => `${p.id} step ${s.shown ?? '(lost)'} (line ${s.line}): ${s.message}`),
      ),
      ...r.rules.filter((x) => x.status !== 'ok').map((x) => `rule ${x.id} (line ${x.line}): ${x.message}`),
      ...r.sentences.filter((x) => x.status !== 'ok').map((x) => `sentence (line ${x.line}): ${x.message}`),
    ]);

  /** What an edited copy reports that the vendored page does not. */
  async function added(edited: string, only?: string[]): Promise<{ problems: string[]; exit: number }> {
    const vendored = parse(source(), 'vendored.md');
    const base = new Set(notOk(await runCheck(options(vendored, only))));
    const doc = parse(edited, 'edited.md');
    const result = await runCheck(options(doc, only));
    return { problems: notOk(result).filter((p) => !base.has(p)), exit: exitCodeOf(result) };
  }

  test('the vendored page: every step of its five procedures, its rules and its sentences in sync', async ({
    locale,
  }) => {
    const doc = parse(source(), pagePath);
    // Beside the first page's results, in the page's own folder: npm test writes the README's coverage line of each.
    const outDir = pageOutDir(`reports/docs-check/${locale ?? 'en-US'}`, pagePath);
    const result = await runCheck({ ...options(doc), outDir });
    writeReports(result, outDir, doc);
    await test.info().attach('docs-drift.md', { path: `${outDir}/docs-drift.md`, contentType: 'text/markdown' });
    expect(notOk(result)).toEqual([]);
    // Each procedure's steps as the page renders them, read off the page by eye: a list restarted after a note
    // numbers two steps 3; an introduction to lettered sub-steps is no step of its own.
    expect(
      Object.fromEntries((result.results[0]?.procedures ?? []).map((p) => [p.id, p.steps.map((st) => st.shown)])),
    ).toEqual({
      [SOFTWARE]: ['1', '2', '3a', '3b', '3c', '3d'],
      'manage-cloud-services-benefits': ['1', '2', '3'],
      [VISUAL_STUDIO]: ['1', '2', '3', '3'],
      'manage-technical-benefits': ['1', '2', '3a', '3b', '3c', '4'],
      [GO_TO_MARKET]: ['1', '2', '3', '3a', '3b', '3c', '4', '5'],
    });
    expect(result.summary.rules.ok).toBeGreaterThan(0);
    expect(result.summary.sentences.ok).toBeGreaterThan(0);
    expect(exitCodeOf(result)).toBe(0);
  });

  test('Get keys renamed in the page is drift at software step 3a, naming what the screen shows', async ({
    locale,
    labels,
  }) => {
    const [before, after] = wordsFor(locale).getKeys;
    const edited = replaceFirst(source(), before, after);
    const { problems, exit } = await added(edited, [SOFTWARE]);
    // Step 3a starts with the introduction it took over from step 3 ("For each software product …:").
    expect(problems).toEqual([
      `${SOFTWARE} step 3a (line ${lineOf(edited, 'For each software product')}): the screen shows **${labels.benefits.getKeys}** where the doc says ${after}`,
    ]);
    expect(lineOf(edited, after)).toBeGreaterThan(lineOf(edited, 'For each software product'));
    expect(exit).toBe(1);
  });

  test('a sub-step dropped from the page is the step the product still requires, and the others still match', async () => {
    const { problems } = await added(withoutLanguageStep(source()), [SOFTWARE]);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${SOFTWARE} step \\(lost\\) \\(line null\\): the page no longer documents this step, which the product ` +
            `still requires: \\*\\*.+\\*\\* \\(software\\.choose-language\\)$`,
        ),
      ),
    ]);
  });

  test('Assign user renamed in Korean only is drift at Visual Studio step 3 in Korean, and nothing in English', async ({
    locale,
    labels,
  }) => {
    const [before, after] = words['ko-KR'].assignUser;
    const edited = replaceFirst(source(), before, after);
    const { problems } = await added(edited, [VISUAL_STUDIO]);
    expect(problems).toEqual(
      locale === 'ko-KR'
        ? [
            `${VISUAL_STUDIO} step 3 (line ${lineOf(edited, after)}): the screen shows **${labels.benefits.assignUser}** where the doc says ${after}`,
          ]
        : [],
    );
  });

  test('an alternative removed from Add, Update or Change is drift at Go-To-Market step 3', async ({
    locale,
    labels,
  }) => {
    const [before, after] = wordsFor(locale).alternatives;
    const edited = replaceFirst(source(), before, after);
    const { problems } = await added(edited, [GO_TO_MARKET]);
    const kept = `**${labels.benefits.add}** or **${labels.benefits.update}**`;
    const change = `**${labels.benefits.change}**`;
    expect(problems).toEqual([
      `${GO_TO_MARKET} step 3 (line ${lineOf(edited, after)}): the product also offers ${change} here, which the page leaves out of ${kept}`,
    ]);
  });

  test('the refund window changed to 60 days is drift against the product at its line', async ({ locale }) => {
    const [before, after] = wordsFor(locale).refund;
    const edited = replaceFirst(source(), before, after);
    const { problems, exit } = await added(edited);
    const line = lineOf(edited, after);
    expect(problems).toContain(
      `rule refund-window (line ${line}): the product grants a refund up to day 30 after purchase; the page says within 60 days`,
    );
    expect(problems.every((p) => p.includes(`(line ${line})`))).toBe(true);
    expect(exit).toBe(1);
  });

  test('reworded informational prose adds nothing', async ({ locale }) => {
    const [before, after] = wordsFor(locale).prose;
    const edited = replaceFirst(source(), before, after);
    expect(edited).not.toBe(source());
    expect((await added(edited)).problems).toEqual([]);
  });
});

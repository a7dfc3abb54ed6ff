import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '../../fixtures';
import { editInSpan } from '../../checker/patch/doc-edits';
import { documentedPagePath, runCheck, writeReports, type CheckOptions } from '../../bindings/check';
import { productRecords } from './product-records';
import { parseDocFile } from '../../bindings/action-pack/parse';
import { scaled } from '../../harness/settings/timeouts';
import { checkOptions } from './check-options';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const TERMS = 'https://go.microsoft.com/fwlink/?linkid=842232';
const ELSEWHERE = 'https://go.microsoft.com/fwlink/?linkid=999999';
const BOTH = ['en-US', 'ko-KR'];
const read = (file: string) => readFileSync(file, 'utf8');

/**
 * A writer's edits of Subscribe in one language of the bilingual page: Buy renamed (step 6), the menu path
 * under another parent (step 1), the terms link sent elsewhere (step 2). The Korean keeps its particle as a
 * writer would write it for the new word (구입 takes 을).
 */
const edits: Record<string, (source: string) => string> = {
  'en-US': (s) =>
    [
      (t: string) => editInSpan(t, 'stu', '9e520-138', '**Buy**', '**Purchase**'),
      (t: string) => editInSpan(t, 'stu', '9e520-131', '**Partnership > Offers**', '**Service requests > Offers**'),
      (t: string) => editInSpan(t, 'stu', '9e520-134', TERMS, ELSEWHERE),
    ].reduce((t, edit) => edit(t), s),
  'ko-KR': (s) =>
    [
      (t: string) => editInSpan(t, 'ttu', '9e520-138', '**구매** 를', '**구입** 을'),
      (t: string) => editInSpan(t, 'ttu', '9e520-131', '**파트너 관계 > 제품**', '**서비스 요청 > 제품**'),
      (t: string) => editInSpan(t, 'ttu', '9e520-134', TERMS, ELSEWHERE),
    ].reduce((t, edit) => edit(t), s),
};
const editIn = (locale: string | undefined) => edits[locale ?? 'en-US'] ?? ((s: string) => s);

/**
 * The project's language's page in one language only: the English page, or the Korean translated-only one. The
 * renamed label is a place (the Available offers heading) in a step with other labels: on a page without
 * English a step is recognised by its labels, so one whose only label changed would read as another step.
 */
const singleLanguage: Record<string, { file: string; edit: (s: string) => string }> = {
  'en-US': {
    file: 'specs/inputs/upgrade-membership.en-us.md',
    edit: (s) =>
      s
        .replace('**Available offers**', '**Offers you can buy**')
        .replace('**Partnership > Offers**', '**Service requests > Offers**')
        .replace(TERMS, ELSEWHERE),
  },
  'ko-KR': {
    file: 'specs/inputs/upgrade-membership.ko-kr.translated.md',
    edit: (s) =>
      s
        .replace('**사용 가능한 제품**', '**구매 가능한 제품**')
        .replace('**파트너 관계 > 제품**', '**서비스 요청 > 제품**')
        .replace(TERMS, ELSEWHERE),
  },
};

/** A git repository in the test's output folder holding `text` at `path`, as a writer's checkout holds the page. */
function checkout(path: string, text: string): { root: string; file: string } {
  const root = test.info().outputPath('checkout');
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
  return { root, file };
}

function run(command: string, args: string[], cwd: string) {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return {
    status: done.status,
    errors: done.stderr.split('\n').filter((l) => /^(error|patch: \*\*\*|Hunk .* FAILED)/.test(l)),
  };
}

test.describe('The documentation check writes the fix as a patch', { tag: '@product-record' }, () => {
  // Each test runs the check two or three times (before the patch, and after it in both languages).
  // In one worker, in order: the first test drives the product, and the others read that worker's record of it.
  test.describe.configure({ timeout: scaled(90_000), mode: 'default' });
  let options: (file: string, locales: string[]) => CheckOptions;

  test.beforeEach(({ browser, baseURL }) => {
    options = (file, locales) =>
      checkOptions(
        { browser, baseURL },
        {
          doc: parseDocFile(file),
          only: [SUBSCRIBE],
          locales,
          pins: undefined,
          records: productRecords,
          step: (title, body) => test.step(title, body),
        },
      );
  });

  const drifted = (result: Awaited<ReturnType<typeof runCheck>>) =>
    result.results.map((r) => [
      r.locale,
      r.procedures.flatMap((p) => p.steps.filter((s) => s.status !== 'ok').map((s) => s.n)),
    ]);
  const inSync = (locales: string[]) => locales.map((l) => [l, []]);

  test("edited in the project's language only: git apply of the patch restores the page, and both languages pass", async ({
    locale,
    labels,
  }) => {
    const original = read(documentedPagePath);
    const { root, file } = checkout('docs/pages/page.ko-kr.md', editIn(locale)(original));
    const out = test.info().outputPath('report');
    const mine = [locale ?? 'en-US'];

    const before = await runCheck(options(file, mine));
    expect(drifted(before)).toEqual([[mine[0], [1, 2, 6]]]);
    // The renamed button's screen is the one before the product's button was pressed, that button outlined.
    expect(before.results[0]?.procedures[0]?.steps.find((s) => s.n === 6)).toMatchObject({
      outlined: labels.wizard.buy,
      screenshot: expect.stringMatching(/\/6-[a-z]{2}-[A-Z]{2}\.png$/),
    });
    const { patch } = writeReports(before, out, parseDocFile(file));
    expect(patch?.edits.map((e) => e.fixes.map((f) => `${f.locale} ${f.kind}`))).toEqual([
      [`${mine[0]} path`],
      [`${mine[0]} link-target`],
      [`${mine[0]} label`],
    ]);
    // One suggestion per changed line, each under its file:line.
    const markdown = read(join(out, 'docs-drift.md'));
    expect(markdown.match(/^```suggestion$/gm)).toHaveLength(3);
    for (const e of patch?.edits ?? []) expect(markdown).toContain(`**docs/pages/page.ko-kr.md:${e.line}**`);
    // The command it gives names the patch where it was written, as typed from where the check ran.
    expect(resolve(/`git apply ([^`]+)`/.exec(markdown)?.[1] ?? '')).toBe(join(out, 'docs-drift.patch'));

    expect(run('git', ['apply', join(out, 'docs-drift.patch')], root)).toEqual({ status: 0, errors: [] });
    expect(read(file)).toBe(original);
    expect(drifted(await runCheck(options(file, BOTH)))).toEqual(inSync(BOTH));
  });

  test("edited in both languages and checked in the project's only: the other language takes the product catalog's words", async ({
    locale,
  }) => {
    const original = read(documentedPagePath);
    const { root, file } = checkout('docs/pages/page.ko-kr.md', editIn('ko-KR')(editIn('en-US')(original)));
    const out = test.info().outputPath('report');
    const mine = locale ?? 'en-US';
    const other = BOTH.find((l) => l !== mine) ?? '';

    const before = await runCheck(options(file, [mine]));
    const { patch } = writeReports(before, out, parseDocFile(file));
    const carried = (patch?.edits ?? []).flatMap((e) => e.fixes).filter((f) => f.locale === other);
    expect(carried.map((f) => [f.kind, f.from])).toEqual([
      ['path', mine],
      ['link-target', mine],
      ['label', mine],
    ]);

    expect(run('git', ['apply', join(out, 'docs-drift.patch')], root)).toEqual({ status: 0, errors: [] });
    expect(read(file)).toBe(original);
    expect(drifted(await runCheck(options(file, BOTH)))).toEqual(inSync(BOTH));
  });

  test("a page in the project's language alone (English, or translated-only Korean) is patched with patch -p1", async ({
    locale,
  }) => {
    const { file: fixture, edit } = singleLanguage[locale ?? 'en-US'] ?? { file: '', edit: (s: string) => s };
    const original = read(fixture);
    const { root, file } = checkout('docs/page.md', edit(original));
    const out = test.info().outputPath('report');
    const mine = [locale ?? 'en-US'];

    const before = await runCheck(options(file, mine));
    expect(drifted(before)).toEqual([[mine[0], [1, 2]]]);
    const { patch } = writeReports(before, out, parseDocFile(file));
    expect(patch?.edits.flatMap((e) => e.fixes.map((f) => f.kind))).toEqual(['path', 'label', 'link-target']);

    expect(run('patch', ['-p1', '-i', join(out, 'docs-drift.patch')], root)).toEqual({ status: 0, errors: [] });
    expect(read(file)).toBe(original);
    expect(drifted(await runCheck(options(file, mine)))).toEqual(inSync(mine));
  });
});

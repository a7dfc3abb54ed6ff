import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { editInSpan } from '../../checker/patch/doc-edits';
import type { CheckResult, Fix, Status } from '../../checker/model';
import { catalogTranslator } from '../../checker/patch/fixes';
import { pagePatch, type PagePatch } from '../../checker/patch/patch';
import { documentedPagePath } from '../../bindings/documented-page';
import type { DocPage } from '../../checker/parser';
import { parseDoc } from '../../bindings/action-pack/parse';
import { catalogFor } from '../../pages';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const TERMS = 'https://go.microsoft.com/fwlink/?linkid=842232';
const ELSEWHERE = 'https://go.microsoft.com/fwlink/?linkid=999999';
const translate = catalogTranslator({ 'en-US': catalogFor('en-US'), 'ko-KR': catalogFor('ko-KR') });
const read = (file: string) => readFileSync(file, 'utf8');

const inSpan = editInSpan;

/** The writer's edits of Subscribe: a renamed Buy (step 6), a menu path under another parent (1), a link elsewhere (2). */
const english = (s: string) =>
  inSpan(
    inSpan(
      inSpan(s, 'stu', '9e520-138', '**Buy**', '**Purchase**'),
      'stu',
      '9e520-131',
      '**Partnership > Offers**',
      '**Service requests > Offers**',
    ),
    'stu',
    '9e520-134',
    TERMS,
    ELSEWHERE,
  );
const korean = (s: string) =>
  inSpan(
    inSpan(
      inSpan(s, 'ttu', '9e520-138', '**구매** 를', '**구입** 을'),
      'ttu',
      '9e520-131',
      '**파트너 관계 > 제품**',
      '**서비스 요청 > 제품**',
    ),
    'ttu',
    '9e520-134',
    TERMS,
    ELSEWHERE,
  );

/** What the check reports for the edited Subscribe in one language: where it names a label, path or link, the product's own. */
function fixesIn(doc: DocPage, locale: string): Fix[] {
  const product = catalogFor(locale);
  const wanted: [Fix['kind'], string, string][] = [
    ['label', locale === 'en-US' ? 'Purchase' : '구입', product.wizard.buy],
    [
      'path',
      `${locale === 'en-US' ? 'Service requests' : '서비스 요청'} > ${product.nav.offers}`,
      `${product.nav.partnership} > ${product.nav.offers}`,
    ],
    ['link-target', ELSEWHERE, TERMS],
  ];
  return wanted.flatMap(([kind, documented, productText]) => {
    const at = doc.statements.find(
      (s) =>
        s.procedure === SUBSCRIBE &&
        (kind === 'link-target'
          ? (s.anchors?.[locale] ?? []).some((a) => a.href === documented)
          : (s.labels[locale] ?? []).some((l) => l.text === documented)),
    );
    return at ? [{ kind, locale, documented, product: productText, line: at.line }] : [];
  });
}

/** A check's result for Subscribe in `checked` languages, each step drifted where it has fixes. */
function resultOf(doc: DocPage, checked: readonly string[]): CheckResult {
  const procedure = doc.procedures.find((p) => p.id === SUBSCRIBE);
  const results = checked.map((locale) => {
    const fixes = fixesIn(doc, locale);
    const steps = (procedure?.steps ?? []).map((s) => {
      const mine = fixes.filter((f) =>
        doc.statements.some((x) => x.line === f.line && x.step === s.n && x.procedure === SUBSCRIBE),
      );
      const status: Status = mine.length ? 'drift' : 'ok';
      return {
        n: s.n,
        line: s.line,
        status,
        expected: [],
        actual: [],
        message: '',
        ...(mine.length && { fixes: mine }),
      };
    });
    return {
      locale,
      procedures: [{ id: SUBSCRIBE, title: '', line: procedure?.line ?? 0, steps }],
      rules: [],
      sentences: [],
      warnings: [],
    };
  });
  return {
    doc: doc.file,
    results,
    summary: {
      steps: 0,
      ok: 0,
      drift: 0,
      unverified: 0,
      rules: { ok: 0, drift: 0, unverified: 0 },
      sentences: { ok: 0, drift: 0, unverified: 0 },
    },
  };
}

/** `git apply` of the patch in a fresh repository holding the edited page; the page as it is afterwards. */
function gitApply(patch: PagePatch, edited: string): string {
  const root = mkdtempSync(join(tmpdir(), 'docs-patch-'));
  const file = join(root, patch.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, edited);
  expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
  writeFileSync(join(root, 'fix.patch'), patch.diff);
  const applied = spawnSync('git', ['apply', 'fix.patch'], { cwd: root, encoding: 'utf8' });
  expect(applied.stderr.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
  expect(applied.status).toBe(0);
  return read(file);
}

test.describe('the page brought in line with the product, as a patch', () => {
  const original = read(documentedPagePath);
  const path = 'docs/pages/page.ko-kr.md';

  test('edited in English only and checked in both languages: the English source changes, the Korean stays', () => {
    const edited = english(original);
    const doc = parseDoc(edited, 'page.ko-kr.md');
    const patch = pagePatch(edited, doc, resultOf(doc, ['en-US', 'ko-KR']), translate, path);
    expect(patch.edits.map((e) => e.fixes.map((f) => `${f.locale} ${f.kind}`))).toEqual([
      ['en-US path'],
      ['en-US link-target'],
      ['en-US label'],
    ]);
    expect(patch.unplaced).toEqual([]);
    expect(gitApply(patch, edited)).toBe(original);
  });

  test('edited in both and checked in both: each language is changed by its own check', () => {
    const edited = korean(english(original));
    const doc = parseDoc(edited, 'page.ko-kr.md');
    const patch = pagePatch(edited, doc, resultOf(doc, ['ko-KR', 'en-US']), translate, path);
    expect(patch.edits.flatMap((e) => e.fixes).filter((f) => f.from !== undefined)).toEqual([]);
    expect(gitApply(patch, edited)).toBe(original);
  });

  test("edited in both and checked in English only: the Korean takes the product catalog's words, particles included", () => {
    const edited = korean(english(original));
    const doc = parseDoc(edited, 'page.ko-kr.md');
    const patch = pagePatch(edited, doc, resultOf(doc, ['en-US']), translate, path);
    const koreanFixes = patch.edits.flatMap((e) => e.fixes).filter((f) => f.locale === 'ko-KR');
    expect(koreanFixes.map((f) => [f.kind, f.documented, f.product, f.from])).toEqual([
      ['path', '서비스 요청 > 제품', '파트너 관계 > 제품', 'en-US'],
      ['link-target', ELSEWHERE, TERMS, 'en-US'],
      ['label', '구입', '구매', 'en-US'],
    ]);
    // 구입 ends in a consonant (을), 구매 in a vowel (를): the patch restores the page's own "**구매** 를".
    expect(gitApply(patch, edited)).toBe(original);
  });

  test("edited in both and checked in Korean only: the English takes the product catalog's words", () => {
    const edited = korean(english(original));
    const doc = parseDoc(edited, 'page.ko-kr.md');
    const patch = pagePatch(edited, doc, resultOf(doc, ['ko-KR']), translate, path);
    // 제품 is both Offers (the menu) and Offer (the order's line): the English sentence's own Offers decides.
    expect(translate('제품', 'ko-KR', 'en-US').sort()).toEqual(['Offer', 'Offers']);
    expect(
      patch.edits
        .flatMap((e) => e.fixes)
        .filter((f) => f.locale === 'en-US')
        .map((f) => f.product),
    ).toEqual(['Partnership > Offers', TERMS, 'Buy']);
    expect(gitApply(patch, edited)).toBe(original);
  });

  test('a translated-only page and an English page are patched in their one language', () => {
    for (const [file, locale, edit] of [
      [
        'specs/inputs/upgrade-membership.ko-kr.translated.md',
        'ko-KR',
        (s: string) =>
          s
            .replace('**구매** 를', '**구입** 을')
            .replace('**파트너 관계 > 제품**', '**서비스 요청 > 제품**')
            .replace(TERMS, ELSEWHERE),
      ],
      [
        'specs/inputs/upgrade-membership.en-us.md',
        'en-US',
        (s: string) =>
          s
            .replace('**Buy**', '**Purchase**')
            .replace('**Partnership > Offers**', '**Service requests > Offers**')
            .replace(TERMS, ELSEWHERE),
      ],
    ] as const) {
      const source = read(file);
      const edited = edit(source);
      expect(edited).not.toBe(source);
      const doc = parseDoc(edited, file);
      const patch = pagePatch(edited, doc, resultOf(doc, [locale]), translate, file);
      expect(patch.edits, file).toHaveLength(3);
      expect(gitApply(patch, edited), file).toBe(source);
    }
  });

  test("the one-sentence-per-line bilingual form is patched within each sentence's span", () => {
    const file = 'specs/inputs/upgrade-membership.ko-kr.reformatted.md';
    const source = read(file);
    const edited = source.replace('select **Partnership > Offers**', 'select **Service requests > Offers**');
    expect(edited).not.toBe(source);
    const doc = parseDoc(edited, file);
    const patch = pagePatch(edited, doc, resultOf(doc, ['en-US']), translate, file);
    expect(patch.edits.map((e) => e.line)).toEqual([
      edited.split('\n').findIndex((l) => l.includes('Service requests > Offers')) + 1,
    ]);
    expect(gitApply(patch, edited)).toBe(source);
  });

  test("drift without the product's text (rules, sentences, a guess) changes nothing, and no patch is written", () => {
    const doc = parseDoc(original, 'page.ko-kr.md');
    const result = resultOf(doc, ['en-US']);
    for (const r of result.results) {
      r.procedures[0]?.steps.forEach((s) => Object.assign(s, { status: 'drift', fixes: undefined }));
      r.rules.push({ id: 'charged-immediately', status: 'drift', line: 64, message: 'charged later' });
      r.sentences.push({
        line: 64,
        status: 'drift',
        sentence: 'Your credit card will be charged later.',
        message: 'changed',
      });
    }
    expect(pagePatch(original, doc, result, translate, path)).toMatchObject({ edits: [], unplaced: [], diff: '' });
  });

  test('a label the catalog translates two ways, neither of which the sentence uses, is left for the writer, saying why', () => {
    // Open is both the service requests filter (열기) and a request's state (열림); this copy says neither.
    const edited = inSpan(
      inSpan(original, 'stu', '9e520-173', '**Open**', '**Opened**'),
      'ttu',
      '9e520-173',
      '**열기**',
      '**열린 항목**',
    );
    const doc = parseDoc(edited, 'page.ko-kr.md');
    const line = doc.statements.find((s) => (s.labels['en-US'] ?? []).some((l) => l.text === 'Opened'))?.line ?? 0;
    const cancel = doc.procedures.find((p) => p.id === 'cancel-your-action-pack-subscription');
    const result = resultOf(doc, ['en-US']);
    result.results[0]?.procedures.push({
      id: cancel?.id ?? '',
      title: '',
      line: cancel?.line ?? 0,
      steps: [
        {
          n: 4,
          line: cancel?.steps[3]?.line ?? 0,
          status: 'drift',
          expected: [],
          actual: [],
          message: '',
          fixes: [{ kind: 'label', locale: 'en-US', documented: 'Opened', product: 'Open', line }],
        },
      ],
    });
    const patch = pagePatch(edited, doc, result, translate, path);
    expect(
      patch.edits
        .flatMap((e) => e.fixes)
        .filter((f) => f.documented === 'Opened')
        .map((f) => f.locale),
    ).toEqual(['en-US']);
    expect(patch.unplaced.map((u) => [u.fix.locale, u.fix.documented, u.why])).toEqual([
      ['ko-KR', 'Opened', "the product's catalog has 2 ko-KR texts for **Open**: **열기**, **열림**"],
    ]);
  });
});

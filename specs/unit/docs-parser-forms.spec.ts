import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseDoc, parseDocFile } from '../../bindings/action-pack/parse';
import { VENDORED, fixture, shape, sourceLines, vendoredPage as vendored } from './docs-parser-helpers';

const KO = 'ko-KR';
const EN = 'en-US';

test.describe('the same article in other forms', () => {
  test('plain English markdown gives the English side of the bilingual page', () => {
    const en = parseDocFile(fixture('upgrade-membership.en-us.md'));
    expect(en.form).toBe('english');
    expect(en.locale).toBe(EN);
    expect(en.locales).toEqual([EN]);
    expect(shape(en, EN)).toEqual(shape(vendored(), EN));
  });

  test("plain English: sentence splitting matches the translator's sentence spans", () => {
    const en = parseDocFile(fixture('upgrade-membership.en-us.md'));
    const bi = vendored();
    const counts = (p: (typeof en.procedures)[number]) => [
      p.id,
      ...p.steps.map((s) => s.sentences.length),
      p.paragraphs.length,
    ];
    expect(en.procedures.map(counts)).toEqual(bi.procedures.map(counts));
    const lines = sourceLines(fixture('upgrade-membership.en-us.md'));
    const first = en.procedures[0]?.steps[0]?.sentences ?? [];
    expect(first.map((s) => s.id)).toEqual([undefined, undefined, undefined]);
    for (const s of first) expect(lines[s.line - 1]?.replaceAll('**', '')).toContain(s.text[EN] ?? '');
  });

  test('translated-only Korean with ttu wrappers gives the Korean side', () => {
    const ko = parseDocFile(fixture('upgrade-membership.ko-kr.translated.md'));
    expect(ko.form).toBe('translated');
    expect(ko.locales).toEqual([KO]);
    expect(shape(ko, KO)).toEqual(shape(vendored(), KO));
    expect(ko.procedures[2]?.steps[1]?.sentences[0]?.id).toBe('9e520-154');
  });

  test('translated-only Korean without any spans gives the Korean side too', () => {
    const bare = parseDocFile(fixture('upgrade-membership.ko-kr.bare.md'));
    expect(bare.form).toBe('translated');
    expect(bare.locale).toBe(KO); // front matter says ko-kr
    expect(shape(bare, KO)).toEqual(shape(vendored(), KO));
  });

  test('the Korean keyword table finds the same rules, lines and figures as the English patterns', () => {
    const bi = vendored();
    const bare = parseDocFile(fixture('upgrade-membership.ko-kr.bare.md'));
    // The bare copy lost one front-matter line, nothing else moved.
    expect(bare.rules.map((r) => [r.id, r.line + 1, r.procedure, r.figures])).toEqual(
      bi.rules.map((r) => [r.id, r.line, r.procedure, r.figures]),
    );
    expect(bare.repeats.map((r) => [r.id, r.line + 1])).toEqual(bi.repeats.map((r) => [r.id, r.line]));
  });

  test('a reformatted copy yields the same steps, labels and rules', () => {
    const file = fixture('upgrade-membership.ko-kr.reformatted.md');
    const re = parseDocFile(file);
    const bi = vendored();
    expect(re.form).toBe('bilingual');
    expect(re.locales).toEqual([KO, EN]);
    expect(re.frontMatter['keywords']).toEqual(['partner', 'action pack']);
    for (const loc of [KO, EN]) expect(shape(re, loc)).toEqual(shape(bi, loc));
    // Lines moved and ids changed; both must still point at the reformatted source.
    const lines = sourceLines(file);
    const sentences = re.procedures.flatMap((p) => p.steps.flatMap((s) => s.sentences));
    for (const s of sentences) {
      expect(s.id).toMatch(/^4f1d2-\d+$/);
      expect(lines[s.line - 1]).toContain(`data-ttu-id="${s.id}"`);
    }
    for (const p of re.procedures)
      for (const s of p.steps) expect(lines[s.line - 1]).toMatch(new RegExp(`^${s.n}\\) `));
    expect(re.rules.find((r) => r.id === 'auto-renew-off-anytime')?.line).toBe(106);
  });

  test('CRLF line endings and a byte-order mark change nothing, not even line numbers', () => {
    const text = `\uFEFF${readFileSync(VENDORED, 'utf8').replace(/\n/g, '\r\n')}`;
    const crlf = parseDoc(text, 'crlf.md');
    const bi = vendored();
    for (const loc of [KO, EN]) expect(shape(crlf, loc)).toEqual(shape(bi, loc));
    const lines = (p: typeof bi) =>
      p.procedures.flatMap((x) => x.steps.flatMap((s) => [s.line, ...s.sentences.map((y) => y.line)]));
    expect(lines(crlf)).toEqual(lines(bi));
    expect(crlf.rules.map((r) => r.line)).toEqual(bi.rules.map((r) => r.line));
  });

  test('plain markdown headings without <a name> anchors get the same ids from their text', () => {
    const text = readFileSync(fixture('upgrade-membership.en-us.md'), 'utf8').replace(/<a name="[^"]+"><\/a>/g, '');
    const page = parseDoc(text, 'no-anchors.md');
    expect(page.sections.map((s) => s.id)).toEqual(vendored().sections.map((s) => s.id));
  });

  test('a translated page in a language without a keyword table still parses, with no rules', () => {
    const text = readFileSync(fixture('upgrade-membership.ko-kr.translated.md'), 'utf8').replace(
      'ms.contentlocale: ko-KR',
      'ms.contentlocale: ja-jp',
    );
    const page = parseDoc(text, 'ja.md');
    expect(page.locale).toBe('ja-JP');
    expect(page.procedures.map((p) => p.steps.length)).toEqual([7, 3, 9, 4]);
    expect(page.procedures[0]?.steps[0]?.text['ja-JP']).toContain('파트너 센터');
    expect(page.rules).toEqual([]);
  });

  test('the small bilingual sample, checked by hand', () => {
    const page = parseDocFile(fixture('bilingual-sample.ko-kr.md'));
    expect(page.procedures).toHaveLength(1);
    const [p] = page.procedures;
    expect(p?.id).toBe('renew-a-sample');
    expect(p?.steps.map((s) => [s.n, s.line])).toEqual([
      [1, 9],
      [2, 11],
      [3, 13],
    ]);
    expect(p?.steps[1]?.labels[KO]?.map((l) => l.text)).toEqual(['작업', '구독 갱신']);
    expect(p?.steps[1]?.labels[EN]?.map((l) => l.text)).toEqual(['Renew subscriptions', 'Actions']);
    expect(p?.steps[2]?.labels[KO]?.[0]?.gloss).toBe('시작하세요. 결제 방법을 추가하세요.');
    expect(p?.steps[2]?.sentences.map((s) => s.id)).toEqual(['aa111-105', 'aa111-106']);
    expect(p?.notes.map((n) => [n.line, n.text[EN]])).toEqual([
      [15, "We'll remind you to renew before your subscription expires."],
    ]);
    expect(p?.paragraphs.map((s) => [s.line, s.text[KO]])).toEqual([
      [18, '매년 이 날짜에 구독이 자동으로 갱신됩니다.'],
    ]);
    expect(page.rules.map((r) => [r.id, r.line])).toEqual([
      ['charged-immediately', 13],
      ['renewal-reminder', 16],
      ['renews-yearly-on-purchase-date', 18],
    ]);
  });
});

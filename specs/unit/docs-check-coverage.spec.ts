import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { badgesIn, coverageOf, ReadmeError, withBadge } from '../../checker/coverage/coverage';
import type { SpecIndex } from '../../checker/coverage/spec-index';
import { actionPackRuleReader } from '../../bindings/action-pack/parse';
import { documentedPage } from '../../bindings/documented-page';
import { pinnedStatements } from '../../checker/read/pins';
import { actionPackFlows } from '../../flows/action-pack';
import { inSync } from './in-sync-result';

// Every flow step driven by one test: which tests drive which step is the compiler's part (specs/cli/coverage-spec-index.spec.ts).
const driven = (): SpecIndex =>
  new Map(
    actionPackFlows.flatMap((f) =>
      f.steps.map((s) => [s.id, [{ file: 'specs/e2e/x.spec.ts', line: 1, test: 'drives it' }]]),
    ),
  );

// The README's coverage line: `page.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)`.
const BADGE = new RegExp(
  [
    String.raw`^(?<page>\S+): steps (?<steps>\d+)/(?<stepsOf>\d+) verified`,
    String.raw`rules (?<rules>\d+)/(?<rulesOf>\d+)`,
    String.raw`sentences (?<sentences>\d+)/(?<sentencesOf>\d+) \((?<locales>[^)]+)\)$`,
  ].join(' · '),
);

test.describe('coverage of the documented page', () => {
  test("the README's line counts what the page documents, in the page's languages", () => {
    const doc = documentedPage();
    // The verified figures come from the last check (npm test rewrites the line); what is documented is the page's.
    const line = badgesIn(readFileSync('README.md', 'utf8')).find((b) => b.startsWith(`${basename(doc.file)}:`));
    const m = BADGE.exec(line ?? '');
    expect(m?.groups, `README.md has the page's coverage line: ${line ?? 'none'}`).toBeDefined();
    const g = m?.groups ?? {};
    expect([g['stepsOf'], g['rulesOf'], g['sentencesOf'], g['locales']].map(String)).toEqual([
      String(doc.procedures.reduce((n, p) => n + p.steps.length, 0)),
      String(doc.rules.length + doc.repeats.length),
      String(pinnedStatements(doc, doc.locale, actionPackRuleReader).length),
      doc.locales.join(', '),
    ]);
    for (const [n, of] of [
      ['steps', 'stepsOf'],
      ['rules', 'rulesOf'],
      ['sentences', 'sentencesOf'],
    ])
      expect(Number(g[n ?? ''])).toBeLessThanOrEqual(Number(g[of ?? '']));
  });

  test('a step that drifted in one language is not verified, and is named as uncovered with why', () => {
    const doc = documentedPage();
    const result = inSync();
    const step = result.results.find((r) => r.locale === 'en-US')?.procedures[0]?.steps[5];
    Object.assign(step ?? {}, { status: 'drift', message: 'the screen shows **Buy** where the doc says **Purchase**' });
    const coverage = coverageOf(result, doc, actionPackFlows, driven());
    expect(coverage.summary.steps).toEqual({ verified: 22, total: 23 });
    expect(coverage.uncovered).toContainEqual({
      what: 'subscribe-to-microsoft-action-pack step 6',
      line: step?.line,
      why: 'drift in en-US: the screen shows **Buy** where the doc says **Purchase**',
    });
  });

  test('a run in one language covers that language only, and one of some procedures is partial', () => {
    const doc = documentedPage();
    const korean = coverageOf(inSync(['ko-KR']), doc, actionPackFlows, driven());
    expect(korean.badge).toMatch(/\(ko-KR\)$/);
    const some = inSync(['en-US']);
    for (const r of some.results) Object.assign(r, { rules: [], sentences: [] });
    expect(coverageOf(some, doc, actionPackFlows, driven()).partial).toBe(true);
  });
});

test.describe("the README's coverage block", () => {
  const readme = (lines: string[]) =>
    [
      '# Title',
      '<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->',
      ...lines,
      '<!-- /docs-coverage -->',
      'after',
    ].join('\n');

  test("replaces the page's line and keeps other pages' lines", () => {
    const before = readme([
      '- a.md: steps 1/2 verified · rules 0/0 · sentences 1/1 (en-US)',
      '- b.md: steps 3/3 verified · rules 1/1 · sentences 2/2 (en-US)',
    ]);
    const after = withBadge(before, 'a.md: steps 2/2 verified · rules 0/0 · sentences 1/1 (en-US)');
    expect(badgesIn(after)).toEqual([
      'a.md: steps 2/2 verified · rules 0/0 · sentences 1/1 (en-US)',
      'b.md: steps 3/3 verified · rules 1/1 · sentences 2/2 (en-US)',
    ]);
    expect(after.endsWith('<!-- /docs-coverage -->\nafter')).toBe(true);
  });

  test('a README without the block is refused, saying which lines to add', () => {
    expect(() => withBadge('# Title\n', 'a.md: steps 1/1 verified · rules 0/0 · sentences 0/0 (en-US)')).toThrow(
      ReadmeError,
    );
  });
});

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from '@playwright/test';
import { badgesIn, coverageOf, ReadmeError, withBadge } from '../../checker/coverage/coverage';
import { flowMethods, indexSpecs, suiteSpecs } from '../../checker/coverage/spec-index';
import { documentedPage, pinnedStatements } from '../../bindings/check';
import { actionPackFlows, renew, subscribe, turnOff } from '../../flows/action-pack';
import { inSync } from './in-sync-result';

const specs = () => indexSpecs(suiteSpecs(), flowMethods(actionPackFlows));

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
      String(pinnedStatements(doc, doc.locale).length),
      doc.locales.join(', '),
    ]);
    for (const [n, of] of [
      ['steps', 'stepsOf'],
      ['rules', 'rulesOf'],
      ['sentences', 'sentencesOf'],
    ])
      expect(Number(g[n ?? ''])).toBeLessThanOrEqual(Number(g[of ?? '']));
  });

  test('a run in sync in both languages verifies every step, rule statement and sentence, each step with its flow step and specs', () => {
    const doc = documentedPage();
    const coverage = coverageOf(inSync(), doc, actionPackFlows, specs());
    expect(coverage.badge).toBe(
      'upgrade-your-partner-network-membership.ko-kr.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)',
    );
    expect(
      coverage.steps.find((s) => s.procedure === 'renew-your-action-pack-subscription' && s.n === 8),
    ).toMatchObject({
      stepId: 'renew.buy',
      verified: true,
      specs: expect.arrayContaining([expect.objectContaining({ file: 'specs/e2e/renew-subscription.spec.ts' })]),
    });
    // Every documented step is performed by a flow step that some spec of the suite drives.
    expect(coverage.uncovered.filter((u) => !u.what.startsWith('rule '))).toEqual([]);
  });

  test('a step that drifted in one language is not verified, and is named as uncovered with why', () => {
    const doc = documentedPage();
    const result = inSync();
    const step = result.results.find((r) => r.locale === 'en-US')?.procedures[0]?.steps[5];
    Object.assign(step ?? {}, { status: 'drift', message: 'the screen shows **Buy** where the doc says **Purchase**' });
    const coverage = coverageOf(result, doc, actionPackFlows, specs());
    expect(coverage.summary.steps).toEqual({ verified: 22, total: 23 });
    expect(coverage.uncovered).toContainEqual({
      what: 'subscribe-to-microsoft-action-pack step 6',
      line: step?.line,
      why: 'drift in en-US: the screen shows **Buy** where the doc says **Purchase**',
    });
  });

  test('a run in one language covers that language only, and one of some procedures is partial', () => {
    const doc = documentedPage();
    const korean = coverageOf(inSync(['ko-KR']), doc, actionPackFlows, specs());
    expect(korean.badge).toMatch(/\(ko-KR\)$/);
    const some = inSync(['en-US']);
    for (const r of some.results) Object.assign(r, { rules: [], sentences: [] });
    expect(coverageOf(some, doc, actionPackFlows, specs()).partial).toBe(true);
  });
});

test.describe('which specs drive a flow step, found by the compiler in the spec files', () => {
  test("a call is its flow's step by the receiver's type, whatever name it is made through, and per test", () => {
    const methods = flowMethods(actionPackFlows);
    // The order wizard's methods are shared by Subscribe and Renew, under each procedure's own ids.
    expect([
      methods.get(subscribe.anchor)?.get('buy'),
      methods.get(renew.anchor)?.get('buy'),
      methods.get(turnOff.anchor)?.get('turnOffAutomaticRenewal'),
    ]).toEqual(['subscribe.buy', 'renew.buy', 'turn-off.turn-off']);
    const source = [
      "import { test } from '../../fixtures';",
      "import type { TurnOffFlow } from '../../flows/action-pack';",
      'const turnOffNow = (flow: TurnOffFlow) => flow.turnOffAutomaticRenewal();',
      "test('renews', async ({ renew }) => {",
      '  await renew.buy();',
      '});',
      "test('turns off twice', async ({ flows }) => {",
      '  const wizard = { buy: () => Promise.resolve() };',
      '  await wizard.buy();',
      '  // subscribe.buy() in a comment is no call',
      '  await flows.turnOff.turnOffAutomaticRenewal();',
      '  await flows.turnOff.turnOffAutomaticRenewal();',
      '});',
      'test(`presses ${"Buy"} twice`, async ({ subscribe: order }) => {',
      '  await order.doubleClickBuy();',
      '});',
    ].join('\n');
    const index = indexSpecs([{ file: 'specs/e2e/x.spec.ts', text: source }], methods);
    expect([...index]).toEqual([
      [
        'turn-off.turn-off',
        [
          { file: 'specs/e2e/x.spec.ts', line: 3, test: '(outside any test)' },
          { file: 'specs/e2e/x.spec.ts', line: 7, test: 'turns off twice' },
        ],
      ],
      ['renew.buy', [{ file: 'specs/e2e/x.spec.ts', line: 4, test: 'renews' }]],
      ['subscribe.buy', [{ file: 'specs/e2e/x.spec.ts', line: 14, test: 'presses ${"Buy"} twice' }]],
    ]);
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

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { coverageOf } from '../../checker/coverage/coverage';
import { flowMethods, indexSpecs, suiteSpecs } from '../../checker/coverage/spec-index';
import { documentedPage } from '../../bindings/check';
import { actionPackFlows, renew, subscribe, turnOff } from '../../flows/action-pack';
import { inSync } from '../unit/in-sync-result';

// The compiler reads the specs and the types they build on: seconds, so these run with the command lines, not
// with the unit specs a developer reruns all day.
const specs = () => indexSpecs(suiteSpecs(), flowMethods(actionPackFlows));

test.describe('coverage of the documented page by the suite', () => {
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

test.describe('the index saved for the next process', () => {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const indexer = pathToFileURL(fileURLToPath(new URL('../../checker/coverage/spec-index.ts', import.meta.url))).href;
  /** The index of one spec of `root`, asked by a process of its own, as each run of docs:check asks. */
  function indexIn(root: string): unknown {
    const script =
      `const { indexSpecs } = await import(${JSON.stringify(indexer)});` +
      `const index = indexSpecs([{ file: 'specs/e2e/a.spec.ts', text: "test('a', () => {});" }], new Map(), ${JSON.stringify(root)});` +
      'console.log(JSON.stringify([...index]));';
    const run = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  }

  test('is read back by a later process on the same files, and compiled again once one of them changes', () => {
    const root = test.info().outputPath('project');
    mkdirSync(join(root, 'specs', 'e2e'), { recursive: true });
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    expect(indexIn(root)).toEqual([]);
    const saved = join(root, 'node_modules', '.cache', 'docs-check-spec-index');
    const files = readdirSync(saved);
    expect(files).toHaveLength(1);
    // Planted: only a process that reads the saved index back can answer with it.
    const planted = [['subscribe.buy', [{ file: 'specs/e2e/a.spec.ts', line: 1, test: 'planted' }]]];
    writeFileSync(join(saved, files[0] ?? ''), JSON.stringify(planted));
    expect(indexIn(root)).toEqual(planted);
    writeFileSync(join(root, 'specs', 'e2e', 'helper.ts'), 'export const changed = 1;');
    expect(indexIn(root)).toEqual([]);
  });
});

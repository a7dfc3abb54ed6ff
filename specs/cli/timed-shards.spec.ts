import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { playwrightCli, runCli } from './run-cli';

/**
 * A run of its own, outside this checkout: a file whose three tests run together in one worker (mode 'default', as
 * the docs check's specs are) and a file of four tests that run apart; with `together`, also two files of tests
 * that run apart but carry the tag @record, and the reporter given that tag. Returns the tests each of `total`
 * shards lists, as `project › file › title`.
 */
function shardsOf(
  total: number,
  weights: Record<string, number> | undefined,
  together?: string[],
): { lists: string[][]; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'timed-shards-'));
  const reporter = JSON.stringify(resolve('harness/reporters/timed-shards.ts'));
  const options = JSON.stringify({ file: 'weights.json', ...(together && { together }) });
  writeFileSync(
    join(dir, 'run.config.ts'),
    `export default { testDir: '.', fullyParallel: true, projects: [{ name: 'p' }], reporter: [[${reporter}, ${options}], ['list']] };\n`,
  );
  if (together)
    for (const name of ['record-a', 'record-b'])
      writeFileSync(
        join(dir, `${name}.spec.ts`),
        `import { test } from '@playwright/test';\ntest('${name}', { tag: '@record' }, () => {});\n`,
      );
  writeFileSync(
    join(dir, 'docs.spec.ts'),
    "import { test } from '@playwright/test';\ntest.describe.configure({ mode: 'default' });\nfor (const n of [1, 2, 3]) test(`docs ${n}`, () => {});\n",
  );
  writeFileSync(
    join(dir, 'short.spec.ts'),
    "import { test } from '@playwright/test';\nfor (const n of [1, 2, 3, 4]) test(`short ${n}`, () => {});\n",
  );
  if (weights) writeFileSync(join(dir, 'weights.json'), JSON.stringify({ about: '', durations: weights }));
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(k))),
    NODE_PATH: resolve('node_modules'),
  };
  let out = '';
  const lists = Array.from({ length: total }, (_, i) => {
    const args = [playwrightCli, 'test', '-c', 'run.config.ts', '--list', `--shard=${i + 1}/${total}`];
    const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env });
    out += run.stdout + run.stderr;
    return [...run.stdout.matchAll(/^ {2}\[p\] › (\S+):\d+:\d+ › (.+)$/gm)].map((m) => `p › ${m[1]} › ${m[2]}`);
  });
  return { lists, out };
}

test.describe('--shard=i/n by the durations of the last run', () => {
  const docs = ['p › docs.spec.ts › docs 1', 'p › docs.spec.ts › docs 2', 'p › docs.spec.ts › docs 3'];
  const short = [
    'p › short.spec.ts › short 1',
    'p › short.spec.ts › short 2',
    'p › short.spec.ts › short 3',
    'p › short.spec.ts › short 4',
  ];

  test('each shard gets about the same time, the tests that run together stay together, and every test runs once', () => {
    // The docs file takes as long as the four short tests together.
    const durations = Object.fromEntries([
      ...docs.map((k): [string, number] => [k, 20_000]),
      ...short.map((k): [string, number] => [k, 15_000]),
    ]);
    const { lists, out } = shardsOf(2, durations);
    expect(lists, out).toEqual([docs, short]);
    expect(out).toContain("Shard 1/2 by time (weights.json): 3 tests, 60.0 s of the last run's 120.0 s");
  });

  test('tests of one project with a tag the reporter is given share a shard, though they could run apart', () => {
    const records = ['p › record-a.spec.ts › record-a', 'p › record-b.spec.ts › record-b'];
    // Each record test alone weighs as much as the docs file: apart, one would go to each shard.
    const durations = Object.fromEntries([
      ...docs.map((k): [string, number] => [k, 20_000]),
      ...short.map((k): [string, number] => [k, 1_000]),
      ...records.map((k): [string, number] => [k, 60_000]),
    ]);
    const apart = shardsOf(2, durations);
    expect(apart.lists[0], apart.out).toEqual(docs);
    const { lists, out } = shardsOf(2, durations, ['@record']);
    expect(lists, out).toEqual([records, [...docs, ...short]]);
    expect(out).toContain("Shard 1/2 by time (weights.json): 2 tests, 120.0 s of the last run's 184.0 s");
  });

  test("without durations, Playwright's own split by count applies", () => {
    const { lists, out } = shardsOf(2, undefined);
    // Playwright counts tests: the first shard takes the docs file's three and one more.
    expect(lists, out).toEqual([[...docs, short[0]], short.slice(1)]);
    expect(out).not.toContain('by time');
  });
});

test.describe('npm run shards:weigh', () => {
  test("keeps the named runs' durations as the weights: each shard's together, a test run twice at its mean", () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-weigh-'));
    // Two shards of one run, on 2 workers: 1.5 s and 0.5 s of wall time, 1 s of it beyond the tests' durations.
    const runs = {
      'shards/1': { wallMs: 1000, workers: 2, durations: { 'p › a.spec.ts › a': 1200.4 } },
      'shards/2': { wallMs: 500, workers: 2, durations: { 'p › b.spec.ts › b': 300 } },
      'again/2': { durations: { 'p › b.spec.ts › b': 500 } },
    };
    for (const [folder, run] of Object.entries(runs)) {
      mkdirSync(join(dir, folder, 'reports'), { recursive: true });
      writeFileSync(join(dir, folder, 'reports/durations.json'), JSON.stringify(run));
    }
    const files = Object.keys(runs).map((folder) => `${folder}/reports/durations.json`);
    const run = runCli('scripts/shards-weigh.ts', files, { cwd: dir });
    expect(run.stderr).toBe('');
    // (2000 − 1200.4 + 1000 − 300) / 2 tests.
    expect(run.stdout).toBe(
      `shards:weigh: specs/shard-weights.json: 2 tests, 1.6 s and 750 ms more each, from ${files.join(', ')}\n`,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'specs/shard-weights.json'), 'utf8'))).toMatchObject({
      perTestMs: 750,
      durations: { 'p › a.spec.ts › a': 1200, 'p › b.spec.ts › b': 400 },
    });
  });

  test("a merged file, which gives no run's wall time, keeps the cost beyond the durations the weights hold", () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-weigh-'));
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs/shard-weights.json'), JSON.stringify({ perTestMs: 640, durations: { old: 1 } }));
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports/durations.json'), JSON.stringify({ durations: { 'p › a.spec.ts › a': 900 } }));
    const run = runCli('scripts/shards-weigh.ts', [], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'shards:weigh: specs/shard-weights.json: 1 tests, 0.9 s and 640 ms more each ' +
        "(kept: no file gives a run's wall time and workers), from reports/durations.json\n",
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'specs/shard-weights.json'), 'utf8'))).toMatchObject({
      perTestMs: 640,
      durations: { 'p › a.spec.ts › a': 900 },
    });
  });

  test('a run named twice is one line naming it, exit code 2: it would count twice in every mean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-weigh-'));
    writeFileSync(join(dir, 'd.json'), JSON.stringify({ durations: { 'p › a.spec.ts › a': 900 } }));
    const run = runCli('scripts/shards-weigh.ts', ['d.json', './d.json'], { cwd: dir });
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      2,
      "shards:weigh: ./d.json: named twice; name each run's file once",
    ]);
  });

  test('a run that left no durations is one line naming the file, exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-weigh-'));
    const run = runCli('scripts/shards-weigh.ts', [], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'shards:weigh: reports/durations.json: no such file; a run writes it beside its JUnit file (npm run e2e, npm test, or npm run report:merge for shards)',
    );
  });
});

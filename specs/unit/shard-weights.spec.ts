import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FullConfig, FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import DurationsReporter from '../../harness/reporters/durations';
import {
  balanceShards,
  readShardWeights,
  ShardWeightsError,
  testKey,
  type TestGroup,
} from '../../harness/reporters/shard-weights';

/** A group of tests named by their keys; the tests are their keys. */
const group = (...keys: string[]): TestGroup<string> => ({ tests: keys, keys });
const keysOf = (shards: TestGroup<string>[][]) => shards.map((groups) => groups.flatMap((g) => g.keys));

test.describe('shards balanced by the durations of the last run', () => {
  test('a test is named by its project, file and titles, without the root suite', () => {
    expect(testKey(['', 'e2e-ko-KR', 'docs-check.spec.ts', 'the docs check', 'passes'])).toBe(
      'e2e-ko-KR › docs-check.spec.ts › the docs check › passes',
    );
  });

  test('the longest group goes first, each to the shard with the least time so far', () => {
    const durations = { long: 60, a: 30, b: 25, c: 20, d: 10, e: 5 };
    const { shards, times } = balanceShards(
      [group('a'), group('b'), group('long'), group('c'), group('d'), group('e')],
      durations,
      3,
    );
    // long → 1; a → 2; b → 3; c → 3 (25 < 30); d → 2 (30 < 45); e → 2 (40 < 45).
    expect(keysOf(shards)).toEqual([['long'], ['a', 'd', 'e'], ['b', 'c']]);
    expect(times).toEqual([60, 45, 45]);
  });

  test('a group stays whole, weighed as the sum of its tests', () => {
    const { shards, times } = balanceShards(
      [group('docs-1', 'docs-2', 'docs-3'), group('x'), group('y')],
      { 'docs-1': 40, 'docs-2': 5, 'docs-3': 5, x: 30, y: 20 },
      2,
    );
    expect(keysOf(shards)).toEqual([
      ['docs-1', 'docs-2', 'docs-3'],
      ['x', 'y'],
    ]);
    expect(times).toEqual([50, 50]);
  });

  test('each test also weighs what it costs beyond its duration, so a shard of many short tests takes fewer', () => {
    const durations = { long: 40, s1: 10, s2: 10, s3: 10, s4: 10 };
    const groups = [group('long'), group('s1'), group('s2'), group('s3'), group('s4')];
    // By durations alone: 40 against 4 × 10. Each test costing 5 more: 45 against 60, so one short test moves over.
    expect(keysOf(balanceShards(groups, durations, 2).shards)).toEqual([['long'], ['s1', 's2', 's3', 's4']]);
    const { shards, times } = balanceShards(groups, durations, 2, 5);
    expect(keysOf(shards)).toEqual([
      ['long', 's4'],
      ['s1', 's2', 's3'],
    ]);
    expect(times).toEqual([60, 45]);
  });

  test('a test the durations do not know weighs their median', () => {
    const { times } = balanceShards([group('new'), group('a'), group('b'), group('c')], { a: 10, b: 30, c: 50 }, 1);
    expect(times).toEqual([10 + 30 + 50 + 30]);
  });

  test('every shard computes the same split, whatever order the groups come in', () => {
    const durations = { a: 7, b: 7, c: 3, d: 3, e: 1 };
    const groups = [group('a'), group('b'), group('c'), group('d'), group('e')];
    expect(keysOf(balanceShards([...groups].reverse(), durations, 2).shards)).toEqual(
      keysOf(balanceShards(groups, durations, 2).shards),
    );
  });

  test('no weights file: undefined, so Playwright splits by count', () => {
    expect(readShardWeights(test.info().outputPath('none.json'))).toBeUndefined();
  });

  test('a weights file that is not JSON, or holds no durations, is refused naming it', () => {
    mkdirSync(test.info().outputDir, { recursive: true });
    const file = test.info().outputPath('weights.json');
    writeFileSync(file, '{ "durations": ');
    expect(() => readShardWeights(file)).toThrow(ShardWeightsError);
    expect(() => readShardWeights(file)).toThrow(
      new RegExp(`^${file}:1:15: not valid JSON \\(.*\\); refresh it with npm run shards:weigh$`),
    );
    writeFileSync(file, JSON.stringify({ durations: { 'unit › a.spec.ts › a': '12 s' } }));
    expect(() => readShardWeights(file)).toThrow(
      `${file}: "durations" must map each test to its milliseconds; "unit › a.spec.ts › a" has "12 s"; refresh it with npm run shards:weigh`,
    );
    writeFileSync(file, JSON.stringify({ perTestMs: '1 s', durations: {} }));
    expect(() => readShardWeights(file)).toThrow(
      `${file}: "perTestMs" must be a number of milliseconds, not "1 s"; refresh it with npm run shards:weigh`,
    );
    writeFileSync(file, JSON.stringify({ about: 'x' }));
    expect(() => readShardWeights(file)).toThrow(
      `${file}: "durations" must map each test to its milliseconds; refresh it with npm run shards:weigh`,
    );
  });
});

test.describe("a run's durations, for npm run shards:weigh", () => {
  const testCase = (...titles: string[]) => ({ titlePath: () => ['', ...titles] }) as unknown as TestCase;
  const result = (status: TestResult['status'], duration: number) => ({ status, duration }) as TestResult;

  test('each test that ran, by its key, with the duration of its last attempt; skipped tests left out', () => {
    const dir = test.info().outputPath('run');
    const reporter = new DurationsReporter({ outputFile: 'reports/durations.json' });
    reporter.onBegin({ configFile: join(dir, 'playwright.config.ts'), rootDir: dir, workers: 2 } as FullConfig);
    const flaky = testCase('e2e-en-US', 'e2e/a.spec.ts', 'retried');
    reporter.onTestEnd(flaky, result('failed', 9000));
    reporter.onTestEnd(flaky, result('passed', 1200));
    reporter.onTestEnd(testCase('unit', 'b.spec.ts', 'skips'), result('skipped', 0));
    reporter.onTestEnd(testCase('unit', 'b.spec.ts', 'passes'), result('passed', 30));
    reporter.onEnd({ status: 'passed', duration: 4321.6 } as FullResult);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'durations.json'), 'utf8'))).toEqual({
      wallMs: 4322,
      workers: 2,
      durations: { 'e2e-en-US › e2e/a.spec.ts › retried': 1200, 'unit › b.spec.ts › passes': 30 },
    });
  });

  test("a merge of shards writes the durations without a wall time, which is not one run's", () => {
    const dir = test.info().outputPath('merge');
    const reporter = new DurationsReporter({ outputFile: 'reports/durations.json', run: false });
    reporter.onBegin({ configFile: join(dir, 'playwright.config.ts'), rootDir: dir, workers: 2 } as FullConfig);
    reporter.onTestEnd(testCase('unit', 'b.spec.ts', 'passes'), result('passed', 30));
    reporter.onEnd({ status: 'passed', duration: 9000 } as FullResult);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'durations.json'), 'utf8'))).toEqual({
      durations: { 'unit › b.spec.ts › passes': 30 },
    });
  });

  test("a run that ran nothing (--list) leaves the last run's file alone", () => {
    const dir = test.info().outputPath('list');
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'durations.json'), '{"unit › b.spec.ts › passes": 30}');
    const reporter = new DurationsReporter({ outputFile: 'reports/durations.json' });
    reporter.onBegin({ configFile: join(dir, 'playwright.config.ts'), rootDir: dir } as FullConfig);
    reporter.onEnd();
    expect(readFileSync(join(dir, 'reports', 'durations.json'), 'utf8')).toBe('{"unit › b.spec.ts › passes": 30}');
  });
});

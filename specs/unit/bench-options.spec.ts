import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BenchOptionError, benchOptions } from '../../scripts/bench/options';

/** A folder of this test's own, named as the bench names it: from the current folder. */
function folder(): { dir: string; shown: string } {
  const dir = test.info().outputPath('bench');
  mkdirSync(dir, { recursive: true });
  return { dir, shown: relative(process.cwd(), dir) };
}

const run = '{"commit":"d34edc5","figures":{}}';

test.describe("the bench's --history, checked before anything is measured", () => {
  test('a history of JSON lines, or none yet in a folder that exists, is taken with BENCH.md beside it', () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'history.jsonl'), `${run}\n\n${run}\n`);
    expect(benchOptions(['--history', join(dir, 'history.jsonl')], '/')).toEqual({
      quick: false,
      runs: 5,
      history: join(dir, 'history.jsonl'),
      table: join(dir, 'BENCH.md'),
    });
    expect(benchOptions(['--quick', '--history', 'new.jsonl'], dir)).toMatchObject({
      runs: 3,
      history: join(dir, 'new.jsonl'),
    });
  });

  test('a line that is not JSON is named by its number and column', () => {
    const { dir, shown } = folder();
    writeFileSync(join(dir, 'history.jsonl'), `${run}\n${run}\n{"commit": \n`);
    expect(() => benchOptions(['--history', 'history.jsonl'], dir)).toThrow(
      new BenchOptionError(`${shown}/history.jsonl:3:11: not valid JSON (value expected)`),
    );
  });

  test('a folder, a file in a folder that does not exist, or a folder where BENCH.md goes are refused', () => {
    const { dir, shown } = folder();
    mkdirSync(join(dir, 'runs'));
    expect(() => benchOptions(['--history', 'runs'], dir)).toThrow(
      new BenchOptionError(`--history ${shown}/runs: a folder, not a history file`),
    );
    expect(() => benchOptions(['--history', 'nowhere/history.jsonl'], dir)).toThrow(
      new BenchOptionError(
        `--history ${shown}/nowhere/history.jsonl: there is no folder ${shown}/nowhere to keep it in`,
      ),
    );
    mkdirSync(join(dir, 'BENCH.md'));
    expect(() => benchOptions(['--history', 'history.jsonl'], dir)).toThrow(
      new BenchOptionError(`--history ${shown}/history.jsonl: ${shown}/BENCH.md beside it is a folder`),
    );
  });
});

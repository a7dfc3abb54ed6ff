import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { runCli } from './run-cli';

test.describe("the commands' options, misused", () => {
  // Each refuses at its options, before any work: no build, no browser, no measuring.
  for (const [file, args, line] of [
    [
      'bindings/cli/docs-check.ts',
      ['--doc', '--locale', 'en-US'],
      "docs:check: Option '--doc' is missing its value: --locale followed it",
    ],
    [
      'bindings/cli/docs-check.ts',
      ['--seed', '-1'],
      "docs:check: Option '--seed' is missing its value: '-1' after it starts with a dash; a value that does is given as --seed=-1",
    ],
    [
      'bindings/cli/docs-coverage.ts',
      ['--from', '--out', 'x'],
      "docs:coverage: Option '--from' is missing its value: --out followed it",
    ],
    [
      'scripts/bench.ts',
      ['--runs', '-3'],
      "bench: Option '--runs' is missing its value: '-3' after it starts with a dash; a value that does is given as --runs=-3 " +
        '(usage: npm run bench [-- --quick] [--runs <1-50>] [--history <file>])',
    ],
    [
      'scripts/sandbox-serve.ts',
      ['--port', '-1'],
      "sandbox:serve: Option '--port' is missing its value: '-1' after it starts with a dash; a value that does is given as --port=-1 " +
        '(usage: npm run sandbox:serve -- [--port <1024-65535, default a free port>])',
    ],
    [
      'scripts/browser-server.ts',
      ['--port', '-1'],
      "browser-server: Option '--port' is missing its value: '-1' after it starts with a dash; a value that does is given as --port=-1",
    ],
  ] as const)
    test(`${file} ${args.join(' ')}: a value starting with a dash is one line naming the option, exit 2`, () => {
      const run = runCli(file, args);
      expect(run.status, run.stderr).toBe(2);
      // The line, then the usage where the command gives it on a line of its own.
      expect(run.stderr.split('\n')[0]).toBe(line);
      expect(run.stderr.split('\n').slice(1, -1)).toEqual(
        line.includes('(usage: ') ? [] : [expect.stringMatching(/^usage: npm run /)],
      );
    });

  test('npm run docs:coverage --from x, the -- forgotten: refused in one line saying where --from belongs, exit 2', () => {
    const run = spawnSync('npm', ['run', '-s', 'docs:coverage', '--from', 'x'], { encoding: 'utf8' });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n')).toEqual([
      'docs:coverage: --from went to npm, not to the command: put it after --, as in npm run docs:coverage -- --from',
      expect.stringMatching(/^usage: npm run docs:coverage -- /),
      '',
    ]);
  });
});

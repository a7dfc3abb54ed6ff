import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { holdAPort } from '../support/held-port';
import { runCli } from './run-cli';

/**
 * The environment of a bench that must stop at its options: an `npx` first on the PATH that fails at once, so a
 * bench that went on to measure (it starts each suite run with npx) ends in seconds, having written nothing.
 */
function stoppingEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const bin = test.info().outputPath('bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'npx'), '#!/bin/sh\necho "npx $*: the bench began measuring" >&2\nexit 1\n', { mode: 0o755 });
  return { ...process.env, PATH: `${bin}:${process.env.PATH}`, BASE_URL: '', SANDBOX_PORT: '', ...extra };
}

test.describe('npm run bench', () => {
  test('a --history file that is not JSON lines is refused at its line with exit 2, before anything is measured or written', () => {
    const readme = test.info().outputPath('README.md');
    writeFileSync(readme, '# Partner Center\n\nHow to run it.\n');
    const run = runCli('scripts/bench.ts', ['--quick', '--history', readme], { env: stoppingEnv() });
    // Named from the current folder, at its first line and column; what was expected there follows.
    const named = `bench: ${relative(process.cwd(), readme)}:1:1: not valid JSON (`;
    expect([run.status, run.stderr.startsWith(named), run.stderr.split('\n').length], run.stderr).toEqual([2, true, 2]);
    expect(run.stdout).toBe('');
    expect(readFileSync(readme, 'utf8')).toBe('# Partner Center\n\nHow to run it.\n');
  });

  test("a SANDBOX_PORT whose bench port (+ 10) is taken is refused in one line with exit 2, before the suite's runs", async () => {
    const { port, server } = await holdAPort();
    try {
      const history = test.info().outputPath('history.jsonl');
      writeFileSync(history, '');
      const run = runCli('scripts/bench.ts', ['--quick', '--history', history], {
        env: stoppingEnv({ SANDBOX_PORT: String(port - 10) }),
      });
      expect([run.status, run.stderr]).toEqual([
        2,
        `bench: SANDBOX_PORT=${port - 10} + 10 (the bench's): port ${port} of 127.0.0.1 is already in use; ` +
          'name another SANDBOX_PORT, or leave it empty to serve on a free port\n',
      ]);
      expect(readFileSync(history, 'utf8')).toBe('');
    } finally {
      server.close();
    }
  });
});

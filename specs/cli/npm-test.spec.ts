import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { linkedCheckout } from './linked-checkout';

const kept = [
  'reports/junit.xml',
  'reports/docs-check/en-US/docs-drift.json',
  'reports/docs-check/ko-KR/docs-drift.json',
];

/**
 * A checkout for scripts/test.sh with its own reports/ (specs/cli/linked-checkout.ts), where set-up, type-check and
 * the two lints pass at once (they take minutes and are not the subject): whatever scripts/test.sh does before the
 * settings are checked, and the check itself, are the real ones.
 */
function checkoutForTests(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = linkedCheckout(['setup.sh', 'lint-ci.sh']);
  const npx = spawnSync('sh', ['-c', 'command -v npx'], { encoding: 'utf8' }).stdout.trim();
  const npm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  const executable = { mode: 0o755 };
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = tsc ] && exit 0\nexec ${npx} "$@"\n`, executable);
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\n[ "$*" = "run -s lint" ] && exit 0\nexec ${npm} "$@"\n`, executable);
  for (const file of kept) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `the last run's ${file}`);
  }
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } };
}

test.describe('npm test', () => {
  test("a bad setting is one line and exit 2, and the last run's JUnit file and docs check results are kept", () => {
    const { dir, env } = checkoutForTests();
    try {
      const run = spawnSync('bash', [join(dir, 'scripts/test.sh'), '--project=unit'], {
        encoding: 'utf8',
        env: { ...env, BASE_URL: 'foo' },
      });
      expect([run.status, run.stderr.trim()]).toEqual([
        2,
        'Invalid setting BASE_URL="foo": must be an http(s) URL, e.g. https://partner.example.com (see .env.example)',
      ]);
      for (const file of kept) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(`the last run's ${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a bad Playwright argument is one line and exit 2, and the last run's reports are kept", () => {
    const { dir, env } = checkoutForTests();
    try {
      const run = spawnSync('bash', [join(dir, 'scripts/test.sh'), '--project=unit', '--retries=once'], {
        encoding: 'utf8',
        env,
      });
      expect([run.status, run.stderr.trim()]).toEqual([
        2,
        'Invalid Playwright argument: --retries must be a whole number, got "once"',
      ]);
      for (const file of kept) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(`the last run's ${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

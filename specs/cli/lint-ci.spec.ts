import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test.describe('npm run lint:ci', () => {
  test('takes no arguments: any is refused in one line with the usage and exit 2, before anything is linted', () => {
    for (const args of [['--bogus'], ['.github/workflows/ci.yml', '--fix']]) {
      const run = spawnSync('bash', ['scripts/lint-ci.sh', ...args], { encoding: 'utf8' });
      expect([run.status, run.stdout, run.stderr]).toEqual([
        2,
        '',
        `lint:ci: ${args.join(' ')}: it takes no arguments (usage: npm run lint:ci)\n`,
      ]);
    }
  });
});

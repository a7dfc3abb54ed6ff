import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { linkedCheckout } from './linked-checkout';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The spec files a project list of scripts/browser-specs.sh selects, as Playwright lists them. */
function listedFiles(projects: string): string[] {
  const args = projects.split(',').map((p) => `--project=${p}`);
  const run = spawnSync('npx', ['playwright', 'test', '--list', '--reporter=json', ...args], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as { suites: { file: string }[] };
  return report.suites.map((s) => s.file);
}

/** The project list an npm script gives scripts/browser-specs.sh. */
function projectsOf(script: string): string {
  const m = /^bash scripts\/browser-specs\.sh '([^']+)'$/.exec(scripts[script] ?? '');
  if (!m) throw new Error(`package.json: "${script}" does not run scripts/browser-specs.sh '<projects>'`);
  return m[1] ?? '';
}

test.describe('npm run e2e and npm run test:browser', () => {
  test('npm run e2e runs the documented flows and the product specs only, none of the harness or docs check', () => {
    const files = listedFiles(projectsOf('e2e'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !f.startsWith('e2e/'))).toEqual([]);
    expect(files.filter((f) => /docs-check|failure-|network-guard/.test(f))).toEqual([]);
  });

  test('npm run test:browser runs every browser spec: the flows and the harness', () => {
    const files = listedFiles(projectsOf('test:browser'));
    expect(files).toEqual(expect.arrayContaining(['e2e/renew-subscription.spec.ts', 'harness/docs-check.spec.ts']));
    expect(files.filter((f) => !/^(e2e|harness)\//.test(f))).toEqual([]);
  });

  test('no project list is a usage line and exit 2, before anything is installed or run', () => {
    for (const args of [[], ['--shard=1/4']]) {
      const run = spawnSync('bash', ['scripts/browser-specs.sh', ...args], { encoding: 'utf8' });
      expect([run.status, run.stderr.trim()]).toEqual([
        2,
        "usage: bash scripts/browser-specs.sh '<project>[,<project>…]' [playwright args ...]",
      ]);
    }
  });
});

test.describe('npm run e2e and npm run test:browser, given bad input', () => {
  const line =
    'Invalid setting BASE_URL="foo": must be an http(s) URL, e.g. https://partner.example.com (see .env.example)';

  /** A checkout (setup passing at once) holding the last run's Allure results and report. */
  function checkoutWithLastReport(): string {
    const dir = linkedCheckout(['setup.sh']);
    mkdirSync(join(dir, 'allure-results'));
    writeFileSync(join(dir, 'allure-results', 'stale-result.json'), '{}');
    mkdirSync(join(dir, 'allure-report'));
    writeFileSync(join(dir, 'allure-report', 'index.html'), 'the last report');
    return dir;
  }

  test("stop at Playwright's one line with exit 2: the last Allure report is not rebuilt, nothing is said written", () => {
    const dir = checkoutWithLastReport();
    try {
      for (const shard of [[], ['--shard=1/2']]) {
        const run = spawnSync('bash', [join(dir, 'scripts/browser-specs.sh'), 'e2e-*', ...shard], {
          encoding: 'utf8',
          env: { ...process.env, BASE_URL: 'foo', BLOB_DIR: '' },
        });
        expect([run.status, run.stderr.trim(), run.stdout], shard.join(' ')).toEqual([2, line, '']);
      }
      expect(readFileSync(join(dir, 'allure-report', 'index.html'), 'utf8')).toBe('the last report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad Playwright argument is one line and exit 2 before the run: the last Allure report is not rebuilt', () => {
    const dir = checkoutWithLastReport();
    try {
      for (const [args, said] of [
        [['--workrs=2'], '--workrs is not an option of playwright test (did you mean --workers?)'],
        [['--shard', '3/2'], '--shard must be "current/all", 1-based'],
        [['-j', 'all'], '-j must be a number of workers from 1'],
        // Playwright would empty the checkout, or end with "No tests found" having replaced the reports.
        [['--output=.'], '--output names the folder Playwright empties before each run; "." is this checkout'],
        [['subscribe-typo.spec.ts'], '"subscribe-typo.spec.ts" chose no test of the projects run'],
      ] as const) {
        const run = spawnSync('bash', [join(dir, 'scripts/browser-specs.sh'), 'e2e-*', ...args], { encoding: 'utf8' });
        expect([run.status, run.stderr.split('\n').length, run.stdout], args.join(' ')).toEqual([2, 2, '']);
        expect(run.stderr).toContain(`Invalid Playwright argument: ${said}`);
      }
      expect(readFileSync(join(dir, 'allure-report', 'index.html'), 'utf8')).toBe('the last report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a Playwright option npm took for its own (npm run e2e --workers=1, the -- forgotten) is one line and exit 2', () => {
    const dir = checkoutWithLastReport();
    // A runner of its own, as a user's: nothing of this worker's run (TEST_WORKER_INDEX…) reaches it.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !k.startsWith('PW_')),
    );
    try {
      const run = spawnSync('npm', ['run', '-s', 'e2e', '--workers=1'], { cwd: dir, encoding: 'utf8', env });
      expect([run.status, run.stdout]).toEqual([2, '']);
      // npm's own warning, then the one line.
      expect(run.stderr.trim().split('\n').at(-1)).toBe(
        'Invalid Playwright argument: --workers=1 went to npm, not to the command: put it after --, as in npm run <script> -- --workers=1',
      );
      expect(readFileSync(join(dir, 'allure-report', 'index.html'), 'utf8')).toBe('the last report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

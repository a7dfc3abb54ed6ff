import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { playwrightCli } from './run-cli';

/** Runs Playwright in `dir` with `config` (a config file's text) and one passing test; returns its exit code. */
function runIn(dir: string, config: string): number | null {
  writeFileSync(join(dir, 'run.config.ts'), config);
  writeFileSync(join(dir, 'one.spec.ts'), "import { test } from '@playwright/test';\ntest('passes', () => {});\n");
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(k))),
    NODE_PATH: resolve('node_modules'),
  };
  return spawnSync(process.execPath, [playwrightCli, 'test', '-c', join(dir, 'run.config.ts'), '--workers=1'], {
    encoding: 'utf8',
    env,
  }).status;
}

test.describe("Allure's results folder holds one run's results", () => {
  const reporter = JSON.stringify(resolve('harness/reporters/fresh-folder.ts'));

  test("a run empties the folder as it begins, keeping the folder; the next reporter's results stay", () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-folder-'));
    mkdirSync(join(dir, 'results', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'results', 'old-result.json'), '{}');
    writeFileSync(join(dir, 'results', 'nested', 'old.txt'), 'x');
    // The JSON reporter after it writes into the same folder, as allure-playwright does.
    const status = runIn(
      dir,
      `export default { testDir: '.', outputDir: 'out', reporter: [[${reporter}, { folder: 'results' }], ['json', { outputFile: 'results/new.json' }]] };\n`,
    );
    expect(status).toBe(0);
    expect(readdirSync(join(dir, 'results'))).toEqual(['new.json']);
  });

  test("loading the suite's config, as the network guard spec's child run does, leaves the results folder alone", () => {
    // The child run reuses the suite's config with reporters of its own while the suite is still writing its
    // results: it must not touch them. Listed from a folder of its own, whose allure-results stands for the suite's.
    const dir = mkdtempSync(join(tmpdir(), 'fresh-folder-'));
    mkdirSync(join(dir, 'allure-results'));
    writeFileSync(join(dir, 'allure-results', 'parent-result.json'), '{}');
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(k))),
      GUARD_OUT: join(dir, 'guard'),
    };
    const child = resolve('specs/harness/network-guard/playwright.config.ts');
    const run = spawnSync(process.execPath, [playwrightCli, 'test', '--list', '-c', child, '--project=harness-en-US'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('stray-requests.fixture.ts');
    expect(readdirSync(join(dir, 'allure-results'))).toEqual(['parent-result.json']);
  });
});

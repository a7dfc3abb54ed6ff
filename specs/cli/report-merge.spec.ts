import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { linkedCheckout } from './linked-checkout';
import { runCli } from './run-cli';

test.describe('npm run report:merge', () => {
  test('a shard folder holding a zip that is no blob report is one line naming it, exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-merge-'));
    mkdirSync(join(dir, 'shard-1', 'blob-report'), { recursive: true });
    mkdirSync(join(dir, 'shard-1', 'allure-results'));
    writeFileSync(join(dir, 'shard-1', 'blob-report', 'report-1.zip'), 'not a zip');
    const run = runCli('scripts/report-merge.ts', ['shard-1'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(
      /^report:merge: shard-1\/blob-report\/report-1\.zip: not a Playwright blob report \(.+\)$/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  test('a file is named as a file, not as a folder that does not exist, and a path through a file as unreadable', () => {
    const run = runCli('scripts/report-merge.ts', ['package.json']);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      2,
      "report:merge: package.json: a file, not a folder; name the folder of a shard's output",
    ]);
    const through = runCli('scripts/report-merge.ts', ['package.json/shard-1']);
    expect([through.status, through.stderr.split('\n')[0]]).toEqual([
      2,
      'report:merge: package.json/shard-1: cannot be read (ENOTDIR)',
    ]);
  });

  test("an empty folder name, as a job's unset variable gives, is named by its place", () => {
    const run = runCli('scripts/report-merge.ts', ['shard-1', '']);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      2,
      "report:merge: folder 2 is empty (''): name each shard's folder",
    ]);
  });

  test('an option is named as one, not looked for as a folder', () => {
    const run = runCli('scripts/report-merge.ts', ['--help']);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([2, 'report:merge: --help: not an option of this command']);
  });

  test('a merge that fails leaves the last merged reports as they were, and no folder of its own behind', () => {
    const dir = linkedCheckout([]);
    const last = {
      'playwright-report/index.html': 'the last merged Playwright report',
      'allure-report/index.html': 'the last merged Allure report',
      'reports/junit.xml': '<testsuites tests="236"/>',
      'reports/durations.json': '{"durations":{}}',
    };
    // A blob report Playwright refuses to merge: one a newer Playwright wrote, so merge-reports fails.
    const metadata = { method: 'onBlobReportMetadata', params: { version: 999, shard: { current: 1, total: 1 } } };
    const files = {
      ...last,
      'shard-1/blob-report/report-1.zip': zipSync({ 'report.jsonl': strToU8(`${JSON.stringify(metadata)}\n`) }),
      'shard-1/allure-results/a-result.json': '{}',
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const run = runCli('scripts/report-merge.ts', ['shard-1'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('ended with exit code 1; the last merged reports are kept');
    expect(Object.fromEntries(Object.keys(last).map((path) => [path, readFileSync(join(dir, path), 'utf8')]))).toEqual(
      last,
    );
    expect(readdirSync(dir).filter((name) => name.startsWith('.report-merge-'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

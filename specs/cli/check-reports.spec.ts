import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { testCards } from '../../flows/test-cards';
import { runCli } from './run-cli';

// Each form a number takes, and each kind of file, is scanReports' (specs/unit/check-reports.spec.ts); here, the
// command around it: the folders it reads by default, its exit codes and its one line for bad input. The spec never
// writes a number out: a failing test's trace keeps this file's source, and the scan reads traces.
let root: string;
const write = (files: Record<string, string | Uint8Array>) => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
};
const checkReports = (...args: string[]) => {
  const { status, stdout, stderr } = runCli('scripts/check-reports.ts', args, { cwd: root });
  return { code: status, out: stdout + stderr };
};

test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-reports-'));
});

test.afterEach(() => rmSync(root, { recursive: true, force: true }));

test.describe('check-reports command', () => {
  test('exit 0 clean, 1 with each place named, 2 with one line for bad input', () => {
    write({
      'allure-results/a-result.json': JSON.stringify({
        name: 'subscribes',
        steps: [{ name: 'Type card number ending 1111' }],
      }),
      'test-results/x/trace.zip': zipSync({
        'test.trace': strToU8(JSON.stringify({ type: 'before', method: 'fill', params: { value: '•••• 1111' } })),
      }),
      'reports/junit.xml': '<testsuites/>',
    });
    expect(checkReports()).toEqual({
      code: 0,
      out:
        'check-reports: no card number in 3 files and 1 zip entries or embedded data in allure-results, test-results, ' +
        'reports (absent: playwright-report, allure-report, blob-report, node_modules/.cache/docs-check-records)\n',
    });

    write({
      'test-results/y/trace.zip': zipSync({
        '1-trace.trace': strToU8(
          JSON.stringify({ type: 'before', method: 'fill', params: { value: testCards.declined } }),
        ),
      }),
    });
    const leak = checkReports('test-results', 'reports');
    expect(leak.code).toBe(1);
    expect(leak.out).toContain('test-results/y/trace.zip!1-trace.trace: declined test card ending 0002 (plain)');
    expect(leak.out.includes(testCards.declined), 'the number in the output').toBe(false);

    writeFileSync(join(root, 'test-results/broken.zip'), 'PK\u0003\u0004 cut short');
    expect(checkReports('test-results')).toEqual({
      code: 2,
      out: 'check-reports: test-results/broken.zip is not a readable zip (invalid zip data)\n',
    });
    expect(checkReports('reports/junit.xml')).toEqual({
      code: 2,
      out: 'check-reports: reports/junit.xml is a file, not a folder: give the folder that holds it\n',
    });
    expect(checkReports('playwright-reprot')).toEqual({
      code: 2,
      out: 'check-reports: playwright-reprot: no such folder\n',
    });
  });

  test('with no report folder present, says so and passes', () => {
    expect(checkReports()).toEqual({
      code: 0,
      out:
        'check-reports: no card number in 0 files and 0 zip entries or embedded data in no folder ' +
        '(absent: playwright-report, allure-results, allure-report, test-results, blob-report, reports, ' +
        'node_modules/.cache/docs-check-records)\n',
    });
  });
});

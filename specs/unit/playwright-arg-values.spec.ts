import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chosenByName, readPlaywrightArgs } from '../../harness/settings/playwright-args';
import { installedTestOptions } from '../../harness/settings/playwright-test-options';

const projects = ['e2e-en-US', 'unit'];
function read(...args: string[]) {
  const options = installedTestOptions();
  if (!options) throw new Error("the installed Playwright's test --help could not be read");
  return readPlaywrightArgs(args, options, projects);
}

test.describe("Playwright's arguments that name files, folders, reporters and patterns", () => {
  test('--output never names this checkout, a folder above it, or a folder of its sources: Playwright empties it', () => {
    expect(read('--output=.').problem).toBe(
      '--output names the folder Playwright empties before each run; "." is this checkout or above it',
    );
    expect(read('--output', '..').problem).toMatch(/"\.\." is this checkout or above it$/);
    expect(read('--output=specs/unit').problem).toMatch(
      /^--output .*; "specs\/unit" holds this checkout's specs\/unit\//,
    );
    const elsewhere = mkdtempSync(join(tmpdir(), 'output-'));
    try {
      expect(read(`--output=${elsewhere}`).problem).toBeUndefined();
      expect(read('--output=test-results/mine').problem).toBeUndefined();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test("a reporter is one of Playwright's, a file or a module; a config, tsconfig or test list a file there is", () => {
    expect(read('--reporter=dot,json').problem).toBeUndefined();
    expect(read('--reporter', './harness/reporters/durations.ts').problem).toBeUndefined();
    expect(read('--add-reporter=allure-playwright').problem).toBeUndefined();
    expect(read('--reporter=dot,dots').problem).toMatch(
      /^--reporter "dots" is neither a reporter of Playwright \(list, line, dot, .*\) nor a file or module found here$/,
    );
    expect(read('--config=nowhere.config.ts').problem).toBe('--config "nowhere.config.ts": no such file');
    expect(read('--tsconfig', 'tsconfig.json').problem).toBeUndefined();
    expect(read('--test-list=specs').problem).toBe('--test-list "specs" is a folder, not a file');
    const list = join(mkdtempSync(join(tmpdir(), 'test-list-')), 'tests.txt');
    writeFileSync(list, 'unit/all-ended.spec.ts\n');
    expect(read(`--test-list=${list}`).problem).toBeUndefined();
  });

  test('--grep and test filters are regular expressions as Playwright reads them, a location after a filter', () => {
    expect(read('--grep', '(').problem).toBe(
      '--grep is not a regular expression: Invalid regular expression: /(/gi: Unterminated group',
    );
    expect(read('-G', '/a[/').problem).toMatch(/^-G is not a regular expression: /);
    expect(read('spec.ts:12', '/Subscribe/i', 'a+b').problem).toBeUndefined();
    expect(read('[unit').problem).toMatch(/^the test filter "\[unit" is not a regular expression: /);
  });

  test("an option given twice is refused: Playwright keeps the last without a word; --project's names add up", () => {
    expect(read('--shard=1/2', '--shard', '2/2').problem).toBe('--shard is given twice (1/2 and 2/2): give it once');
    expect(read('-j2', '--workers=3').problem).toBe('--workers is given twice (2 and 3): give it once');
    expect(read('-x', '-x').problem).toBe('-x is given twice (-x and -x): give it once');
    expect(read('--project=unit', '--project', 'e2e-en-US').problem).toBeUndefined();
  });

  test('tests chosen by name are listed first, except where choosing none may be right', () => {
    expect(chosenByName(read('subscribe', '--grep', 'renews'))).toEqual(['"subscribe"', '--grep']);
    expect(chosenByName(read('--project=unit', '--workers=1'))).toEqual([]);
    for (const elsewhere of ['--shard=1/2', '--last-failed', '--only-changed', '--pass-with-no-tests'])
      expect(chosenByName(read('subscribe', elsewhere)), elsewhere).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentedPagePath } from '../../bindings/documented-page';
import { pageRepo } from '../unit/page-repo';
import { runCli } from './run-cli';

import { docsCheck } from './docs-check-cli';

test.describe('docs:check refuses bad input with one line and exit code 2', () => {
  test('a --procedure that names no procedure of the page, listing the ones it has', () => {
    const run = docsCheck('--doc', documentedPagePath, '--procedure', 'subscribe-to-microsoft-action-pak');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'docs:check: --procedure "subscribe-to-microsoft-action-pak" is not a procedure of ' +
        `${documentedPagePath}; its procedures: subscribe-to-microsoft-action-pack, ` +
        'turn-off-automatic-action-pack-subscription-renewal, renew-your-action-pack-subscription, ' +
        'cancel-your-action-pack-subscription',
    );
  });

  // Which dates are calendar dates is isCalendarDate's, tested in specs/unit/config.spec.ts; here, that the command says so.
  test('--today 2026-02-30, which is not a calendar date', () => {
    const run = docsCheck('--today', '2026-02-30');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'docs:check: --today must be a real calendar date as YYYY-MM-DD, got "2026-02-30"',
    );
  });

  // Which screen options are refused, and with which message, is screenOptionsOf's (specs/unit/docs-check-screens.spec.ts).
  test('--a11y strict, a screen option it does not know', () => {
    const run = docsCheck('--a11y', 'strict');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('docs:check: --a11y must be one of fail, warn, off, got "strict"');
  });

  test('a page over the size cap, without reading it into memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const big = join(dir, 'big.md');
    writeFileSync(big, `# Big\n\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    const run = docsCheck('--doc', big);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`${big}:0: is 5.0 MB, over the 4 MB a documentation page may be`);
  });

  test('an --out inside a file, before the check runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    writeFileSync(join(dir, 'reports'), 'a file');
    const run = docsCheck('--out', join(dir, 'reports', 'docs-check'));
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `docs:check: --out ${join(dir, 'reports', 'docs-check')}: ${join(dir, 'reports')} is a file, not a folder for the reports`,
    );
  });

  test('an empty --out, which would put the reports in the checkout itself, or an empty --pins: one line and the usage', () => {
    for (const [option, line] of [
      ['--out', "--out is empty (''): name a folder for the reports"],
      ['--pins', "--pins is empty (''): name the page's pin file"],
    ]) {
      const run = docsCheck('--doc', documentedPagePath, `${option}=`);
      expect([run.status, run.stderr.split('\n')], option).toEqual([
        2,
        [`docs:check: ${line}`, expect.stringMatching(/^usage: npm run docs:check -- /), ''],
      ]);
    }
  });

  test('a --pins file that does not exist, leaving the reports already in --out as they were', () => {
    const out = mkdtempSync(join(tmpdir(), 'docs-check-'));
    writeFileSync(join(out, 'docs-drift.json'), 'the last run');
    const pins = join(out, 'page.pins.jsn');
    const run = docsCheck('--doc', documentedPagePath, '--pins', pins, '--out', out);
    expect([run.status, run.stderr]).toEqual([
      2,
      `docs:check: --pins ${pins}: no such file; a pin file is made by --confirm or --confirm-all\n`,
    ]);
    expect(readFileSync(join(out, 'docs-drift.json'), 'utf8')).toBe('the last run');
  });

  test('a --pins file to confirm into, in a folder that does not exist', () => {
    const pins = join(tmpdir(), 'no-such-pins-folder', 'page.pins.json');
    const run = docsCheck('--doc', documentedPagePath, '--pins', pins, '--confirm-all');
    expect([run.status, run.stderr]).toEqual([
      2,
      `docs:check: --pins ${pins}: no folder ${join(tmpdir(), 'no-such-pins-folder')} to write the pin file in\n`,
    ]);
  });

  test('a --locale neither the page nor the product has, naming theirs, leaving the reports in --out as they were', () => {
    const out = mkdtempSync(join(tmpdir(), 'docs-check-'));
    writeFileSync(join(out, 'docs-drift.json'), 'the last run');
    const run = docsCheck('--doc', documentedPagePath, '--locale', 'ko-KO', '--out', out);
    expect([run.status, run.stderr]).toEqual([
      2,
      `docs:check: --locale ko-KO: no language of ${documentedPagePath} or of the product; they have ko-KR, en-US (or all)\n`,
    ]);
    expect(readFileSync(join(out, 'docs-drift.json'), 'utf8')).toBe('the last run');
  });

  test('--force without --confirm or --confirm-all', () => {
    const run = docsCheck('--force');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('docs:check: --force only applies to --confirm or --confirm-all');
  });

  for (const pages of ['0', 'two', '1.5']) {
    test(`--pages ${pages}, which is no number of pages`, () => {
      const run = docsCheck('--pages', pages);
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(
        `docs:check: --pages must be a whole number of browser pages from 1 to 999, got "${pages}"`,
      );
    });
  }

  test('an option of one value given twice, the first never read: one line naming it', () => {
    const run = docsCheck('--today', '2026-02-30', '--today', '2026-03-01');
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([
      2,
      "docs:check: Option '--today' is given twice; give it once",
    ]);
  });

  test('a DOCS_CHECK_PAGES setting that is no number of pages', () => {
    const run = runCli('bindings/cli/docs-check.ts', [], {
      env: { ...process.env, BASE_URL: 'http://127.0.0.1:9', DOCS_CHECK_PAGES: '0' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'Invalid setting DOCS_CHECK_PAGES="0": must be a whole number of browser pages from 1 to 999, e.g. 2 (see .env.example)',
    );
  });

  test('--confirm without a page, where every vendored page is checked: a line belongs to one page', () => {
    const run = docsCheck('--confirm', '2');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(
      /^docs:check: --confirm names a line of one page; --doc names \d+ pages: give that page alone$/,
    );
  });

  test('--confirm of a line that holds no normative sentence', () => {
    const run = docsCheck('--doc', documentedPagePath, '--confirm', '2');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(
      new RegExp(`^docs:check: ${documentedPagePath}:2: no normative sentence on that line; lines with one: \\d+`),
    );
  });
});

test.describe('docs:check --help', () => {
  test('prints every option to stdout and exits 0, checking nothing', () => {
    const run = docsCheck('--help');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    for (const option of [
      '--doc',
      '--locale',
      '--procedure',
      '--today',
      '--confirm-all',
      '--changed',
      '--update-screenshots',
      '--a11y',
      '--fresh',
    ])
      expect(run.stdout).toContain(option);
  });

  test('an unknown option is refused in one line, with the usage, exit 2', () => {
    const run = docsCheck('--procedures', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      "docs:check: Unknown option '--procedures'",
      expect.stringMatching(/^usage: npm run docs:check -- \[--doc <file>\]/),
      '',
    ]);
  });
});

test.describe('docs:check --changed <git-ref>', () => {
  const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
  const procedures = [
    SUBSCRIBE,
    'turn-off-automatic-action-pack-subscription-renewal',
    'renew-your-action-pack-subscription',
    'cancel-your-action-pack-subscription',
  ];

  test('a ref that names no commit is one line and exit code 2', () => {
    const run = docsCheck('--doc', documentedPagePath, '--changed', 'no-such-ref-anywhere');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `docs:check: --changed "no-such-ref-anywhere" names no commit of the repository that holds ${documentedPagePath}\n`,
    );
  });

  test('an unchanged page checks nothing, says it skipped every procedure, and starts no browser', () => {
    const { page } = pageRepo();
    const run = docsCheck('--doc', page, '--changed', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `docs:check --changed HEAD: checking no procedure; skipped, unchanged: ${procedures.join(', ')}\n`,
    );
    expect(run.status).toBe(0);
  });

  test('--changed with --procedure is refused', () => {
    const run = docsCheck('--changed', 'HEAD', '--procedure', SUBSCRIBE);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'docs:check: --changed and --procedure choose the procedures each their own way: give one of them',
    );
  });
});

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { badgesIn } from '../../checker/coverage/coverage';
import { documentedPagePath } from '../../bindings/documented-page';
import { inSync } from '../unit/in-sync-result';
import { runCli } from './run-cli';

test.describe('npm run docs:coverage', () => {
  const coverageCli = (...args: string[]) => runCli('bindings/cli/docs-coverage.ts', args);

  test("merges one folder per language into the README's line and docs-coverage.json", () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-coverage-'));
    const [korean, english] = ['ko-KR', 'en-US'].map((l) => {
      const folder = join(dir, l);
      mkdirSync(folder);
      writeFileSync(join(folder, 'docs-drift.json'), JSON.stringify(inSync([l])));
      return folder;
    });
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      '# Docs\n<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->\n<!-- /docs-coverage -->\n',
    );
    const run = coverageCli('--from', korean ?? '', '--from', english ?? '', '--out', dir, '--readme', readme);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(badgesIn(readFileSync(readme, 'utf8'))).toEqual([
      'upgrade-your-partner-network-membership.ko-kr.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'docs-coverage.json'), 'utf8'))).toMatchObject({
      locales: ['ko-KR', 'en-US'],
      partial: false,
    });
  });

  test("a set's folder (one folder per page) gives each page its line and its docs-coverage.json", () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-coverage-'));
    // A second page of the set: the vendored page under another name, so its line is told apart by the name alone.
    const other = join(dir, 'other-page.ko-kr.md');
    copyFileSync(documentedPagePath, other);
    for (const [page, result] of [
      ['upgrade-your-partner-network-membership.ko-kr', inSync()],
      ['other-page.ko-kr', { ...inSync(['en-US']), doc: other }],
    ] as const) {
      mkdirSync(join(dir, 'set', page), { recursive: true });
      writeFileSync(join(dir, 'set', page, 'docs-drift.json'), JSON.stringify(result));
    }
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      '# Docs\n<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->\n<!-- /docs-coverage -->\n',
    );
    const run = coverageCli('--from', join(dir, 'set'), '--readme', readme);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(badgesIn(readFileSync(readme, 'utf8'))).toEqual([
      'other-page.ko-kr.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (en-US)',
      'upgrade-your-partner-network-membership.ko-kr.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)',
    ]);
    for (const page of ['upgrade-your-partner-network-membership.ko-kr', 'other-page.ko-kr'])
      expect(existsSync(join(dir, 'set', page, 'docs-coverage.json')), page).toBe(true);
  });

  test("reads each language's newest result: a page checked alone, then in a set, counts as the set found it", () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-coverage-'));
    // The page checked alone earlier, at the folder's top: in sync.
    const earlier = join(dir, 'docs-drift.json');
    writeFileSync(earlier, JSON.stringify(inSync()));
    utimesSync(earlier, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    // The set checked since, in the page's folder: its first step has drifted in each language.
    const since = inSync();
    for (const l of since.results) l.procedures[0]!.steps[0]!.status = 'drift';
    const set = join(dir, 'upgrade-your-partner-network-membership.ko-kr', 'docs-drift.json');
    mkdirSync(dirname(set));
    writeFileSync(set, JSON.stringify(since));
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      '# Docs\n<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->\n<!-- /docs-coverage -->\n',
    );
    const run = coverageCli('--from', dir, '--readme', readme);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(badgesIn(readFileSync(readme, 'utf8'))).toEqual([
      'upgrade-your-partner-network-membership.ko-kr.md: steps 22/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)',
    ]);
  });

  test('a docs-drift.json that is no check result is one line naming it, exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-coverage-'));
    writeFileSync(join(dir, 'docs-drift.json'), JSON.stringify({ doc: 'page.md', results: [{ locale: 'en-US' }] }));
    const run = coverageCli('--from', dir);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `docs:coverage: ${join(dir, 'docs-drift.json')}:1:1: not a docs check result: summary is missing`,
    );
  });

  test.describe('bad input is one line, exit code 2, and nothing written: no docs-coverage.json, the README as it was', () => {
    const block =
      '<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->\n<!-- /docs-coverage -->\n';

    /** Results of the vendored page in `<dir>/results`, and a README with the coverage block unless `withBlock` is false. */
    function inputs(withBlock = true): { dir: string; results: string; readme: string } {
      const dir = mkdtempSync(join(tmpdir(), 'docs-coverage-'));
      const results = join(dir, 'results');
      mkdirSync(results);
      writeFileSync(join(results, 'docs-drift.json'), JSON.stringify(inSync()));
      const readme = join(dir, 'README.md');
      writeFileSync(readme, `# Docs\n${withBlock ? block : ''}`);
      return { dir, results, readme };
    }

    test('a README without the coverage block, saying which lines to add', () => {
      const { results, readme } = inputs(false);
      expect(coverageCli('--from', results, '--readme', readme)).toEqual({
        status: 2,
        stdout: '',
        stderr:
          `docs:coverage: ${readme}:1: no coverage block: expected a line ${block.split('\n')[0]} ` +
          `and, after it, a line ${block.split('\n')[1]}\n`,
      });
      expect(existsSync(join(results, 'docs-coverage.json'))).toBe(false);
    });

    test('a --readme that is a folder', () => {
      const { dir, results } = inputs();
      expect(coverageCli('--from', results, '--readme', dir)).toEqual({
        status: 2,
        stdout: '',
        stderr: `docs:coverage: --readme ${dir}: a folder, not the README to write the coverage lines in\n`,
      });
      expect(existsSync(join(results, 'docs-coverage.json'))).toBe(false);
    });

    test('a --readme that cannot be read, with the reason', () => {
      // A file any user, root too, fails to read: the kernel answers a read of a process's memory file with EIO.
      const { results } = inputs();
      expect(coverageCli('--from', results, '--readme', '/proc/self/mem')).toEqual({
        status: 2,
        stdout: '',
        stderr: 'docs:coverage: --readme /proc/self/mem: cannot be read (EIO)\n',
      });
      expect(existsSync(join(results, 'docs-coverage.json'))).toBe(false);
    });

    test('a --from that is a file, named as --from, with or without --out', () => {
      const { dir, results, readme } = inputs();
      const file = join(dir, 'results.json');
      writeFileSync(file, '{}');
      for (const out of [[], ['--out', results]])
        expect(coverageCli('--from', file, '--readme', readme, ...out)).toEqual({
          status: 2,
          stdout: '',
          stderr: `docs:coverage: --from ${file}: a file, not a folder of docs check results\n`,
        });
      expect(readFileSync(readme, 'utf8')).toBe(`# Docs\n${block}`);
    });

    test('an --out that is a file', () => {
      const { dir, results, readme } = inputs();
      const file = join(dir, 'coverage.json');
      writeFileSync(file, 'the last coverage');
      expect(coverageCli('--from', results, '--readme', readme, '--out', file)).toEqual({
        status: 2,
        stdout: '',
        stderr: `docs:coverage: --out ${file}: ${file} is a file, not a folder\n`,
      });
      expect(readFileSync(file, 'utf8')).toBe('the last coverage');
      expect(readFileSync(readme, 'utf8')).toBe(`# Docs\n${block}`);
    });

    test("a set whose later page ran some procedures only: the earlier page's files are not written either", () => {
      const { dir, readme } = inputs();
      const other = join(dir, 'other-page.ko-kr.md');
      copyFileSync(documentedPagePath, other);
      const partial = inSync();
      for (const l of partial.results) l.rules = [];
      for (const [page, result] of [
        ['other-page.ko-kr', { ...inSync(), doc: other }],
        ['upgrade-your-partner-network-membership.ko-kr', partial],
      ] as const) {
        mkdirSync(join(dir, 'set', page), { recursive: true });
        writeFileSync(join(dir, 'set', page, 'docs-drift.json'), JSON.stringify(result));
      }
      const run = coverageCli('--from', join(dir, 'set'), '--readme', readme);
      expect([run.status, run.stderr.split('\n').length, run.stdout]).toEqual([2, 2, '']);
      expect(run.stderr).toContain(`the check of ${documentedPagePath} ran some procedures only`);
      expect(existsSync(join(dir, 'set', 'other-page.ko-kr', 'docs-coverage.json'))).toBe(false);
      expect(readFileSync(readme, 'utf8')).toBe(`# Docs\n${block}`);
    });
  });
});

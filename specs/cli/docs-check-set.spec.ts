import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fixture } from '../unit/docs-parser-helpers';
import { runCli } from './run-cli';

// Parser inputs no page binding performs (bilingual-sample, next-steps) and one the parser rejects (skipped-step):
// a set of them is checked without driving the product, so each run takes seconds, not the real check's minutes.
function docsCheck(...args: string[]) {
  return runCli('bindings/cli/docs-check.ts', args, { env: { ...process.env, BASE_URL: 'http://127.0.0.1:9' } });
}

/** A folder of pages, each `name → parser input`. */
function folderOf(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docs-check-set-'));
  for (const [name, input] of Object.entries(pages)) copyFileSync(fixture(input), join(dir, name));
  return dir;
}

const NO_BINDING =
  'not checked: no page binding performs any of its procedures (bindings/index.ts), which never passes';

test.describe('docs:check refuses a --doc that names no page, in one line naming the option and the path, exit 2', () => {
  test('a path that does not exist', () => {
    const missing = join(tmpdir(), 'no-such-docs-folder', 'page.md');
    expect(docsCheck('--doc', missing)).toEqual({
      status: 2,
      stdout: '',
      stderr: `docs:check: --doc ${missing}: no such file or folder\n`,
    });
  });

  test('a folder with no page in it, its notice aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-set-'));
    writeFileSync(join(dir, 'NOTICE.md'), '# Notice\n');
    mkdirSync(join(dir, 'images.md'));
    expect(docsCheck('--doc', dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: `docs:check: --doc ${dir}: the folder holds no page (.md)\n`,
    });
  });

  test('a missing page among good ones', () => {
    const dir = folderOf({ 'sample.ko-kr.md': 'bilingual-sample.ko-kr.md' });
    const missing = join(dir, 'gone.md');
    const run = docsCheck('--doc', join(dir, 'sample.ko-kr.md'), '--doc', missing);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`docs:check: --doc ${missing}: no such file or folder\n`);
  });
});

test.describe('docs:check checks a set of pages in one run and one report', () => {
  test('a folder: every page in it, a summary per page first, the exit code the worst of the pages', () => {
    const dir = folderOf({
      'next-steps.en-us.md': 'next-steps.en-us.md',
      'sample.ko-kr.md': 'bilingual-sample.ko-kr.md',
      'skipped.ko-kr.md': 'skipped-step.ko-kr.md',
      'NOTICE.md': 'README.md',
    });
    const out = join(dir, 'out');
    const run = docsCheck('--doc', dir, '--out', out);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'docs:check: 3 pages, exit 2 (the worst of the pages)',
      `  exit 1 ${join(dir, 'next-steps.en-us.md')}: ${NO_BINDING}`,
      `  exit 1 ${join(dir, 'sample.ko-kr.md')}: ${NO_BINDING}`,
      `  exit 2 ${join(dir, 'skipped.ko-kr.md')}:10: numbered list skips a number: expected step 3, found step 4 (not checked)`,
    ]);
    // Then each page checked, as it reads alone.
    expect(lines).toContain(`── ${join(dir, 'sample.ko-kr.md')}`);
    expect(lines.some((l) => l.startsWith('UNVERIFIED ko-KR renew-a-sample step 1'))).toBe(true);
    expect(run.status).toBe(2);
  });

  test('--doc repeated: those pages in that order, each with its reports in a folder of its own', () => {
    const dir = folderOf({
      'next-steps.en-us.md': 'next-steps.en-us.md',
      'sample.ko-kr.md': 'bilingual-sample.ko-kr.md',
    });
    const [sample, next] = [join(dir, 'sample.ko-kr.md'), join(dir, 'next-steps.en-us.md')];
    const out = join(dir, 'out');
    const run = docsCheck('--doc', sample, '--doc', next, '--doc', sample, '--out', out);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'docs:check: 2 pages, exit 1 (the worst of the pages)',
      `  exit 1 ${sample}: ${NO_BINDING}`,
      `  exit 1 ${next}: ${NO_BINDING}`,
    ]);
    // A page none of whose procedures a binding performs checked nothing: it never passes.
    expect(run.status).toBe(1);
    for (const page of ['sample.ko-kr', 'next-steps.en-us'])
      expect(existsSync(join(out, page, 'docs-drift.json')), page).toBe(true);
    const junit = readFileSync(join(out, 'docs-drift.junit.xml'), 'utf8');
    const suites = [...junit.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);
    expect(suites).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/sample\.ko-kr\.md · ko-KR$/),
        expect.stringMatching(/sample\.ko-kr\.md · en-US$/),
        expect.stringMatching(/next-steps\.en-us\.md · en-US$/),
      ]),
    );
  });

  test('pages the parser all rejects: each file:line in the summary and in the JUnit file, exit 2', () => {
    const dir = folderOf({
      'skipped.ko-kr.md': 'skipped-step.ko-kr.md',
      'unbalanced.ko-kr.md': 'unbalanced-span.ko-kr.md',
    });
    const out = join(dir, 'out');
    const run = docsCheck('--doc', dir, '--out', out);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('docs:check: 2 pages, exit 2 (the worst of the pages)');
    expect(lines[1]).toMatch(new RegExp(`^  exit 2 ${join(dir, 'skipped.ko-kr.md')}:10: `));
    expect(lines[2]).toMatch(new RegExp(`^  exit 2 ${join(dir, 'unbalanced.ko-kr.md')}:8: `));
    expect(run.status).toBe(2);
    expect(readFileSync(join(out, 'docs-drift.junit.xml'), 'utf8')).toContain(
      `${join(dir, 'unbalanced.ko-kr.md')}:8: `,
    );
  });
});

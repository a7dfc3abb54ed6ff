import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { CheckResult, LocaleResult, ProcedureResult } from '../../checker/model';
import { runCli } from './run-cli';

// What each annotation says is toAnnotations' (specs/unit/docs-check-annotations.spec.ts); here, the command around it.
const result: CheckResult = {
  doc: join(process.cwd(), 'docs/pages/page.ko-kr.md'),
  results: [
    {
      locale: 'en-US',
      procedures: [
        {
          id: 'subscribe',
          title: 'Subscribe',
          line: 57,
          steps: [
            { n: 1, status: 'ok', expected: [], actual: [], line: 59, message: 'ok' },
            {
              n: 6,
              status: 'drift',
              expected: ['Purchase'],
              actual: ['Buy'],
              line: 69,
              message: 'the screen shows **Buy** where the doc says **Purchase**',
            },
          ],
        },
      ],
      rules: [],
      sentences: [],
      warnings: [],
    },
  ],
  summary: {
    steps: 2,
    ok: 1,
    drift: 1,
    unverified: 0,
    rules: { ok: 0, drift: 0, unverified: 0 },
    sentences: { ok: 0, drift: 0, unverified: 0 },
  },
};

/** The file each annotation the command printed is on, as GitHub reads `::error file=…,line=…::`. */
const annotatedFiles = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::'))
    .map((l) => l.split(',')[0]);

test.describe('npm run docs:annotate', () => {
  test('prints an annotation per drift and adds docs-drift.md to the job summary', () => {
    const dir = test.info().outputPath('docs-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'docs-drift.json'), JSON.stringify(result));
    writeFileSync(join(dir, 'docs-drift.md'), '# Documentation check\n');
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli('scripts/github-annotations.ts', [join(dir, 'docs-drift.json')], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      '::error file=docs/pages/page.ko-kr.md,line=69,title=docs%3Acheck en-US · Subscribe · step 6 (drift)::' +
        'the screen shows **Buy** where the doc says **Purchase**',
    ]);
    expect(readFileSync(summary, 'utf8')).toBe('# Documentation check\n');
  });

  test("a set's --out folder: each page's drift annotated, each page's docs-drift.md in the summary", () => {
    const dir = test.info().outputPath('docs-check');
    for (const page of ['a.ko-kr', 'b.ko-kr']) {
      mkdirSync(join(dir, page), { recursive: true });
      writeFileSync(join(dir, page, 'docs-drift.json'), JSON.stringify({ ...result, doc: `docs/pages/${page}.md` }));
      writeFileSync(join(dir, page, 'docs-drift.md'), `# ${page}\n`);
    }
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli('scripts/github-annotations.ts', [dir], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.status).toBe(0);
    expect(annotatedFiles(run.stdout)).toEqual([
      '::error file=docs/pages/a.ko-kr.md',
      '::error file=docs/pages/b.ko-kr.md',
    ]);
    expect(readFileSync(summary, 'utf8')).toBe('# a.ko-kr\n# b.ko-kr\n');
  });

  test('several results files and folders: each annotated, and each docs-drift.md in the summary in their order', () => {
    const dir = test.info().outputPath('docs-check');
    for (const language of ['ko-KR', 'en-US']) {
      mkdirSync(join(dir, language), { recursive: true });
      writeFileSync(join(dir, language, 'docs-drift.json'), JSON.stringify({ ...result, doc: `${language}.md` }));
      writeFileSync(join(dir, language, 'docs-drift.md'), `# ${language}\n`);
    }
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli('scripts/github-annotations.ts', [join(dir, 'ko-KR'), join(dir, 'en-US', 'docs-drift.json')], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.status).toBe(0);
    expect(annotatedFiles(run.stdout)).toEqual(['::error file=ko-KR.md', '::error file=en-US.md']);
    expect(readFileSync(summary, 'utf8')).toBe('# ko-KR\n# en-US\n');
  });

  test("a set's later page that is no check result: one line, exit 2, nothing annotated or added to the summary", () => {
    const dir = test.info().outputPath('docs-check');
    for (const [page, json] of [
      ['a.ko-kr', JSON.stringify({ ...result, doc: 'docs/pages/a.ko-kr.md' })],
      ['b.ko-kr', '{}'],
    ] as const) {
      mkdirSync(join(dir, page), { recursive: true });
      writeFileSync(join(dir, page, 'docs-drift.json'), json);
      writeFileSync(join(dir, page, 'docs-drift.md'), `# ${page}\n`);
    }
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier steps\n');
    const run = runCli('scripts/github-annotations.ts', [dir], {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary },
    });
    expect(run).toEqual({
      status: 2,
      stdout: '',
      // The key is missing: the place of the object it is missing from.
      stderr: `docs:annotate: ${join(dir, 'b.ko-kr', 'docs-drift.json')}:1:1: not a docs check result: doc is missing\n`,
    });
    expect(readFileSync(summary, 'utf8')).toBe('# Earlier steps\n');
  });

  test('a folder with no results is one line and exit code 2', () => {
    const dir = test.info().outputPath('empty');
    mkdirSync(dir, { recursive: true });
    const run = runCli('scripts/github-annotations.ts', [dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `docs:annotate: ${dir}: no docs-drift.json in it or in its page folders; the docs check writes it in its --out folder\n`,
    );
  });

  test('a GITHUB_STEP_SUMMARY that cannot be added to is one line naming the variable and exit code 2', () => {
    const dir = test.info().outputPath('docs-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'docs-drift.json'), JSON.stringify(result));
    const run = runCli('scripts/github-annotations.ts', [dir], { env: { ...process.env, GITHUB_STEP_SUMMARY: dir } });
    expect([run.status, run.stderr]).toEqual([
      2,
      `docs:annotate: GITHUB_STEP_SUMMARY=${dir}: cannot add to it (EISDIR)\n`,
    ]);
  });

  test('an option is named as one, not looked for as a file', () => {
    const run = runCli('scripts/github-annotations.ts', ['--out', 'reports/docs-check']);
    expect([run.status, run.stderr]).toEqual([
      2,
      'docs:annotate: --out: not an option of this command; name the docs-drift.json or the --out folder\n',
    ]);
  });

  test('no report to read is one line and exit code 2', () => {
    const run = runCli('scripts/github-annotations.ts', ['reports/none/docs-drift.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'docs:annotate: reports/none/docs-drift.json: no such file; the docs check writes it in its --out folder\n',
    );
  });

  test('a file that is no check result is one line naming it and exit code 2', () => {
    const file = test.info().outputPath('docs-drift.json');
    writeFileSync(file, '{}');
    const run = runCli('scripts/github-annotations.ts', [file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`docs:annotate: ${file}:1:1: not a docs check result: doc is missing\n`);
  });

  test('a check result that lacks what an annotation says is one line naming the file and the field, exit code 2', () => {
    const file = test.info().outputPath('docs-drift.json');
    const [english] = result.results as [LocaleResult];
    const { steps: _, ...withoutSteps } = english.procedures[0] as ProcedureResult;
    const rule = { id: 'refund-window', status: 'drift', line: 12 };
    for (const [language, missing, at] of [
      [{ ...english, procedures: [withoutSteps] }, 'results[0].procedures[0].steps is missing', '"procedures": ['],
      [{ ...english, rules: [rule] }, 'results[0].rules[0].message is missing', '"rules": ['],
    ] as const) {
      const text = JSON.stringify({ ...result, results: [language] }, null, 2);
      writeFileSync(file, text);
      // The object the key is missing from opens on the line after its list's.
      const line = text.split('\n').findIndex((l) => l.trim() === at) + 2;
      const run = runCli('scripts/github-annotations.ts', [file]);
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: `docs:annotate: ${file}:${line}:9: not a docs check result: ${missing}\n`,
      });
    }
  });
});

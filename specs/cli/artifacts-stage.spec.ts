import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { testCards } from '../../flows/test-cards';
import { spaced } from '../support/card-forms';
import { runCli } from './run-cli';

// What a CI job uploads: a copy of its outputs without the files where the scan finds a card number. The forms a
// number takes are the scan's (specs/unit/check-reports.spec.ts); here, what is copied, what is left out and named,
// and that the sources are only read. The spec never writes a number out: a failing test's trace keeps its source.
let root: string;
const write = (files: Record<string, string | Uint8Array>) => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
};
const read = (path: string) => readFileSync(join(root, path), 'utf8');
// Compared whole, not with toEqual: a failure would print a zip's bytes.
const sameBytes = (path: string, bytes: Buffer) => readFileSync(join(root, path)).equals(bytes);
const run = (script: string, ...args: string[]) => {
  const { status, stdout, stderr } = runCli(script, args, { cwd: root });
  return { code: status, out: stdout + stderr };
};
const stage = (...args: string[]) => run('scripts/artifacts-stage.ts', ...args);

/** A shard's outputs as `npm run test:browser -- --shard` writes them, its blob report's trace holding `typed`. */
const shard = (folder: string, typed: string) => ({
  [`${folder}/blob-report/report-1.zip`]: zipSync({
    'resources/trace.zip': zipSync({
      'test.trace': strToU8(JSON.stringify({ type: 'before', method: 'fill', params: { value: typed } })),
    }),
  }),
  [`${folder}/allure-results/a-result.json`]: JSON.stringify({ name: 'subscribes', status: 'failed' }),
  [`${folder}/reports/junit.xml`]: '<testsuites tests="1" failures="1"/>',
});

test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'artifacts-stage-'));
});

test.afterEach(() => rmSync(root, { recursive: true, force: true }));

test.describe('npm run artifacts:stage', () => {
  test('copies each file where no card number is found, leaves out and names each where one is, and exits 1', () => {
    write(shard('shard', spaced(testCards.visa)));
    const source = readFileSync(join(root, 'shard/blob-report/report-1.zip'));
    const staged = stage('upload', 'shard');
    expect(staged).toEqual({
      code: 1,
      out:
        'artifacts:stage: 2 files copied into upload\n' +
        'artifacts:stage: 1 file(s) left out, each holding a test card number or unreadable (listed in upload/shard/WITHHELD.txt):\n' +
        '  shard/blob-report/report-1.zip!resources/trace.zip!test.trace: visa test card ending 1111 (spaced, dashed or dotted)\n' +
        '  shard/blob-report/report-1.zip!resources/trace.zip!test.trace: visa test card ending 1111 (split across steps)\n',
    });
    expect(read('upload/shard/allure-results/a-result.json')).toBe(read('shard/allure-results/a-result.json'));
    expect(read('upload/shard/reports/junit.xml')).toBe('<testsuites tests="1" failures="1"/>');
    expect(() => read('upload/shard/blob-report/report-1.zip')).toThrow(/ENOENT/);
    expect(read('upload/shard/WITHHELD.txt')).toBe(
      'Left out of this artifact: each of these files holds a test card number (in the form named) or cannot be scanned.\n' +
        'shard/blob-report/report-1.zip!resources/trace.zip!test.trace: visa test card ending 1111 (spaced, dashed or dotted)\n' +
        'shard/blob-report/report-1.zip!resources/trace.zip!test.trace: visa test card ending 1111 (split across steps)\n',
    );
    // The source is only read: the run's own file still holds what it held.
    expect(sameBytes('shard/blob-report/report-1.zip', source), 'the source unchanged').toBe(true);
    // What is uploaded passes the scan that failed the run.
    expect(run('scripts/check-reports.ts', 'upload')).toEqual({
      code: 0,
      out: 'check-reports: no card number in 3 files and 0 zip entries or embedded data in upload\n',
    });
    // A shard whose blob report was left out is named by the merge, which has nothing to merge for it.
    expect(run('scripts/report-merge.ts', 'upload/shard')).toEqual({
      code: 1,
      out: 'report:merge: upload/shard: its blob report was left out for a card number: see upload/shard/WITHHELD.txt\n',
    });
  });

  test('copies a clean run whole, a file given by name under its own path, and names a path that is absent', () => {
    write({ ...shard('shard', '•••• 1111'), 'reports/durations.json': '{}', 'reports/other.txt': 'not asked for' });
    expect(stage('upload', 'shard', 'reports/durations.json', 'playwright-report')).toEqual({
      code: 0,
      out: 'artifacts:stage: 4 files copied into upload (absent: playwright-report)\n',
    });
    expect(
      sameBytes('upload/shard/blob-report/report-1.zip', readFileSync(join(root, 'shard/blob-report/report-1.zip'))),
    ).toBe(true);
    expect(read('upload/reports/durations.json')).toBe('{}');
    expect(() => read('upload/reports/other.txt')).toThrow(/ENOENT/);
    expect(() => read('upload/shard/WITHHELD.txt')).toThrow(/ENOENT/);
  });

  test('a folder reached through a link is only read: its files are copied or left out, never replaced', () => {
    write(shard('outside/run', testCards.mastercard));
    symlinkSync(join(root, 'outside/run'), join(root, 'shard'));
    const before = readFileSync(join(root, 'outside/run/blob-report/report-1.zip'));
    expect(stage('upload', 'shard').code).toBe(1);
    expect(sameBytes('outside/run/blob-report/report-1.zip', before), 'the linked source unchanged').toBe(true);
    expect(read('upload/shard/WITHHELD.txt')).toContain(
      'shard/blob-report/report-1.zip!resources/trace.zip!test.trace: mastercard test card ending 4444',
    );
    // A folder to stage into that is a source reached through a link would copy into the source.
    expect(stage('outside', 'shard')).toEqual({
      code: 2,
      out: 'artifacts:stage: outside and shard overlap: stage into a folder outside what is staged\n',
    });
  });

  test('a file it cannot read to scan is left out and named, the others copied', () => {
    write({ ...shard('shard', '•••• 1111'), 'shard/test-results/cut/trace.zip': 'PK\u0003\u0004 cut short' });
    expect(stage('upload', 'shard')).toEqual({
      code: 1,
      out:
        'artifacts:stage: 3 files copied into upload\n' +
        'artifacts:stage: 1 file(s) left out, each holding a test card number or unreadable (listed in upload/shard/WITHHELD.txt):\n' +
        '  shard/test-results/cut/trace.zip is not a readable zip (invalid zip data): left out, as it cannot be scanned\n',
    });
    expect(() => read('upload/shard/test-results/cut/trace.zip')).toThrow(/ENOENT/);
  });

  test('a file whose name holds a card number is left out, and named by the folder it is in only', () => {
    write({ ...shard('shard', '•••• 1111'), [`shard/attachments/typed-${testCards.amex}.txt`]: 'a note' });
    const staged = stage('upload', 'shard');
    expect(staged).toEqual({
      code: 1,
      out:
        'artifacts:stage: 3 files copied into upload\n' +
        'artifacts:stage: 1 file(s) left out, each holding a test card number or unreadable (listed in upload/shard/WITHHELD.txt):\n' +
        '  a file under shard whose name holds the amex test card ending 0005 (plain)\n',
    });
    expect(read('upload/shard/WITHHELD.txt')).not.toContain(testCards.amex);
    expect(() => read(`upload/shard/attachments/typed-${testCards.amex}.txt`)).toThrow(/ENOENT/);
  });

  test('bad input is one line and exit 2, with nothing written', () => {
    write(shard('shard', '•••• 1111'));
    const usage = 'usage: tsx scripts/artifacts-stage.ts <into> <path> [path ...]';
    const refused = {
      '': `a folder to stage into and at least one path are needed (${usage})`,
      upload: `a folder to stage into and at least one path are needed (${usage})`,
      'upload --all': `unknown option --all (${usage})`,
      'upload ../elsewhere': '../elsewhere: give a path inside this folder, as the artifact keeps it under upload',
      'upload /etc': '/etc: give a path inside this folder, as the artifact keeps it under upload',
      'shard/reports shard': 'shard/reports and shard overlap: stage into a folder outside what is staged',
      'upload/x .': 'upload/x and . overlap: stage into a folder outside what is staged',
      'shard/reports/junit.xml shard/allure-results': 'shard/reports/junit.xml is a file: name a folder to stage into',
      'upload shard shard/': 'shard and shard/: the same files named twice; name each path once',
      'upload ./shard shard': './shard and shard: the same files named twice; name each path once',
      'upload shard shard/reports/junit.xml':
        'shard and shard/reports/junit.xml: the same files named twice; name each path once',
    };
    for (const [args, line] of Object.entries(refused))
      expect(stage(...args.split(' ').filter(Boolean)), args).toEqual({ code: 2, out: `artifacts:stage: ${line}\n` });
    // An empty argument, as a job's unset variable gives: not taken for the current folder, nor as nothing to copy.
    expect(stage('upload', 'shard', '')).toEqual({
      code: 2,
      out: `artifacts:stage: path 2 is empty (''): name a file or folder to stage (${usage})\n`,
    });
    expect(stage('', 'shard')).toEqual({
      code: 2,
      out: `artifacts:stage: the folder to stage into is empty (''): name one (${usage})\n`,
    });
    expect(() => read('upload/shard/reports/junit.xml')).toThrow(/ENOENT/);

    // A link to nothing, or a link inside the folder that leads out of it (here into the source), is never written through.
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
    expect(stage('dangling', 'shard')).toEqual({
      code: 2,
      out: 'artifacts:stage: dangling is a link to nothing: name a folder to stage into\n',
    });
    mkdirSync(join(root, 'up/shard'), { recursive: true });
    symlinkSync(join(root, 'shard/allure-results'), join(root, 'up/shard/reports'));
    expect(stage('up', 'shard')).toEqual({
      code: 2,
      out: 'artifacts:stage: up/shard/reports/junit.xml leads out of up through a link\n',
    });
    expect(() => read('shard/allure-results/junit.xml')).toThrow(/ENOENT/);
    // A link to nothing where a copy goes, or a file where the copy needs a folder: refused before anything is written.
    mkdirSync(join(root, 'at/shard/reports'), { recursive: true });
    symlinkSync(join(root, 'nowhere'), join(root, 'at/shard/reports/junit.xml'));
    expect(stage('at', 'shard')).toEqual({
      code: 2,
      out: 'artifacts:stage: at/shard/reports/junit.xml already exists: stage into a new folder\n',
    });
    write({ 'in/shard': 'a file' });
    expect(stage('in', 'shard')).toEqual({
      code: 2,
      out: 'artifacts:stage: in/shard is a file, where the copy needs a folder\n',
    });
    expect(() => read('at/shard/allure-results/a-result.json')).toThrow(/ENOENT/);
    // A staged copy staged again would take its list for a file of the run.
    expect(stage('once', 'shard').code).toBe(0);
    write({ 'once/shard/WITHHELD.txt': 'a list' });
    expect(stage('twice', 'once/shard')).toEqual({
      code: 2,
      out: "artifacts:stage: once/shard/WITHHELD.txt: a staged copy's list; stage a run's outputs, not a copy\n",
    });

    // A folder whose name starts with two dots is inside this one.
    write({ '..shard/notes.txt': 'inside' });
    expect(stage('dots', '..shard')).toEqual({ code: 0, out: 'artifacts:stage: 1 files copied into dots\n' });

    // A second staging into the same folder would replace the first's copies: refused before anything is written.
    expect(stage('upload', 'shard/allure-results').code).toBe(0);
    expect(stage('upload', 'shard/reports', 'shard/allure-results')).toEqual({
      code: 2,
      out: 'artifacts:stage: upload/shard/allure-results/a-result.json already exists: stage into a new folder\n',
    });
    expect(() => read('upload/shard/reports/junit.xml')).toThrow(/ENOENT/);
  });
});

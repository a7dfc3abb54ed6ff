import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { changedLines, changedProcedures, ChangedRefError, procedureRanges } from '../../docs/check/changed';
import { documentedPage, documentedPagePath } from '../../docs/documented-page';
import { parseDocFile } from '../../docs/parser';
import { runCli } from './run-cli';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const TURN_OFF = 'turn-off-automatic-action-pack-subscription-renewal';
const RENEW = 'renew-your-action-pack-subscription';
const CANCEL = 'cancel-your-action-pack-subscription';

/** A repository of its own holding the vendored page, committed once. */
function pageRepo(): { dir: string; page: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'docs-changed-'));
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  const page = join(dir, 'page.ko-kr.md');
  copyFileSync(documentedPagePath, page);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'the page');
  return { dir, page, git };
}

/** The page with `edit` applied to its 1-based `line`. */
function editLine(page: string, line: number, edit: (text: string) => string | undefined): void {
  const lines = readFileSync(page, 'utf8').split('\n');
  const next = edit(lines[line - 1] ?? '');
  lines.splice(line - 1, 1, ...(next === undefined ? [] : [next]));
  writeFileSync(page, lines.join('\n'));
}

const docsCheck = (...args: string[]) => runCli('docs/check/cli.ts', args, { env: { ...process.env, BASE_URL: 'http://127.0.0.1:9' } });

test.describe('docs:check --changed <git-ref>', () => {
  test('a procedure runs from its heading to the next heading of its level', () => {
    const doc = documentedPage();
    const line = (id: string) => doc.sections.find((s) => s.id === id)?.line ?? 0;
    expect(procedureRanges(doc)).toEqual([
      { id: SUBSCRIBE, from: line(SUBSCRIBE), to: line(TURN_OFF) - 1 },
      { id: TURN_OFF, from: line(TURN_OFF), to: line(RENEW) - 1 },
      { id: RENEW, from: line(RENEW), to: line(CANCEL) - 1 },
      { id: CANCEL, from: line(CANCEL), to: line('next-steps') - 1 },
    ]);
  });

  test('a changed step and a removed note line select their procedures; the others are skipped', () => {
    const { page } = pageRepo();
    const doc = parseDocFile(page);
    const renewStep = doc.procedures.find((p) => p.id === RENEW)?.steps[2]?.line ?? 0;
    const cancelLast = (doc.sections.find((s) => s.id === 'next-steps')?.line ?? 0) - 2;
    editLine(page, renewStep, (text) => text.replace('</span>', ' (edited)</span>'));
    editLine(page, cancelLast, () => undefined);
    const lines = changedLines(page, 'HEAD');
    expect(lines).toContain(renewStep);
    expect(changedProcedures(parseDocFile(page), lines)).toEqual({ changed: [RENEW, CANCEL], skipped: [SUBSCRIBE, TURN_OFF], outside: [] });
  });

  test('a change above every procedure selects none and is named by its line', () => {
    const { page } = pageRepo();
    editLine(page, 20, (text) => `${text} `);
    expect(changedProcedures(parseDocFile(page), changedLines(page, 'HEAD'))).toEqual({ changed: [], skipped: [SUBSCRIBE, TURN_OFF, RENEW, CANCEL], outside: [20] });
  });

  test('a ref that names no commit is refused', () => {
    const { page } = pageRepo();
    expect(() => changedLines(page, 'origin/no-such-branch')).toThrow(ChangedRefError);
  });

  test('the command: a ref that names no commit is one line and exit code 2', () => {
    const run = docsCheck('--changed', 'no-such-ref-anywhere');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`docs:check: --changed "no-such-ref-anywhere" names no commit of the repository that holds ${documentedPagePath}\n`);
  });

  test('the command: an unchanged page checks nothing, says it skipped every procedure, and starts no browser', () => {
    const { page } = pageRepo();
    const run = docsCheck('--doc', page, '--changed', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`docs:check --changed HEAD: checking no procedure; skipped, unchanged: ${[SUBSCRIBE, TURN_OFF, RENEW, CANCEL].join(', ')}\n`);
    expect(run.status).toBe(0);
  });

  test('the command: --changed with --procedure is refused', () => {
    const run = docsCheck('--changed', 'HEAD', '--procedure', SUBSCRIBE);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('docs:check: --changed and --procedure choose the procedures each their own way: give one of them');
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentedPagePath } from '../../bindings/documented-page';

/** A repository of its own holding the vendored page, committed once. */
export function pageRepo(): { dir: string; page: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'docs-changed-'));
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
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

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a documentation page lives, for a patch's paths and for links from a report to its lines. */
export interface PageLinks {
  /** The page's path from the root of its git repository (else from the working directory), `/`-separated. */
  path: string;
  /** Links that open the page at a line: GitHub's view when the repository is on GitHub, the file, the editor. */
  line(n: number | null): { label: string; href: string }[];
}

function git(dir: string, ...args: string[]): string | undefined {
  const run = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** The repository root holding `file`: the nearest folder with `.git` (a folder, or a file in a worktree). */
export function repositoryRoot(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `https://github.com/owner/repo` from an origin such as `git@github.com:owner/repo.git`. */
export function githubRepository(remote: string | undefined): string | undefined {
  const m = /^(?:https:\/\/|ssh:\/\/git@|git@)github\.com[/:]([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote ?? '');
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

/**
 * A report is read in a browser, often far from the checkout: GitHub's page at the commit that was checked
 * (`#L<n>` selects the line), when the page is in a GitHub repository; and a `file://` link, which opens the
 * page locally but cannot select a line, so a `vscode://` link beside it opens the editor at the line.
 */
export function pageLinks(file: string): PageLinks {
  const absolute = resolve(file);
  const root = repositoryRoot(absolute);
  const path = relative(root ?? process.cwd(), absolute).split(sep).join('/');
  const github = root ? githubRepository(git(root, 'remote', 'get-url', 'origin')) : undefined;
  const commit = github && root ? git(root, 'rev-parse', 'HEAD') : undefined;
  const fileUrl = pathToFileURL(absolute).href;
  return {
    path,
    line: (n) => [
      ...(github && commit ? [{ label: 'GitHub', href: `${github}/blob/${commit}/${path}${n ? `#L${n}` : ''}` }] : []),
      { label: 'file', href: fileUrl },
      { label: 'editor', href: `vscode://file${encodeURI(absolute)}${n ? `:${n}:1` : ''}` },
    ],
  };
}

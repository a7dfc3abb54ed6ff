import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What the sandbox's build is made from: its sources (app/, without a build in app/dist), the mocked backend beside
 * it, the vite config, and the lockfile (the versions of React, i18next and vite itself).
 */
const inputs = ['app', 'mocks', 'vite.config.ts', 'package-lock.json'];
const HASH_FILE = '.source-hash';

/** Set by `npm run bench` and `npm run profile` for a cold run: a cache of its own, empty, that no other run uses. */
export const buildCacheVariable = 'PARTNER_HARNESS_BUILD_CACHE';

/**
 * Where up-to-date builds are kept, one folder per source hash: beside the packages, so `npm ci` clears them.
 * Checkouts that share node_modules (a symlink) share it: a build is only ever added whole, and never removed while
 * a server uses it.
 */
export function sandboxBuildCache(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[buildCacheVariable] || join(root, 'node_modules', '.cache', 'sandbox-build');
}

const SERVED_BY = '.served-by-';

/**
 * Marks the build in `dir` as served by this process until it exits: no other run prunes a build in use, however
 * long ago it was made (a server left running for days beside runs of other sources). A killed server's marker
 * names a process that is gone, and holds nothing.
 */
export function holdBuild(dir: string): void {
  const marker = join(dir, `${SERVED_BY}${process.pid}`);
  writeFileSync(marker, '');
  process.once('exit', () => rmSync(marker, { force: true }));
}

function servedByALiveProcess(dir: string): boolean {
  return readdirSync(dir).some((name) => name.startsWith(SERVED_BY) && alive(Number(name.slice(SERVED_BY.length))));
}

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith(`app${sep}dist${sep}`));
}

/** A hash of every input's path and content: any edit, added, removed or renamed file changes it. */
export function sandboxSourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const path of inputs.flatMap((i) => files(root, i)).sort()) {
    hash.update(`${path.split(sep).join('/')}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders a killed build left half-written, and builds of older sources nobody has served for an hour. */
function prune(cache: string, keep: string): void {
  for (const name of readdirSync(cache)) {
    if (name === keep) continue;
    const full = join(cache, name);
    const pid = Number(/\.tmp-(\d+)$/.exec(name)?.[1]);
    const stale = pid ? !alive(pid) : Date.now() - statSync(full).mtimeMs > 3_600_000 && !servedByALiveProcess(full);
    if (stale) rmSync(full, { recursive: true, force: true });
  }
}

/** What the build in `dir` says it was made from, or undefined where there is no finished build. */
function hashIn(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, HASH_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

const inTheWay = (error: unknown) => ['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Renames the finished build in `tmp` to `dir`: 'theirs' when another run's finished build of the same sources is
 * there, which is kept (it may be served, and it is as good as ours). A rename never replaces a folder with files in
 * it, so nothing is removed on a look another run may have made stale: a folder in the way that is no finished build
 * (half of one) is first moved aside whole, and deleted only once it is seen, there, not to have become one.
 */
function publish(tmp: string, dir: string, hash: string): 'ours' | 'theirs' {
  const aside = `${dir}.aside.tmp-${process.pid}`;
  for (;;) {
    try {
      renameSync(tmp, dir);
      return 'ours';
    } catch (error) {
      if (!inTheWay(error)) throw error;
    }
    if (hashIn(dir) === hash) return 'theirs';
    rmSync(aside, { recursive: true, force: true });
    try {
      renameSync(dir, aside);
    } catch (error) {
      // Another run moved it first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    if (hashIn(aside) !== hash) {
      rmSync(aside, { recursive: true, force: true });
      continue;
    }
    // Another run published between the look and the move: put back, unless a third has published since.
    try {
      renameSync(aside, dir);
    } catch (error) {
      if (!inTheWay(error)) throw error;
    }
    return 'theirs';
  }
}

/**
 * The sandbox built from the sources as they are now: the folder of an earlier build of exactly these sources
 * (its hash file says so), else a new build. A build is written to a folder of its own and renamed into place
 * when complete, so a run never serves half a build, and one made from other sources is never found.
 */
export async function upToDateBuild(
  root: string,
  build: (outDir: string) => Promise<void>,
  cache = sandboxBuildCache(root),
): Promise<{ dir: string; hash: string; reused: boolean }> {
  const hash = sandboxSourceHash(root);
  const dir = join(cache, hash);
  if (hashIn(dir) === hash) {
    // Its time is when it was last used: a build in use is never pruned as old.
    const now = new Date();
    utimesSync(dir, now, now);
    return { dir, hash, reused: true };
  }
  mkdirSync(cache, { recursive: true });
  prune(cache, hash);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build(tmp);
    writeFileSync(join(tmp, HASH_FILE), hash);
    // Another run may have finished the same build meanwhile, and may be serving it: that one is kept.
    if (publish(tmp, dir, hash) === 'theirs') {
      rmSync(tmp, { recursive: true, force: true });
      return { dir, hash, reused: true };
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    // Another run finished the same build first: it is as good as ours.
    if (hashIn(dir) === hash) return { dir, hash, reused: true };
    throw error;
  }
  return { dir, hash, reused: false };
}

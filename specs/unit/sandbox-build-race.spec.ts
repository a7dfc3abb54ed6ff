import fs, { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { sandboxBuildCache, sandboxSourceHash, upToDateBuild } from '../../scripts/sandbox-build';

/** A moment in this run's publishing: just before or just after its `touch`-th file-system call on the place. */
interface Moment {
  when: 'before' | 'after';
  touch: number;
}

const wrapped = [
  'existsSync',
  'readFileSync',
  'renameSync',
  'rmSync',
  'statSync',
  'utimesSync',
  'readdirSync',
] as const;

/** The checkouts a test made, removed after it whatever its outcome. */
const made: string[] = [];

test.afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * A checkout of the sandbox's inputs, with its own cache, and the place its build is published at; `run` builds
 * (once its build is done, `built` holds) and publishes as sandbox:serve does.
 */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'sandbox-build-race-'));
  made.push(root);
  for (const [path, text] of Object.entries({
    'app/src/main.tsx': 'render(1)',
    'vite.config.ts': 'export default {}',
  })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const cache = sandboxBuildCache(root, {});
  mkdirSync(cache, { recursive: true });
  const hash = sandboxSourceHash(root);
  let built = false;
  const build = async (outDir: string) => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'render(1)');
    built = true;
  };
  return {
    cache,
    hash,
    place: join(cache, hash),
    built: () => built,
    run: () => upToDateBuild(root, build, cache),
  };
}

/** Another run's finished build of the same sources, beside the place it is renamed into, with a file to know it by. */
function otherRunsBuild(cache: string, hash: string): string {
  const dir = join(cache, 'the-other-run');
  mkdirSync(dir);
  for (const [file, text] of Object.entries({ 'index.html': 'render(1)', theirs: '', '.source-hash': hash }))
    writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * Runs `body` with `act` done at `moment` once `armed()` holds: another process acting between two steps of this
 * one, made certain. Node's fs functions are wrapped meanwhile (syncBuiltinESMExports carries the wrappers to the
 * modules that imported them by name); `act` is handed the originals.
 */
async function withInterleaving<T>(
  place: string,
  moment: Moment,
  armed: () => boolean,
  act: (original: typeof fs) => void,
  body: () => Promise<T>,
): Promise<T> {
  const originals = { ...fs };
  const table = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  let touches = 0;
  const onPlace = (args: unknown[]) =>
    args.some((a) => typeof a === 'string' && (a === place || a.startsWith(place + sep)));
  for (const name of wrapped) {
    const original = originals[name] as (...args: unknown[]) => unknown;
    table[name] = (...args: unknown[]) => {
      const now = armed() && onPlace(args) && ++touches === moment.touch;
      if (now && moment.when === 'before') act(originals);
      try {
        return original(...args);
      } finally {
        // After a call that failed too (a read of a hash file that is not there).
        if (now && moment.when === 'after') act(originals);
      }
    };
  }
  syncBuiltinESMExports();
  try {
    return await body();
  } finally {
    for (const name of wrapped) table[name] = originals[name] as (...args: unknown[]) => unknown;
    syncBuiltinESMExports();
  }
}

test.describe('two runs of the same sources finishing their builds together', () => {
  for (const when of ['before', 'after'] as const)
    test(`the other's build landing just ${when} this run first looks at the place: no finished build is deleted`, async () => {
      const c = checkout();
      const theirs = otherRunsBuild(c.cache, c.hash);
      // Renamed into place as a run publishes, unless a build is there already (the other run would then use it).
      const land = (original: typeof fs) => void (original.existsSync(c.place) || original.renameSync(theirs, c.place));
      const result = await withInterleaving(c.place, { when, touch: 1 }, c.built, land, c.run);
      // The other run's build is where it landed, or was never moved; this run serves what is in place.
      expect([existsSync(join(c.place, 'theirs')), existsSync(join(theirs, 'theirs'))]).toContain(true);
      expect(result).toMatchObject({ dir: c.place, reused: existsSync(join(c.place, 'theirs')) });
      expect(readFileSync(join(c.place, '.source-hash'), 'utf8')).toBe(c.hash);
      expect(readFileSync(join(c.place, 'index.html'), 'utf8')).toBe('render(1)');
    });

  test('half a build in the place is cleared, but a build the other run published there meanwhile is put back and used', async () => {
    const c = checkout();
    const theirs = otherRunsBuild(c.cache, c.hash);
    mkdirSync(c.place);
    writeFileSync(join(c.place, 'index.html'), 'half');
    // After this run has found the half build in the way and read that it has no hash, the other clears it and
    // publishes, before this run moves it aside.
    const clearAndPublish = (original: typeof fs) => {
      original.renameSync(c.place, join(c.cache, 'cleared-by-the-other-run'));
      original.renameSync(theirs, c.place);
    };
    const result = await withInterleaving(c.place, { when: 'after', touch: 2 }, c.built, clearAndPublish, c.run);
    expect(result).toMatchObject({ dir: c.place, reused: true });
    expect(existsSync(join(c.place, 'theirs'))).toBe(true);
    expect(readFileSync(join(c.place, '.source-hash'), 'utf8')).toBe(c.hash);
  });
});

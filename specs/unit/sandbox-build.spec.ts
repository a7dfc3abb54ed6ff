import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildCacheVariable, holdBuild, sandboxBuildCache, upToDateBuild } from '../../scripts/sandbox-build';

/**
 * A checkout with the sandbox's inputs, and a build that writes what it was built from, counting its calls. Its
 * builds go to its own cache, whatever the environment names (a cold run's, shared by every checkout, would let
 * one test find another's build of the same sources).
 */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'sandbox-build-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('app/index.html', '<div id="root"></div>');
  write('app/src/main.tsx', 'render(1)');
  write('mocks/handlers/offers.ts', 'export const offers = 1;');
  write('vite.config.ts', 'export default {}');
  write('package-lock.json', '{"lockfileVersion":3}');
  let builds = 0;
  const build = async (outDir: string) => {
    builds++;
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), readFileSync(join(root, 'app/src/main.tsx')));
  };
  const cache = sandboxBuildCache(root, {});
  const run = () => upToDateBuild(root, build, cache);
  return {
    root,
    cache,
    write,
    run,
    builds: () => builds,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

test.describe('the sandbox build, reused while its sources are unchanged', () => {
  test('a second run with the same sources reuses the first build instead of building again', async () => {
    const c = checkout();
    const first = await c.run();
    const second = await c.run();
    expect(first.reused).toBe(false);
    expect(second).toEqual({ ...first, reused: true });
    expect(c.builds()).toBe(1);
    expect(readFileSync(join(second.dir, 'index.html'), 'utf8')).toBe('render(1)');
    c.remove();
  });

  for (const [what, change] of [
    ['an app source edited', (c: ReturnType<typeof checkout>) => c.write('app/src/main.tsx', 'render(2)')],
    ['an app file added', (c: ReturnType<typeof checkout>) => c.write('app/src/new.ts', '')],
    [
      'an app file renamed',
      (c: ReturnType<typeof checkout>) => renameSync(join(c.root, 'app/index.html'), join(c.root, 'app/home.html')),
    ],
    [
      'a mocked handler edited',
      (c: ReturnType<typeof checkout>) => c.write('mocks/handlers/offers.ts', 'export const offers = 2;'),
    ],
    [
      'the vite config edited',
      (c: ReturnType<typeof checkout>) => c.write('vite.config.ts', 'export default { base: "/x/" }'),
    ],
    [
      'the lockfile changed (another React or vite)',
      (c: ReturnType<typeof checkout>) => c.write('package-lock.json', '{"lockfileVersion":3,"x":1}'),
    ],
  ] as const) {
    test(`${what}: the next run builds again, into another folder`, async () => {
      const c = checkout();
      const before = await c.run();
      change(c);
      const after = await c.run();
      expect(after.reused).toBe(false);
      expect(after.dir).not.toBe(before.dir);
      expect(c.builds()).toBe(2);
      c.remove();
    });
  }

  test('an edit that reads the same after it is undone finds the build of those sources again', async () => {
    const c = checkout();
    const first = await c.run();
    c.write('app/src/main.tsx', 'render(2)');
    expect(readFileSync(join((await c.run()).dir, 'index.html'), 'utf8')).toBe('render(2)');
    c.write('app/src/main.tsx', 'render(1)');
    const back = await c.run();
    expect(back).toEqual({ ...first, reused: true });
    expect(readFileSync(join(back.dir, 'index.html'), 'utf8')).toBe('render(1)');
    c.remove();
  });

  test('a build left in app/dist is no input: it changes nothing', async () => {
    const c = checkout();
    await c.run();
    c.write('app/dist/index.html', 'an old build');
    expect((await c.run()).reused).toBe(true);
    c.remove();
  });

  test('a failed build leaves nothing to reuse, and a folder without its hash file is never served', async () => {
    const c = checkout();
    await expect(
      upToDateBuild(
        c.root,
        async (outDir) => {
          mkdirSync(outDir, { recursive: true });
          writeFileSync(join(outDir, 'index.html'), 'half');
          throw new Error('build failed');
        },
        c.cache,
      ),
    ).rejects.toThrow('build failed');
    // Half a build where the finished one would be, as a killed run could leave it.
    const first = await c.run();
    rmSync(join(first.dir, '.source-hash'));
    const again = await c.run();
    expect(again.reused).toBe(false);
    expect(c.builds()).toBe(2);
    expect(c.cache.startsWith(c.root)).toBe(true);
    c.remove();
  });

  test('an old build another source left is pruned, unless a live server still serves it', async () => {
    const c = checkout();
    const served = (await c.run()).dir;
    c.write('app/src/main.tsx', 'render(2)');
    const unserved = (await c.run()).dir;
    // This process serves the first; the second was served by a process that is gone (pid 2^22 + 1 is past Linux's
    // pid_max). Both last used two hours ago.
    holdBuild(served);
    writeFileSync(join(unserved, `.served-by-${2 ** 22 + 1}`), '');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    for (const dir of [served, unserved]) utimesSync(dir, twoHoursAgo, twoHoursAgo);
    c.write('app/src/main.tsx', 'render(3)');
    await c.run();
    expect(existsSync(join(served, 'index.html'))).toBe(true);
    expect(existsSync(unserved)).toBe(false);
    c.remove();
  });

  test("a cold run's cache, named in the environment, is used instead of the shared one", () => {
    expect(sandboxBuildCache('/checkout', {})).toBe('/checkout/node_modules/.cache/sandbox-build');
    expect(sandboxBuildCache('/checkout', { [buildCacheVariable]: '/tmp/cold' })).toBe('/tmp/cold');
  });
});

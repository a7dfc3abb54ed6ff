import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { scaled } from '../../harness/settings/timeouts';

// `npm start`'s page enters through the mocked backend's start.ts, which Vite's dependency scan of index.html does
// not reach. Its packages were then found on the first page load, bundled, and the page reloaded under whatever
// drove it: on a busy machine a test's action timed out while the page started over. The server says so every
// time it finds a package late ("dependencies optimized: @faker-js/faker, msw, …"), reload or not.
let server: ViteDevServer | undefined;
let cacheDir: string | undefined;

test.afterAll(async () => {
  await server?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

test("npm start's first page load on a fresh dependency cache finds no package late and is not reloaded", async ({
  page,
}) => {
  // Its own dependency cache: a first `npm start`, and the project's cache left to the other specs' dev servers.
  cacheDir = mkdtempSync(join(tmpdir(), 'npm-start-deps-'));
  const said: string[] = [];
  const customLogger = createLogger('info');
  customLogger.info = (message) => said.push(message);
  server = await createServer({
    configFile: 'mocks/browser/vite.config.ts',
    cacheDir,
    server: { port: 0, strictPort: true },
    customLogger,
  });
  await server.listen();
  const url = String(server.resolvedUrls?.local[0]);

  // As a person opens the page once the server has started: its dependency scan done and bundled. A page that
  // asks sooner has its packages found early by chance, before the scan ends, which hides a scan that missed them.
  // Bundling is a build, seconds long and more on a loaded machine (over 5 s beside a second suite): waited for as
  // one, not for an assertion's few seconds.
  await expect
    .poll(() => existsSync(join(cacheDir ?? '', 'deps', '_metadata.json')), {
      message: 'the scan bundled',
      timeout: scaled(20_000),
    })
    .toBe(true);
  const clientLoads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/@vite/client') clientLoads.push(request.url());
  });
  await page.goto(url);
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await page.waitForLoadState('load');
  expect(clientLoads, 'page loads: a reload loads Vite’s client again').toHaveLength(1);
  expect(
    said.filter((line) => /optimized/.test(line)),
    'packages the dev server found only when the page asked',
  ).toEqual([]);
});

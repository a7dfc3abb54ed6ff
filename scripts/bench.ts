// Benchmark: the suite's wall time and per-test median, and the harness's own overhead on the subscribe flow
// (fixtures, MSW, tracing, reporters) against the same clicks in a bare Playwright script, in one run; between
// the two, the same clicks in a session of the harness's builder (MSW, guard, clock) without the test runner.
// Usage: npm run bench [-- --runs 5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { getResponse } from 'msw';
import { openBrowser } from '../fixtures/remote-browser';
import { openSession, sessionContextOptions } from '../fixtures/session';
import { loadSettings } from '../fixtures/settings';
import { createHandlers } from '../mocks/handlers';
import { Store, testCards } from '../mocks/store';
import { runCheck } from '../docs/check/run';
import { documentedPage, documentedPins } from '../docs/documented-page';
import { startSandboxOrExit } from './sandbox-server';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs must be a whole number of 1 or more, got "${process.argv[runsAt + 1] ?? ''}"`);
  process.exit(2);
}
const { browser, config } = loadSettings();
const port = config.SANDBOX_PORT + 10;
let baseURL = '';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface JsonSuite { specs: { tests: { results: { duration: number }[] }[] }[]; suites?: JsonSuite[] }
function durations(suites: JsonSuite[]): number[] {
  return suites.flatMap((s) => [...s.specs.flatMap((sp) => sp.tests.flatMap((t) => t.results.map((r) => r.duration))), ...durations(s.suites ?? [])]);
}

function playwright(args: string[]): { wallMs: number; tests: number[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'report.json');
  const started = performance.now();
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=json', ...args], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out, BASE_URL: baseURL },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`playwright ${args.join(' ')} exited ${result.status}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { suites: JsonSuite[] };
  return { wallMs, tests: durations(report.suites) };
}

// Both sides in the same browser conditions as the suite's en-US project (service workers blocked included).
const target = () => ({ baseURL, locale: 'en-US', timezoneId: 'America/Los_Angeles' });

/** The documented subscribe flow, click by click, as a bare script would drive it. */
async function subscribeClicks(page: Page): Promise<void> {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Partner Center' });
  await nav.getByRole('button', { name: 'Partnership' }).click();
  await nav.getByRole('link', { name: 'Offers', exact: true }).click();
  await page.getByRole('button', { name: 'Subscribe now' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Get started! Add a way to pay' }).click();
  await page.getByLabel('Name on card').fill('Bench Partner');
  await page.getByLabel('Card number').fill(testCards.visa);
  await page.getByLabel('Expiration month').selectOption('12');
  await page.getByLabel('Expiration year').selectOption(String(new Date().getUTCFullYear() + 2));
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Billing postal code').fill('98052');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.getByRole('dialog', { name: 'Your order is confirmed' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Microsoft Action Pack subscription' }).waitFor();
}

/** The documented clicks with nothing around them: one context, the same backend on a plain route. */
async function bareSubscribe(): Promise<number[]> {
  const b = await openBrowser(browser);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = new Store(i);
    const handlers = createHandlers(store);
    const started = performance.now();
    const context = await b.newContext(sessionContextOptions(target()));
    await context.route('**/api/**', async (route, request) => {
      const response = await getResponse(handlers, new Request(request.url(), { method: request.method(), headers: await request.allHeaders(), body: request.postData() }));
      if (!response) return route.abort();
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    await subscribeClicks(await context.newPage());
    await context.close();
    times.push(performance.now() - started);
    if (store.charges.size !== 1) throw new Error('bare run did not buy');
  }
  await b.close();
  return times;
}

/** The same clicks in the harness's session (fixtures/session.ts): MSW, the guard, one clock, the page-error watch. */
async function sessionSubscribe(): Promise<number[]> {
  const b = await openBrowser(browser);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = new Store(i);
    const started = performance.now();
    const session = await openSession(b, { ...target(), store });
    await subscribeClicks(session.page);
    await session.close();
    times.push(performance.now() - started);
    if (store.charges.size !== 1) throw new Error('session run did not buy');
    if (session.strays.length > 0 || session.pageErrors.length > 0) throw new Error(`session run: ${[...session.strays, ...session.pageErrors.map((e) => e.message)].join('; ')}`);
  }
  await b.close();
  return times;
}

/** The whole docs check of the vendored page, in every locale it carries, as `npm run docs:check` runs it. */
async function docsCheck(): Promise<{ ms: number; summary: string }> {
  const b = await openBrowser(browser);
  const doc = documentedPage();
  const started = performance.now();
  // As `npm run docs:check` runs it: every documented screen scanned for accessibility.
  const result = await runCheck({ doc, locales: doc.locales, browser: b, baseURL, seed: 1, today: '2026-03-15', pins: documentedPins(), a11y: 'warn' });
  const ms = performance.now() - started;
  await b.close();
  const s = result.summary;
  return { ms, summary: `${doc.locales.join(' + ')}: ${s.steps} steps, ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified` };
}

async function main() {
  const sandbox = await startSandboxOrExit(port);
  baseURL = sandbox.url;
  try {
    console.log(`browser: ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}; runs: ${runs}`);

    const check = await docsCheck();
    console.log(`docs check, every locale of the page: ${secs(check.ms)} (${check.summary}; target < 20 s)`);

    const suite = playwright([]);
    console.log(`suite: ${suite.tests.length} tests, wall ${secs(suite.wallMs)}, per-test median ${secs(median(suite.tests))}`);

    const harness = playwright(['--project=e2e-en-US', '--workers=1', `--repeat-each=${runs}`, '-g', 'subscribes in the 7 documented steps']);
    const session = await sessionSubscribe();
    const bare = await bareSubscribe();
    const h = median(harness.tests);
    const r = median(bare);
    console.log(`subscribe flow, harness (fixtures, MSW, trace, reporters): median ${secs(h)} over ${harness.tests.length} runs`);
    console.log(`subscribe flow, harness session without the runner:      median ${secs(median(session))} over ${session.length} runs`);
    console.log(`subscribe flow, bare Playwright script:                    median ${secs(r)} over ${bare.length} runs`);
    console.log(`harness/bare ratio: ${(h / r).toFixed(2)}`);
  } finally {
    sandbox.stop();
  }
}

await main();

// Not a spec of the suite (the suite collects *.spec.ts only): network-guard.spec.ts runs these tests in a child
// Playwright process, with BACKEND set to `/api/,/billing/,https://payments.partner.invalid`, and asserts that
// each test that sent a stray request failed, naming it. Each body's own expectations hold: only the guard can
// fail it. `test.fail` keeps the child's worker alive across those failures (an unexpected one restarts it).
import { http, HttpResponse, ws } from 'msw';
import type { Page } from '@playwright/test';
import { expect, test } from '../../../fixtures';

/** What the page saw of a fetch: the status, or that it could not reach anything. */
function fetchFromPage(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => {
    try {
      return `answered ${(await fetch(u)).status}`;
    } catch {
      return 'failed';
    }
  }, url);
}

/** How a WebSocket the page opens ends: the guard closes a stray one with 1008 (policy violation). */
function webSocketFromPage(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(u);
        socket.onclose = (event) => resolve(`closed ${event.code}`);
      }),
    url,
  );
}

const wsTarget = (page: Page, path: string) => `${new URL(page.url()).origin.replace(/^http/, 'ws')}${path}`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('mocked requests only', async ({ page, network }) => {
  // The configured backend origin is mocked like /api: answered, so not a stray.
  network.use(
    http.get('https://payments.partner.invalid/health', () =>
      HttpResponse.json({ ok: true }, { headers: { 'access-control-allow-origin': '*' } }),
    ),
  );
  expect(await fetchFromPage(page, '/api/partner')).toBe('answered 200');
  expect(await fetchFromPage(page, 'https://payments.partner.invalid/health')).toBe('answered 200');
});

test('a mocked WebSocket', async ({ page, network }) => {
  // A backend WebSocket an MSW handler claims is the handler's, not a stray.
  network.use(ws.link('*/api/live').addEventListener('connection', ({ client }) => client.send('hello from the mock')));
  const first = await page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(u);
        socket.onmessage = (event) => resolve(String(event.data));
        socket.onclose = (event) => resolve(`closed ${event.code}`);
      }),
    wsTarget(page, '/api/live'),
  );
  expect(first).toBe('hello from the mock');
});

test.fail('unknown backend path', async ({ page }) => {
  expect(await fetchFromPage(page, '/api/no-such-endpoint')).toBe('failed');
});

test.fail('backend path without its slash', async ({ page }) => {
  expect(await fetchFromPage(page, '/api')).toBe('failed');
});

test.fail('backend path in capitals', async ({ page }) => {
  expect(await fetchFromPage(page, '/API/NO-SUCH-ENDPOINT')).toBe('failed');
});

test.fail('second configured prefix', async ({ page }) => {
  expect(await fetchFromPage(page, '/billing/invoices')).toBe('failed');
});

test.fail('configured backend origin', async ({ page }) => {
  expect(await fetchFromPage(page, 'https://payments.partner.invalid/charges')).toBe('failed');
});

test.fail('another origin', async ({ page }) => {
  expect(await fetchFromPage(page, 'https://telemetry.partner.invalid/collect')).toBe('failed');
});

test.fail('backend WebSocket', async ({ page }) => {
  expect(await webSocketFromPage(page, wsTarget(page, '/api/live'))).toBe('closed 1008');
});

test.fail('WebSocket to another origin', async ({ page }) => {
  expect(await webSocketFromPage(page, 'wss://events.partner.invalid/live')).toBe('closed 1008');
});

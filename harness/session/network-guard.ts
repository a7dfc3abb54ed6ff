import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright';
import type { BrowserContext } from '@playwright/test';
import { WebSocketHandler } from 'msw';
import { createHandlers } from '../../mocks/handlers';
import type { Store } from '../../mocks/store';
import { destinationOf, httpOrigin, type BackendScope } from './backend-scope';
import type { TargetFiles } from './target-files';

export interface NetworkOptions {
  store: Store;
  /** The deployment under test; its own files go to it, every other origin is blocked. */
  baseURL: string;
  backend: BackendScope;
  /** Answers the target's own files from memory (the sandbox's fixed build); unset, they go to the target. */
  targetFiles?: TargetFiles | undefined;
}

export interface GuardedNetwork {
  network: NetworkFixture;
  /** Requests the guard blocked while the test ran, each named with why; each fails the test that made it. */
  strays: string[];
  /**
   * Ends the test's network: later requests (the page still loading after the last step while MSW is being
   * taken down) are blocked without being counted against the test.
   */
  close: () => Promise<void>;
}

/**
 * The mocked backend (MSW) on the browser context, inside a guard:
 * - a backend request (BACKEND) that no MSW handler answers falls through to a route under MSW's and is aborted;
 * - a request to any origin other than the target's or the backend's is aborted by a route over MSW's, before
 *   a handler could answer it, so the product's calls elsewhere show up instead of being mocked away;
 * - a backend or foreign WebSocket that no MSW handler claims is closed (MSW would connect it to the server).
 * The target's own files match neither route; with `targetFiles` (the sandbox) a route over all three answers them
 * from memory, so MSW never sees them and they cost no trip to the server after the first.
 */
export async function enableNetwork(context: BrowserContext, o: NetworkOptions): Promise<GuardedNetwork> {
  const strays: string[] = [];
  let open = true;
  const target = httpOrigin(new URL(o.baseURL));
  if (!target) throw new Error(`the target ${o.baseURL} is not an http(s) URL`);
  const where = (url: URL) => destinationOf(o.backend, target, url);
  const stray = (what: string) => {
    if (open) strays.push(what);
  };

  await context.route(
    (url) => where(url) === 'backend',
    async (route, request) => {
      stray(`${request.method()} ${request.url()} (backend request no mocked handler answered)`);
      await route.abort('blockedbyclient');
    },
  );
  const network = defineNetworkFixture({
    context,
    handlers: createHandlers(o.store),
    onUnhandledRequest: () => undefined,
  });
  await network.enable();
  await context.route(
    (url) => where(url) === 'elsewhere',
    async (route, request) => {
      stray(`${request.method()} ${request.url()} (another origin than the target ${target})`);
      await route.abort('blockedbyclient');
    },
  );
  // Registered after MSW's, so it is asked first; a WebSocket an MSW handler claims is left to MSW while the test
  // runs. Once MSW is gone nothing would stop a claimed one from connecting to the server, so then all are closed.
  const claimed = (url: URL) =>
    open && network.listHandlers().some((h) => h instanceof WebSocketHandler && h.test(url, { baseUrl: target }));
  await context.routeWebSocket(
    (url) => where(url) !== 'target' && where(url) !== 'local' && !claimed(url),
    (ws) => {
      const kind =
        where(new URL(ws.url())) === 'backend'
          ? 'backend WebSocket no mocked handler claimed'
          : `WebSocket to another origin than the target ${target}`;
      stray(`WebSocket ${ws.url()} (${kind})`);
      return ws.close({ code: 1008, reason: 'blocked by the test harness' });
    },
  );

  // Last, so asked first: only the target's own files, never a backend or another origin's request.
  const files = o.targetFiles;
  if (files)
    await context.route(
      (url) => where(url) === 'target',
      (route) => files.serve(route),
    );

  const close = async () => {
    open = false;
    await network.disable();
  };
  return { network, strays, close };
}

/** The failure of a test that made stray requests: each one, and that none reached a backend. */
export function strayFailure(strays: readonly string[]): Error {
  return new Error(
    `Request(s) blocked by the network guard before reaching any backend:\n${strays.map((s) => `  ${s}`).join('\n')}`,
  );
}

import type { APIResponse, BrowserContext, Route } from '@playwright/test';

/** How many times a route really changed what the sandbox served: a spec checks it, so a rewrite that no longer matches cannot pass unnoticed. */
export interface Rewrites {
  count: number;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The target's response, as the browser would have had it. Asked once more on ECONNRESET, the one error
 * Playwright's `maxRetries` retries: the fetch goes over a kept-alive connection, which a server may close just as
 * it is reused (Node's `request.reusedSocket` race); the GET then had no answer. Evidence as "socket hang up" fetching
 * a module from a dev server on one loaded core.
 */
export const fetchServed = (route: Route) => route.fetch({ maxRetries: 1 });

/**
 * Answers with the fetched response, and with a body of its own only where the rewrite changed it: a body given to
 * `fulfill` is recorded whole in the test's trace, and a dev server serves every module of the app (and of its
 * mocked backend) as a script of its own, each with its source map.
 */
async function fulfilled(
  route: Route,
  response: APIResponse,
  body: string,
  changed: string,
  rewrites: Rewrites,
): Promise<void> {
  if (changed === body) return route.fulfill({ response });
  rewrites.count++;
  return route.fulfill({ response, body: changed });
}

/**
 * Serves the sandbox's scripts with the message catalog entry `key: "<value>"` changed to `replacement`, as
 * another build of the product would ship it. Both locales' catalogs are in the built bundle; a dev server
 * (`npm start`) serves each catalog as a module of its own, formatted (`key: "value"`). `value` picks the locale.
 */
export async function rewordCatalog(
  context: BrowserContext,
  key: string,
  value: string,
  replacement: string,
  rewrites: Rewrites,
): Promise<void> {
  const entry = new RegExp(`\\b${key}:(\\s*)(["'\`])${literal(value)}\\2`, 'g');
  await context.route(
    (url) => !url.pathname.startsWith('/api/'),
    async (route: Route) => {
      if (route.request().resourceType() !== 'script') return route.fallback();
      const response = await fetchServed(route);
      const body = await response.text();
      const changed = body.replace(
        entry,
        (_m, space: string, quote: string) => `${key}:${space}${quote}${replacement}${quote}`,
      );
      await fulfilled(route, response, body, changed, rewrites);
    },
  );
}

/** Serves every page's HTML with `markup` at the start of its body. */
export async function injectIntoPages(context: BrowserContext, markup: string, rewrites: Rewrites): Promise<void> {
  await context.route(
    (url) => !url.pathname.startsWith('/api/') && !url.pathname.includes('.'),
    async (route: Route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await fetchServed(route);
      const body = await response.text();
      const changed = body.replace('<body>', `<body>${markup}`);
      await fulfilled(route, response, body, changed, rewrites);
    },
  );
}

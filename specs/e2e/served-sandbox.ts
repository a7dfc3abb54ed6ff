import type { BrowserContext, Route } from '@playwright/test';

/** How many times a route really changed what the sandbox served: a spec checks it, so a rewrite that no longer matches cannot pass unnoticed. */
export interface Rewrites {
  count: number;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Serves the sandbox's scripts with the message catalog entry `key: "<value>"` changed to `replacement`, as
 * another build of the product would ship it. Both locales' catalogs are in the built bundle; a dev server
 * (`npm start`) serves each catalog as a module of its own, formatted (`key: "value"`). `value` picks the locale.
 */
export async function rewordCatalog(context: BrowserContext, key: string, value: string, replacement: string, rewrites: Rewrites): Promise<void> {
  const entry = new RegExp(`\\b${key}:(\\s*)(["'\`])${literal(value)}\\2`, 'g');
  await context.route(
    (url) => !url.pathname.startsWith('/api/'),
    async (route: Route) => {
      if (route.request().resourceType() !== 'script') return route.fallback();
      const response = await route.fetch();
      const body = await response.text();
      const changed = body.replace(entry, (_m, space: string, quote: string) => `${key}:${space}${quote}${replacement}${quote}`);
      if (changed !== body) rewrites.count++;
      await route.fulfill({ response, body: changed });
    },
  );
}

/** Serves every page's HTML with `markup` at the start of its body. */
export async function injectIntoPages(context: BrowserContext, markup: string, rewrites: Rewrites): Promise<void> {
  await context.route(
    (url) => !url.pathname.startsWith('/api/') && !url.pathname.includes('.'),
    async (route: Route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = await response.text();
      const changed = body.replace('<body>', `<body>${markup}`);
      if (changed !== body) rewrites.count++;
      await route.fulfill({ response, body: changed });
    },
  );
}

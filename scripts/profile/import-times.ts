// Prints, as JSON, how long a fresh Node process takes to import what a test worker imports, one after another:
// each figure is what that module adds on top of the ones before it. Run with `node --import tsx`.
const started = performance.now();
const times: Record<string, number> = {};
let last = performance.now();
const step = (name: string) => {
  const now = performance.now();
  times[name] = now - last;
  last = now;
};
await import('@playwright/test');
step('@playwright/test');
await import('msw');
await import('@msw/playwright');
step('msw, @msw/playwright');
await import('@faker-js/faker');
step('@faker-js/faker');
await import('i18next');
step('i18next');
await import('../../fixtures/index');
step('the harness (fixtures, flows, pages, store, catalogs, page parser)');
process.stdout.write(JSON.stringify({ total: performance.now() - started, times }));
export {};

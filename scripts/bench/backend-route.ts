import type { BrowserContext } from '@playwright/test';
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/handlers';
import type { Store } from '../../mocks/store';

/**
 * The mocked backend over `store` on one plain route, as a bare Playwright script would mock it: MSW's handlers
 * answer each /api/ request, with no network guard, no served files from memory and no record of what was asked.
 */
export async function routeBackend(context: BrowserContext, store: Store): Promise<void> {
  const handlers = createHandlers(store);
  await context.route('**/api/**', async (route, request) => {
    const response = await getResponse(
      handlers,
      new Request(request.url(), {
        method: request.method(),
        headers: await request.allHeaders(),
        body: request.postData(),
      }),
    );
    if (!response) return route.abort();
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}

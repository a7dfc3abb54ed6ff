import type { Page } from '@playwright/test';
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/handlers';
import type { Store } from '../../mocks/store';

/**
 * What the happy-path backend answers to `request`, for per-test overrides that wrap it: answer late,
 * or do the work and then lose the answer.
 */
export async function backendAnswer(store: Store, request: Request): Promise<Response> {
  const response = await getResponse(createHandlers(store), request);
  if (!response) throw new Error(`the backend has no handler for ${request.method} ${request.url}`);
  return response;
}

/**
 * A request sent from the page, as a script on it could send one: it goes through the same mocked network,
 * so a spec can show the backend refuses what the screen does not offer.
 */
export function callApi(
  page: Page,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const response = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    [method, path, body] as const,
  );
}

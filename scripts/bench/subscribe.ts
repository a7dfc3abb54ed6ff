import type { Browser, Page } from '@playwright/test';
import { openSession, sessionContextOptions, type TargetOptions } from '../../harness/session/session';
import { testCards } from '../../flows/test-cards';
import { Store } from '../../mocks/store';
import { cardMasker } from '../report-scan/card-finder';
import { routeBackend } from './backend-route';

const maskCards = cardMasker(testCards);

/** The documented subscribe flow, click by click, as a bare script would drive it. */
export async function subscribeClicks(page: Page): Promise<void> {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Partner Center' });
  await nav.getByRole('button', { name: 'Partnership' }).click();
  await nav.getByRole('link', { name: 'Offers', exact: true }).click();
  await page.getByRole('button', { name: 'Subscribe now' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Get started! Add a way to pay' }).click();
  await page.getByLabel('Name on card').fill('Bench Partner');
  // A failed fill's call log quotes what it typed: the error the bench prints is masked, as every report is.
  await page
    .getByLabel('Card number')
    .fill(testCards.visa)
    .catch((error: unknown) => {
      throw new Error(maskCards(error instanceof Error ? error.message : String(error)).text);
    });
  await page.getByLabel('Expiration month').selectOption('12');
  await page.getByLabel('Expiration year').selectOption(String(new Date().getUTCFullYear() + 2));
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Billing postal code').fill('98052');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.getByRole('dialog', { name: 'Your order is confirmed' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Microsoft Action Pack subscription' }).waitFor();
}

/**
 * The documented clicks with nothing around them, a new context each time (as each test has): the same mocked
 * backend on one plain route, no guard, clock, tracing or report steps. Times context to close.
 */
export async function bareSubscribe(browser: Browser, target: TargetOptions, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = new Store(i);
    const started = performance.now();
    const context = await browser.newContext(sessionContextOptions(target));
    await routeBackend(context, store);
    await subscribeClicks(await context.newPage());
    await context.close();
    times.push(performance.now() - started);
    if (store.charges.size !== 1) throw new Error('bare run did not buy');
  }
  return times;
}

/** The same clicks in the harness's session (harness/session/session.ts): MSW, the guard, one clock, the page-error watch. */
export async function sessionSubscribe(browser: Browser, target: TargetOptions, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = new Store(i);
    const started = performance.now();
    const session = await openSession(browser, { ...target, store });
    await subscribeClicks(session.page);
    await session.close();
    times.push(performance.now() - started);
    if (store.charges.size !== 1) throw new Error('session run did not buy');
    if (session.strays.length > 0 || session.pageErrors.length > 0)
      throw new Error(`session run: ${[...session.strays, ...session.pageErrors.map((e) => e.message)].join('; ')}`);
  }
  return times;
}

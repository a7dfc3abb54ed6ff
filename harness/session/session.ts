import type { NetworkFixture } from '@msw/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { Store } from '../../mocks/store';
import type { BackendScope } from './backend-scope';
import { readConfig } from '../settings/config';
import { enableNetwork } from './network-guard';
import { sessionContextOptions, type TargetOptions } from './session-options';
import { sandboxFiles } from './target-files';

export { sessionContextOptions, type TargetOptions } from './session-options';

export interface SessionOptions {
  /** The backend's state; the session answers requests from it. */
  store: Store;
  /** The target the context's baseURL names: its own files go to it, any other origin is blocked. */
  baseURL: string;
  /** A date (YYYY-MM-DD) for the browser's clock and the backend's together; real time when unset. */
  today?: string;
  /** What the backend is; the BACKEND setting when unset. */
  backend?: BackendScope;
  /**
   * Whether the target is the sandbox this run built (its files fixed for the run), so they are answered from
   * memory after their first load; by default, when BASE_URL is unset. Another deployment's go to it every time.
   */
  sandbox?: boolean;
}

/** One browser session as the harness runs it: a mocked backend inside the guard, one clock, a page-error watch. */
export interface Session {
  store: Store;
  network: NetworkFixture;
  /** Requests the guard blocked, each named with why; any of them fails the run that made it. */
  strays: string[];
  /** Uncaught errors in any page of the context; any of them fails the run. */
  pageErrors: Error[];
  /** Ends the session's network; what the pages still request afterwards is blocked, not counted. */
  close(): Promise<void>;
}

/**
 * Equips a context (the suite's own `context` fixture, which carries tracing, or one made with
 * `sessionContextOptions`) with everything a test runs inside. Call before the context's first page loads.
 */
export async function equipSession(context: BrowserContext, o: SessionOptions): Promise<Session> {
  // The backend's date first: the account the test starts from is seeded relative to it.
  if (o.today) await context.clock.setFixedTime(o.store.fixDate(o.today));
  const pageErrors: Error[] = [];
  context.on('weberror', (error) => pageErrors.push(error.error()));
  const config = readConfig();
  const targetFiles = (o.sandbox ?? !config.BASE_URL) ? sandboxFiles : undefined;
  const { network, strays, close } = await enableNetwork(context, {
    store: o.store,
    baseURL: o.baseURL,
    backend: o.backend ?? config.BACKEND,
    targetFiles,
  });
  return { store: o.store, network, strays, pageErrors, close };
}

/** A new context with the harness's options, equipped, and its page: for the docs check and the bench. */
export async function openSession(
  browser: Browser,
  o: TargetOptions &
    SessionOptions & { contextOptions?: BrowserContextOptions; prepare?: (context: BrowserContext) => Promise<void> },
): Promise<Session & { context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...sessionContextOptions(o), ...o.contextOptions });
  try {
    // Routes a caller adds first sit under the guard's and MSW's, as a test's own routes would.
    await o.prepare?.(context);
    // A caller's routes change what the target serves (another build of the product): its files must reach them,
    // so they are not answered from memory, which the guard's routes ahead of the caller's would do.
    const session = await equipSession(context, o.prepare ? { ...o, sandbox: false } : o);
    const page = await context.newPage();
    return {
      ...session,
      context,
      page,
      close: async () => {
        await session.close();
        await context.close();
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

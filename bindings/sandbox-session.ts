import type { BrowserContextOptions, Locator, Page } from '@playwright/test';
import { Store, seedScenario, type Scenario, type SubscriberOptions } from '../mocks/store';
import { openSession } from '../harness/session/session';
import { createPages } from '../pages';
import type { SessionTarget } from '../checker/binding';
import type { FlowContext, FlowDefinition } from '../flows/flow';

/** A docs-check session on the sandbox: its context, page and page objects, and the backend's account behind them. */
export interface SandboxSession {
  page: Page;
  flow: FlowContext;
  store: Store;
  unhandled: readonly string[];
  masked: readonly Locator[];
  close(): Promise<void>;
}

/** A fresh account for one run, seeded for `scenario` on the check's date so the browser and the backend agree on today. */
function seededStore(target: SessionTarget, scenario: Scenario, subscriber?: SubscriberOptions): Store {
  const store = new Store(target.seed);
  store.fixDate(target.today);
  return seedScenario(store, scenario, subscriber);
}

/** The account a session starts from: the flow's scenario and subscription, or the probe's scenario. */
export function storeFor(
  target: SessionTarget,
  start: { flow: FlowDefinition } | { probe: { scenario: Scenario } },
): Store {
  return 'flow' in start
    ? seededStore(target, start.flow.scenario, start.flow.subscription)
    : seededStore(target, start.probe.scenario);
}

/** The window of every docs-check session, and of the bench's floor of the check (scripts/bench/docs-floor.ts). */
export const CHECK_WINDOW = {
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 1,
} as const satisfies BrowserContextOptions;

/**
 * A browser session on the sandbox answered from `store`: the same session a test gets (harness/session/session.ts),
 * with service workers blocked, the backend behind the network guard and one clock; and a fixed window, so every
 * step screenshot is the same size and the same screen the same image, run after run.
 */
export async function openSandboxSession(target: SessionTarget, store: Store): Promise<SandboxSession> {
  const session = await openSession(target.browser, {
    baseURL: target.baseURL,
    locale: target.locale,
    timezoneId: 'UTC',
    store,
    today: target.today,
    contextOptions: CHECK_WINDOW,
    ...(target.prepareContext && { prepare: target.prepareContext }),
  });
  const { page } = session;
  const pages = createPages(page, target.labels);
  return {
    page,
    store,
    flow: { page, pages, store, labels: target.labels },
    unhandled: session.strays,
    // As a failed test's screenshot masks them (fixtures/index.ts).
    masked: [pages.checkoutWizard.cardData],
    close: async () => {
      await session.close();
      // As in a test, an uncaught error in the page fails the run: what the screens showed cannot be trusted.
      if (session.pageErrors.length > 0)
        throw new Error(`uncaught error(s) in the page: ${session.pageErrors.map((e) => e.message).join('; ')}`);
    },
  };
}

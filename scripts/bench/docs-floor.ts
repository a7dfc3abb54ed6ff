import pLimit from 'p-limit';
import type { FlowDefinition } from '../../flows/flow';
import { unreported } from '../../flows/flow';
import { sessionContextOptions } from '../../harness/session/session';
import { docsCheckPages, scaled } from '../../harness/settings/timeouts';
import type { Store } from '../../mocks/store';
import { createPages } from '../../pages';
import { sandboxProduct } from '../../bindings/product';
import { CHECK_WINDOW } from '../../bindings/sandbox-session';
import { ACTION_TIMEOUT } from '../../checker/record/procedure';
import { routeBackend } from './backend-route';
import type { CheckTarget } from './page-check';
import type { VendoredPage } from './vendored-pages';

/** One procedure in one language, ready to drive: its flow and the account the check would give it. */
interface BareRun {
  locale: string;
  flow: FlowDefinition;
  store: Store;
}

/**
 * The accounts the check gives each procedure, in each language: the binding opens its session for the flow, as
 * the check does, and the store it seeded is kept (the session is closed before its page loads anything, so the
 * store is as seeded). Knowledge of which account a procedure starts from stays in the binding.
 */
async function prepare(page: VendoredPage, target: CheckTarget, seed: number): Promise<BareRun[]> {
  const { doc, binding } = page;
  const runs: BareRun[] = [];
  for (const locale of [...new Set([...doc.locales, ...sandboxProduct.locales()])]) {
    for (const procedure of doc.procedures) {
      const flow = binding.flows.find((f) => f.anchor === procedure.id);
      if (!flow) continue;
      const labels = sandboxProduct.labels(locale);
      const session = await binding.open({ ...target, seed, locale, labels }, { flow });
      await session.close();
      runs.push({ locale, flow, store: session.flow.store });
    }
  }
  return runs;
}

/** One procedure's flow, step after step, in a context of its own with nothing around it. */
async function driveBare(target: CheckTarget, run: BareRun, today: string): Promise<void> {
  const { browser, baseURL } = target;
  const { locale, flow, store } = run;
  // The check's context options (bindings/sandbox-session.ts): the same window, language and time zone.
  const context = await browser.newContext({
    ...sessionContextOptions({ baseURL, locale, timezoneId: 'UTC' }),
    ...CHECK_WINDOW,
  });
  try {
    // The account's dates are relative to the check's date: the browser must agree, or the procedure is another one.
    await context.clock.setFixedTime(store.fixDate(today));
    await routeBackend(context, store);
    const page = await context.newPage();
    // The check's action timeout, so a bare step fails no later than the check's.
    page.setDefaultTimeout(scaled(ACTION_TIMEOUT));
    const labels = sandboxProduct.labels(locale);
    const ctx = { page, pages: createPages(page, labels), store, labels };
    const driven = flow.create(ctx, unreported);
    await page.goto('/');
    for (const step of flow.steps) {
      try {
        await step.perform(driven, ctx);
      } catch (error) {
        const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new Error(`bare ${locale} ${flow.anchor}, step ${step.id}: ${why}`, { cause: error });
      }
    }
  } finally {
    await context.close();
  }
}

/**
 * The floor of a page's docs check: every procedure a flow performs, in every language, driven by its flow's
 * steps (the same `act`s the check performs) in a bare Playwright context: the check's context options and
 * accounts, the backend on one plain route, and no recorder, ARIA reads, screenshots, axe or step log. As many
 * at once as the check drives (DOCS_CHECK_PAGES, else one more than the cores), so check/bare compares like with like. The
 * check's probes and the follow-ups its rules need are observation, not procedures: the floor leaves them out.
 * Times the procedures from the first context to the last one closed; the accounts are prepared before.
 */
export async function bareProcedures(
  page: VendoredPage,
  target: CheckTarget,
  seed: number,
): Promise<{ ms: number; procedures: number }> {
  const runs = await prepare(page, target, seed);
  const limit = pLimit(docsCheckPages());
  const started = performance.now();
  await Promise.all(runs.map((run) => limit(() => driveBare(target, run, target.today))));
  return { ms: performance.now() - started, procedures: runs.length };
}

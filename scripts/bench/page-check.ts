import { relative } from 'node:path';
import type { Browser } from '@playwright/test';
import { checkPages } from '../../checker/cli/check-set';
import { checkPool } from '../../checker/pool';
import type { CheckResult } from '../../checker/model';
import { ruleReader } from '../../checker/parser';
import { pinsPathFor } from '../../checker/read/pins';
import { CHECK_SEED } from '../../checker/cli/screen-options';
import { writeReports } from '../../checker/reports/write';
import type { SavedRecords } from '../../checker/record/saved-records';
import { runCheck } from '../../checker/run';
import { DEFAULT_TOLERANCE, mediaDirFor, type A11yMode } from '../../checker/screens/settings';
import { sandboxProduct } from '../../bindings/product';
import type { VendoredPage } from './vendored-pages';

export interface CheckTarget {
  browser: Browser;
  baseURL: string;
  today: string;
}

/** The screen options the command gives a page: its seed, and its screenshots against the baselines beside it. */
const screensOf = (file: string, a11y: A11yMode) => ({
  a11y,
  seed: CHECK_SEED,
  screenshots: { update: false, tolerance: DEFAULT_TOLERANCE, dir: mediaDirFor(relative(process.cwd(), file) || file) },
});

/**
 * One page checked in every language as `npm run docs:check -- --doc <page> --out <outDir>` checks it once its
 * browser and sandbox are up (checker/cli/check.ts): the same options (seed, date, screenshots against the
 * baselines, axe or not, the records saved when `saved` is given), then its reports written. Times the check and
 * the reports, not the process, the browser's launch or the sandbox's start, which the bare script does not pay either.
 */
export async function checkPage(
  page: VendoredPage,
  target: CheckTarget,
  a11y: A11yMode,
  outDir: string,
  saved?: SavedRecords,
): Promise<{ ms: number; result: CheckResult }> {
  const { doc, binding, pins } = page;
  const started = performance.now();
  const result = await runCheck({
    doc,
    locales: [...new Set([...doc.locales, ...sandboxProduct.locales()])],
    ...target,
    outDir,
    pins,
    binding,
    product: sandboxProduct,
    ...(saved && { saved }),
    ...screensOf(page.file, a11y),
  });
  writeReports(result, outDir, { doc, flows: binding.flows, product: sandboxProduct });
  saved?.save();
  return { ms: performance.now() - started, result };
}

/**
 * The set checked as `npm run docs:check` with no --doc checks it once its browser and sandbox are up
 * (checker/cli/check-set.ts): every page side by side in one pool of browser pages, with axe, each page's reports
 * in a folder of its own, and the records saved when `saved` is given. How long the checks and reports took, in ms.
 */
export async function checkSet(
  pages: readonly VendoredPage[],
  target: CheckTarget,
  outDir: string,
  saved?: SavedRecords,
): Promise<number> {
  const screens = (file: string) => screensOf(file, 'warn');
  const runs = pages.map(({ file, doc, binding, pins }) => ({
    page: { file, doc, binding, rules: ruleReader(binding.patterns), pinsFile: pinsPathFor(file), pins },
    only: undefined,
  }));
  const started = performance.now();
  await checkPages(
    runs,
    { ...target, ...(saved && { saved }) },
    {
      single: false,
      out: outDir,
      locale: 'all',
      product: sandboxProduct,
      screens: screens(pages[0]?.file ?? ''),
      screensOf: screens,
      pool: checkPool(),
    },
  );
  saved?.save();
  return performance.now() - started;
}

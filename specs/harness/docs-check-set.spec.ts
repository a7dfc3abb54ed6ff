import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { checkPages, type PageRun } from '../../checker/cli/check-set';
import type { CheckPool } from '../../checker/pool';
import { ruleReader } from '../../checker/parser';
import { pinsPathFor } from '../../checker/read/pins';
import { DEFAULT_TOLERANCE } from '../../checker/screens/settings';
import { bindingFor } from '../../bindings';
import { documentedPage } from '../../bindings/documented-page';
import { sandboxProduct } from '../../bindings/product';
import { checkPool } from '../../bindings/check';

// The pages of a set are checked side by side, sharing one pool of browser pages and one record of the screens axe
// has scanned (checker/cli/check-set.ts). One procedure of each vendored page, in the test's language.
const procedures = [
  ['actionPack', 'turn-off-automatic-action-pack-subscription-renewal'],
  ['benefits', 'manage-visual-studio-subscriptions'],
] as const;

function pageRun([name, procedure]: (typeof procedures)[number]): PageRun {
  const doc = documentedPage(name);
  const binding = bindingFor(doc);
  if (!binding) throw new Error(`${doc.file}: no binding`);
  const page = { file: doc.file, doc, binding, rules: ruleReader(binding.patterns), pinsFile: pinsPathFor(doc.file) };
  return { page: { ...page, pins: undefined }, only: [procedure] };
}

test.describe('a set of pages', () => {
  test('is checked side by side in one pool of browser pages, never more at once than it has, with one record of the screens axe scanned', async ({
    browser,
    baseURL,
    locale,
  }, testInfo) => {
    const runs = procedures.map(pageRun);
    const contexts = { open: 0, most: 0 };
    const count = async (context: BrowserContext) => {
      contexts.most = Math.max(contexts.most, ++contexts.open);
      context.on('close', () => contexts.open--);
    };
    // No baselines: the screenshots are not what this checks.
    const screens = {
      a11y: 'warn' as const,
      seed: 1,
      screenshots: { update: false, tolerance: DEFAULT_TOLERANCE, dir: testInfo.outputPath('no-baselines') },
    };
    const check = (set: readonly PageRun[], pool: CheckPool, out: string) =>
      checkPages(
        set,
        { browser, baseURL: baseURL ?? '', today: '2026-03-15', prepareContext: count },
        {
          single: false,
          out: testInfo.outputPath(out),
          locale: locale ?? 'en-US',
          product: sandboxProduct,
          screens,
          screensOf: () => screens,
          pool,
        },
      );
    // One procedure a page. A pool of two: side by side, both at once (in turn, one at a time). A pool of one: one
    // at a time (a pool of its own for each page would have two at once).
    const most: Record<number, number> = {};
    let pool = checkPool(1);
    for (const size of [1, 2]) {
      contexts.most = 0;
      pool = checkPool(size);
      const checked = await check(runs, pool, `set-${size}`);
      expect(checked.map((c) => c.result.summary.steps > 0 && c.result.summary.ok === c.result.summary.steps)).toEqual([
        true,
        true,
      ]);
      most[size] = contexts.most;
    }
    expect({ most, open: contexts.open }).toEqual({ most: { 1: 1, 2: 2 }, open: 0 });
    // Both pages' screens are in the one record of scans, keyed by screen: a screen met again is not scanned again.
    const paths = new Set([...pool.scans.keys()].map((key) => key.split(' ')[1]));
    // The Visual Studio screens are the benefits page's alone; a subscription's the membership page's alone.
    expect([...paths].sort()).toEqual([
      '/',
      '/partnership/benefits',
      '/partnership/benefits/visual-studio',
      '/partnership/offers',
      expect.stringMatching(/^\/partnership\/offers\/subscriptions\/[^/]+$/),
    ]);
  });
});

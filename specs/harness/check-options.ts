import type { Browser } from '@playwright/test';
import { test } from '../../fixtures';
import type { CheckOptions } from '../../bindings/check';

/** What the test gives the check: its browser, its target and its language. */
export interface CheckTarget {
  browser: Browser;
  baseURL?: string;
  locale?: string;
}

/**
 * The docs check as these specs run it: in the test's browser, against its target, in its language, on one seed and
 * one day (so every run reads the same product), writing into the test's output folder. `o` names the page, its
 * pins and anything else the spec sets (which procedures, a shared product record, a report step per phase).
 */
export function checkOptions(
  target: CheckTarget,
  o: Pick<CheckOptions, 'doc' | 'pins'> & Partial<CheckOptions>,
): CheckOptions {
  return {
    browser: target.browser,
    baseURL: target.baseURL ?? '',
    locales: [target.locale ?? 'en-US'],
    seed: 1,
    today: '2026-03-15',
    outDir: test.info().outputPath('docs-check'),
    ...o,
  };
}

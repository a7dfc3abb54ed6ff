import pLimit, { type LimitFunction } from 'p-limit';
import { docsCheckPages } from '../harness/settings/timeouts';
import type { ScanCache } from './screens/a11y';

/**
 * What the checks of one command share: how many browser pages are driven at once, and the screens axe has
 * scanned. The pages of a set are checked side by side in one pool: one page's last procedures and its reading
 * overlap the next page's first ones, and a screen both pages meet is scanned once. One product only: a scan is
 * keyed by the screen's language, path and shape, not by what served it.
 */
export interface CheckPool {
  limit: LimitFunction;
  scans: ScanCache;
}

/**
 * A pool of `pages` browser pages driven at once (each procedure and each screen a rule looks at opens one): by
 * default DOCS_CHECK_PAGES, else one per core this process may run on, and one more outside a test worker.
 */
export function checkPool(pages = docsCheckPages()): CheckPool {
  return { limit: pLimit(pages), scans: new Map() };
}

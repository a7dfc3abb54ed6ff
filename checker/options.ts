import type { Browser, BrowserContext } from '@playwright/test';
import type { CheckBinding, Product } from './binding';
import type { DocPage } from './parser';
import type { Pins } from './read/pins';
import type { ProductRecords } from './record/product-record';
import type { SavedRecords } from './record/saved-records';
import type { CheckPool } from './pool';
import type { ScreenOptions } from './screens/step-screens';

/** Runs one verification under a title (test.step inside the suite); the check's own runs pass the body through. */
export type StepRunner = <T>(title: string, body: () => Promise<T>) => Promise<T>;

export const plainSteps: StepRunner = (_title, body) => body();

export interface CheckOptions extends ScreenOptions {
  doc: DocPage;
  locales: readonly string[];
  browser: Browser;
  /**
   * The target's address; or, for a target started when the check first opens a session on it (the command's own
   * sandbox, which a run reading every record back never needs), how to start it and learn its address.
   */
  baseURL: string | (() => Promise<string>);
  seed: number;
  /** A fixed date for the product and its backend, so runs repeat exactly. */
  today: string;
  /** The page's confirmed sentences (its pin file); none: every normative sentence is unconfirmed. */
  pins: Pins | undefined;
  /** Where screenshots go; none are written without it. */
  outDir?: string;
  /** Only these procedure anchors (all when empty); rules and sentences are then not checked. */
  only?: readonly string[];
  /** Reports each verification as a step (test.step inside the suite). */
  step?: StepRunner;
  /** The page's flows, rules and probes (its binding), if any binding performs its procedures. */
  binding: CheckBinding | undefined;
  /** The product's languages and labels. */
  product: Product;
  /** Called on each browser context the check opens, before its page: a spec routes the served files through it. */
  prepareContext?: (context: BrowserContext) => Promise<void>;
  /**
   * The product's side of earlier runs, to reuse where this run sees the same product (browser, target, seed,
   * date; a record made with scans also serves a run without): a spec checking many edited copies of a page
   * passes one. Not used with `prepareContext`, nor with a target started on need (its address is not known
   * beforehand).
   */
  records?: ProductRecords;
  /**
   * Records saved on disk by earlier runs of the command, read back where they serve this page: only for the
   * sandbox the command built from the sources that name them. Not used with `prepareContext` or `records`.
   */
  saved?: SavedRecords;
  /** The browser pages and scans this check shares with others of the same command (pool.ts); its own when unset. */
  pool?: CheckPool;
}

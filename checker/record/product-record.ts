import type { Browser } from '@playwright/test';
import type { A11yFindings } from '../screens/a11y';
import type { Capture } from './recorder';
import type { StepRecord } from './step-record';

/** One flow step as the product performed it. */
export interface PerformedStep {
  id: string;
  record: StepRecord;
  /** Why it could not be performed: the steps after it were not. */
  error?: Error;
  /** What the accessibility scan found on the screens it passed through, when the run scans. */
  a11y?: A11yFindings;
}

/** The product's side of one procedure: its flow's steps in the flow's order, up to the first that failed. */
export interface ProcedureRecord<K = unknown> {
  steps: PerformedStep[];
  /** What the run left for the rules (the binding's: the product's state before and after, a follow-up's findings). */
  kept: K;
  /** Requests the mocked backend did not know. */
  unhandled: string[];
}

/**
 * What makes two runs see the same product: the browser, the target, the account's seed, the date; and whether the
 * run scans each screen (a record made with scans also serves a run without, its findings left out).
 */
export interface RecordIdentity {
  browser: Browser;
  baseURL: string;
  seed: number;
  today: string;
  scans: boolean;
}

const browserIds = new WeakMap<Browser, number>();
let browsers = 0;
const idOf = (browser: Browser) => {
  const known = browserIds.get(browser);
  if (known !== undefined) return known;
  browserIds.set(browser, ++browsers);
  return browsers;
};

/**
 * The product's side of earlier checks, kept for later ones that see the same product. Which screen a page's
 * step is about, which labels it names and what its rules say are all read from a record afterwards, so a spec
 * that checks many edited copies of one page drives each procedure once per language, not once per copy.
 * A run that changes the product (a planted fault through its own routes) never reads or writes one.
 */
export class ProductRecords {
  private readonly procedures = new Map<string, Promise<ProcedureRecord<unknown>>>();
  private readonly probes = new Map<string, Promise<Capture>>();

  private static key(who: RecordIdentity, locale: string, id: string, scans: boolean): string {
    return JSON.stringify([idOf(who.browser), who.baseURL, who.seed, who.today, scans, locale, id]);
  }

  /**
   * The record of one procedure's flow in one language, made by `make` the first time. A run without scans reads
   * one made with them, if there is one, without their findings: the scans look at each screen after it is
   * recorded and change nothing on it, and the specs of the accessibility check then drive each procedure once.
   */
  procedure<K>(
    who: RecordIdentity,
    locale: string,
    anchor: string,
    make: () => Promise<ProcedureRecord<K>>,
  ): Promise<ProcedureRecord<K>> {
    // The key names the binding (`anchor` is `<binding> <anchor>`): a record is read back by the binding that made it.
    const key = ProductRecords.key(who, locale, anchor, who.scans);
    const own = () => memo(this.procedures, key, make) as Promise<ProcedureRecord<K>>;
    // A record of its own kind first: every check in a worker then reads the same recording, whatever ran before.
    const scanned =
      !who.scans && !this.procedures.has(key) && this.procedures.get(ProductRecords.key(who, locale, anchor, true));
    if (!scanned) return own();
    return (scanned as Promise<ProcedureRecord<K>>).then(withoutScans, own);
  }

  /** What one probe's screen showed in one language, looked at the first time (a probe's screen is never scanned). */
  probe(who: RecordIdentity, locale: string, id: string, make: () => Promise<Capture>): Promise<Capture> {
    return memo(this.probes, ProductRecords.key(who, locale, `probe ${id}`, false), make);
  }
}

/** A record made with scans, as a run without them reads it: the same screens, without the findings. */
export const withoutScans = <K>(record: ProcedureRecord<K>): ProcedureRecord<K> => ({
  ...record,
  steps: record.steps.map(({ a11y: _a11y, ...step }) => step),
});

function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = map.get(key);
  if (known) return known;
  const made = make();
  map.set(key, made);
  // A record that could not be made (the browser gone) is not kept: the next run tries again.
  made.catch(() => map.delete(key));
  return made;
}

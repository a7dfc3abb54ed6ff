// The pages `npm run docs:check` checks in one run: each page checked with its own binding and its reports written
// (in --out alone, in <out>/<page>/ in a set), then the set's summary, its JUnit file and the worst page's exit.
// Only light modules are imported up front, as in check.ts: Playwright, axe and the reports load when a page is checked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckBinding, Product } from '../binding';
import type { CheckResult } from '../model';
import type { DocPage, RuleReader } from '../parser';
import type { CheckPool } from '../pool';
import type { Pins } from '../read/pins';
import { allEnded } from '../all-ended';
import { pageOutDir } from './doc-set';
import type { ProductTarget } from './product-target';
import type { screenOptionsOf } from './screen-options';

/** A page of the set, read: its binding, rules and pins; or the parser's file:line message. */
export type SetPage = ReadPage | { file: string; rejected: string };

export interface ReadPage {
  file: string;
  doc: DocPage;
  binding: CheckBinding | undefined;
  rules: RuleReader<string>;
  pinsFile: string;
  pins: Pins | undefined;
}

/** A page to check this run, with the procedures it is limited to (all when none). */
export interface PageRun {
  page: ReadPage;
  only: string[] | undefined;
}

/** One page checked: its line in the set's summary, its terminal lines, its exit and its result. */
export interface CheckedPage {
  file: string;
  row: string;
  lines: string[];
  exit: number;
  result: CheckResult;
}

/** What checking the pages needs of the command's options. */
export interface SetOptions {
  /** One page: its reports in `out`; a set: each page's in a folder of its own there. */
  single: boolean;
  out: string;
  /** `all` or one locale. */
  locale: string;
  product: Product;
  screens: ReturnType<typeof screenOptionsOf>;
  /** The screen options of one page: its own screenshot baselines. */
  screensOf: (file: string) => ReturnType<typeof screenOptionsOf>;
  /** The browser pages the pages' checks share, and the screens scanned (checker/pool.ts). */
  pool: CheckPool;
}

/**
 * Checks the pages side by side against the product at `target`, in one pool of browser pages (`o.pool`), and writes
 * each page's reports as its check ends. Returns them in the order given.
 */
export async function checkPages(
  runs: readonly PageRun[],
  target: ProductTarget,
  o: SetOptions,
): Promise<CheckedPage[]> {
  // The input is good: now the check itself (Playwright, axe, the flows, the sandbox and the reports).
  const [{ exitCodeOf }, { writeReports }, { toTerminal }, { runCheck }] = await Promise.all([
    import('../model'),
    import('../reports/write'),
    import('../reports/terminal'),
    import('../run'),
  ]);
  // The pool takes the pages' procedures first come, first served: the first page's go first, and the next page's
  // fill the pool as the first one's run out, while the first page's screens are read and its reports written.
  // Each page's time is counted from the set's start: the pages share the pool, so that is when its reports are ready.
  const started = performance.now();
  const check = async ({ page, only }: PageRun): Promise<CheckedPage> => {
    const { doc, binding, pins } = page;
    const out = o.single ? o.out : pageOutDir(o.out, page.file);
    const locales = o.locale === 'all' ? [...new Set([...doc.locales, ...o.product.locales()])] : [o.locale];
    const result = await runCheck({
      doc,
      locales,
      ...target,
      outDir: out,
      only,
      pins,
      binding,
      product: o.product,
      ...o.screensOf(page.file),
      pool: o.pool,
    });
    writeReports(result, out, { doc, flows: binding?.flows ?? [], product: o.product });
    const seconds = (performance.now() - started) / 1000;
    const lines = toTerminal(result, { file: doc.file, locales, a11y: o.screens.a11y, seconds, inSet: !o.single, out });
    const exit = exitCodeOf(result, { a11y: o.screens.a11y });
    return { file: page.file, row: `exit ${exit} ${pageSummary(result, binding, exit)}`, lines, exit, result };
  };
  // A page whose check throws does not stop the others: their checks end before the error is thrown, as the command
  // closes the browser next.
  return allEnded(runs.map(check));
}

/**
 * A set's outcome: the summary of every page first (`rows`: what the set says of each page not checked), then each
 * page as it reads alone, and every page's JUnit in `out`. Returns the worst of the pages' exits.
 */
export async function reportSet(
  pages: readonly SetPage[],
  rows: ReadonlyMap<string, string>,
  checked: readonly CheckedPage[],
  out: string,
): Promise<number> {
  const [{ toJunitSet }, { writeWhole }] = await Promise.all([import('../reports/junit'), import('../write-whole')]);
  const rejected = pages.filter((p) => 'rejected' in p);
  const rowOf = new Map([...rows, ...checked.map((c): [string, string] => [c.file, c.row])]);
  const exit = Math.max(0, ...checked.map((c) => c.exit), ...rejected.map(() => 2));
  console.log(`docs:check: ${pages.length} pages, exit ${exit} (the worst of the pages)`);
  for (const page of pages) console.log(`  ${rowOf.get(page.file) ?? ''}`);
  for (const c of checked) {
    console.log('');
    console.log(`── ${c.result.doc}`);
    for (const line of c.lines) console.log(line);
  }
  mkdirSync(out, { recursive: true });
  writeWhole(
    join(out, 'docs-drift.junit.xml'),
    toJunitSet([...checked.map((c) => c.result), ...rejected.map((p) => ({ file: p.file, message: p.rejected }))]),
  );
  console.log(`docs:check: each page's reports in ${out}/<page>/, every page's JUnit in ${out}/docs-drift.junit.xml`);
  return exit;
}

/** One page in the set's summary: its counts, or, with no binding, why none of it was checked. */
function pageSummary(result: CheckResult, binding: CheckBinding | undefined, exit: number): string {
  const s = result.summary;
  if (!binding)
    return `${result.doc}: not checked: no page binding performs any of its procedures (bindings/index.ts), which never passes`;
  const procedures = new Set(result.results.flatMap((r) => r.procedures.map((p) => p.id))).size;
  const links = s.links ? `; links ${s.links.ok} ok, ${s.links.drift} drift, ${s.links.unverified} not checked` : '';
  return (
    `${result.doc}: ${procedures} procedures, steps ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified; ` +
    `rules ${s.rules.ok} ok, ${s.rules.drift} drift, ${s.rules.unverified} unverified; ` +
    `sentences ${s.sentences.ok} ok, ${s.sentences.drift} drift, ${s.sentences.unverified} unverified${links}` +
    (exit && s.ok === 0 ? '; nothing verified' : '')
  );
}

// The bench's figures as numbers and as words: each target, whether a figure meets it, the docs check's figures
// against its floor, and the shape of a history line. Pure: the bench measures, this says what the measures mean.

/** A figure's upper bound and how it is written: `≤ 6 s`, `≤ 1.5`. */
export interface Target {
  limit: number;
  unit: 's' | '';
}

export const targets = {
  /** `npm test`, cold: set-up, type-check, lint and every Playwright project. */
  npmTestCold: { limit: 120, unit: 's' },
  /** `npm run e2e`'s projects (the documented flows and the product's specs), cold. */
  e2eCold: { limit: 60, unit: 's' },
  e2eMedian: { limit: 0.6, unit: 's' },
  subscribeRatio: { limit: 1.3, unit: '' },
  /** One page, both languages, axe on every screen. */
  pageCheckAxe: { limit: 6, unit: 's' },
  /** The docs set (every vendored page, as `npm run docs:check` with no --doc), axe on. */
  setCheckAxe: { limit: 10, unit: 's' },
  checkAxeOverBare: { limit: 2, unit: '' },
  checkA11yOffOverBare: { limit: 1.5, unit: '' },
} as const satisfies Record<string, Target>;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A figure as written: seconds with two decimals and their unit, a ratio with two decimals. */
export function formatValue(value: number, unit: Target['unit']): string {
  return unit ? `${value.toFixed(2)} ${unit}` : value.toFixed(2);
}

export const formatTarget = (t: Target): string =>
  `≤ ${t.limit}${t.unit ? ` ${t.unit}` : t.limit % 1 === 0 ? '.0' : ''}`;

export const verdict = (value: number, t: Target): 'met' | 'not met' => (value <= t.limit ? 'met' : 'not met');

/** `5.21 s (target ≤ 6 s: met)`. */
export function withTarget(value: number, t: Target): string {
  return `${formatValue(value, t.unit)} (target ${formatTarget(t)}: ${verdict(value, t)})`;
}

/** One vendored page's docs check against its floor, in seconds (medians of the runs) and ratios. */
export interface PageFigures {
  page: string;
  /** Procedure runs the floor drove: each procedure a flow performs, once per language. */
  procedures: number;
  checkAxeS: number;
  checkA11yOffS: number;
  bareS: number;
  checkAxeOverBare: number;
  checkA11yOffOverBare: number;
  /**
   * The check with axe run again on the same sources, reading the product from the records the first run saved:
   * a writer's second run after an edit. Lines from before records were saved lack it.
   */
  checkReadBackS?: number;
  /**
   * `npm run docs:check -- --doc <page>` run again after a run that saved its records: the whole command, from
   * its start (Node, the modules, the sandbox, the browser) to its exit. Lines from before lack it.
   */
  commandAgainS?: number;
}

/** A page's figures from its medians in milliseconds; a floor of 0 ms (nothing driven) gives no ratio. */
export function pageFigures(
  page: string,
  procedures: number,
  ms: { checkAxe: number; checkA11yOff: number; bare: number; readBack?: number; commandAgain?: number },
): PageFigures {
  const ratio = (check: number) => (ms.bare > 0 ? round(check / ms.bare, 2) : Number.NaN);
  return {
    page,
    procedures,
    checkAxeS: round(ms.checkAxe / 1000, 3),
    checkA11yOffS: round(ms.checkA11yOff / 1000, 3),
    bareS: round(ms.bare / 1000, 3),
    checkAxeOverBare: ratio(ms.checkAxe),
    checkA11yOffOverBare: ratio(ms.checkA11yOff),
    ...(ms.readBack !== undefined && { checkReadBackS: round(ms.readBack / 1000, 3) }),
    ...(ms.commandAgain !== undefined && { commandAgainS: round(ms.commandAgain / 1000, 3) }),
  };
}

/** The lines the bench prints for one page: each figure with its target, where it has one. */
export function pageLines(f: PageFigures): [string, string][] {
  const lines: [string, string][] = [
    [`${f.page}: docs check, both languages, axe`, withTarget(f.checkAxeS, targets.pageCheckAxe)],
    [`  docs check, --a11y off`, formatValue(f.checkA11yOffS, 's')],
    [`  bare Playwright, the same ${f.procedures} procedure runs`, formatValue(f.bareS, 's')],
    [`  check/bare, axe`, withTarget(f.checkAxeOverBare, targets.checkAxeOverBare)],
    [`  check/bare, --a11y off`, withTarget(f.checkA11yOffOverBare, targets.checkA11yOffOverBare)],
  ];
  if (f.checkReadBackS !== undefined)
    lines.push([
      `  docs check run again, axe, the product read back from the first run`,
      formatValue(f.checkReadBackS, 's'),
    ]);
  if (f.commandAgainS !== undefined)
    lines.push([
      `  npm run docs:check -- --doc <page> run again, the whole command`,
      formatValue(f.commandAgainS, 's'),
    ]);
  return lines;
}

/** One line of bench/history.jsonl. Lines written before a figure existed lack it. */
export interface HistoryLine {
  commit: string;
  dirty: boolean;
  date: string;
  machine: { cores: number; loadAverage: number[]; node: string; browser: string };
  /** The load average when the run ended (lines from before it was recorded lack it). */
  loadAverageAtEnd?: number[];
  quick: boolean;
  runs: number;
  figures: {
    /** `npx playwright test`, every project, cold and warm: lines before npm test and e2e were timed apart. */
    suiteColdS: number | null;
    suiteWarmS: number | null;
    /** `npm test`, cold (full runs). */
    npmTestColdS?: number | null;
    /** `npm run e2e`'s projects: cold in full runs, warm in quick ones. */
    e2eColdS?: number | null;
    e2eWarmS?: number | null;
    tests: number;
    notPassed: number;
    e2eMedianS: number;
    e2eP95S: number;
    /** The e2e median without the docs check's specs: lines from before those specs left the e2e projects. */
    e2eWithoutDocsCheckMedianS?: number;
    subscribeHarnessS: number;
    subscribeSessionS: number;
    subscribeBareS: number;
    ratio: number;
    /** The membership page (upgrade-your-partner-network-membership), both languages, axe on. */
    docsCheckS: number;
    peakMemoryMB?: number;
    /** How many runs of the docs check and of its floor each median below is of. */
    docsRuns?: number;
    /** Browser pages the check and its floor drive at once. */
    docsPagesAtOnce?: number;
    docsPages?: PageFigures[];
    /** Every vendored page, side by side in one pool as `npm run docs:check` checks the set (one after another before 2026-12-07), axe on. */
    docsSetAxeS?: number;
    /** `npm run docs:check` (every vendored page) run again after a run that saved the records: the whole command. */
    docsSetCommandAgainS?: number;
  };
}

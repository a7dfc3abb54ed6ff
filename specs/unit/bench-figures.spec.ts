import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { benchTable, readHistory } from '../../scripts/bench/bench-table';
import {
  formatTarget,
  pageFigures,
  pageLines,
  targets,
  verdict,
  withTarget,
  type HistoryLine,
} from '../../scripts/bench/figures';

const history = fileURLToPath(new URL('../../bench/history.jsonl', import.meta.url));
const benchMd = fileURLToPath(new URL('../../bench/BENCH.md', import.meta.url));

/** A run as the bench records it, before the docs check had a floor. */
const before: HistoryLine = {
  commit: 'd34edc5e87b2eb93d2e89199a570409d851aa989',
  dirty: false,
  date: '2026-11-26T07:20:34.374Z',
  machine: { cores: 2, loadAverage: [4.73, 5.04, 4.88], node: 'v20.20.2', browser: 'debian-headless-shell' },
  quick: false,
  runs: 5,
  figures: {
    suiteColdS: 132.824,
    suiteWarmS: 137.002,
    tests: 391,
    notPassed: 0,
    e2eMedianS: 0.596,
    e2eP95S: 8.251,
    e2eWithoutDocsCheckMedianS: 0.632,
    subscribeHarnessS: 0.936,
    subscribeSessionS: 0.784,
    subscribeBareS: 0.741,
    ratio: 1.26,
    docsCheckS: 12.596,
    peakMemoryMB: 1797,
  },
};

// A run as the bench records it now: with the docs check's floor, and without the e2e median without the docs
// check's specs (the e2e projects hold none of them).
const { e2eWithoutDocsCheckMedianS: _notWritten, ...figuresNow } = before.figures;
const withFloor: HistoryLine = {
  ...before,
  commit: 'abcdef0123456789abcdef0123456789abcdef01',
  dirty: true,
  date: '2026-12-05T07:40:00.000Z',
  quick: true,
  runs: 3,
  figures: {
    ...figuresNow,
    suiteColdS: null,
    docsRuns: 1,
    docsPagesAtOnce: 2,
    docsPages: [pageFigures('membership', 8, { checkAxe: 9000, checkA11yOff: 6000, bare: 5000 })],
    docsSetAxeS: 9.5,
  },
};

test.describe('the bench figures against their targets', () => {
  test('a target reads as its bound and unit, a whole-number ratio with one decimal', () => {
    expect(formatTarget(targets.pageCheckAxe)).toBe('≤ 6 s');
    expect(formatTarget(targets.setCheckAxe)).toBe('≤ 10 s');
    expect(formatTarget(targets.checkAxeOverBare)).toBe('≤ 2.0');
    expect(formatTarget(targets.checkA11yOffOverBare)).toBe('≤ 1.5');
  });

  test('a figure at its target meets it, one above does not', () => {
    expect(verdict(6, targets.pageCheckAxe)).toBe('met');
    expect(verdict(6.01, targets.pageCheckAxe)).toBe('not met');
    expect(withTarget(1.5, targets.checkA11yOffOverBare)).toBe('1.50 (target ≤ 1.5: met)');
    expect(withTarget(12.345, targets.pageCheckAxe)).toBe('12.35 s (target ≤ 6 s: not met)');
  });

  test("a page's figures are its medians in seconds and the check's over the floor's", () => {
    expect(pageFigures('membership', 8, { checkAxe: 9000, checkA11yOff: 6123.4, bare: 4000 })).toEqual({
      page: 'membership',
      procedures: 8,
      checkAxeS: 9,
      checkA11yOffS: 6.123,
      bareS: 4,
      checkAxeOverBare: 2.25,
      checkA11yOffOverBare: 1.53,
    });
  });

  test('a floor that drove nothing gives no ratio, and the table shows none', () => {
    const empty = pageFigures('empty', 0, { checkAxe: 9000, checkA11yOff: 6000, bare: 0 });
    expect(empty.checkAxeOverBare).toBeNaN();
    const table = benchTable([{ ...withFloor, figures: { ...withFloor.figures, docsPages: [empty] } }]);
    expect(table).toContain('| empty (0 runs) | 9.00 s, not met | 6.00 s | 0.00 s | – | – | – | – |');
  });

  test("the bench prints each of a page's figures, the targeted ones with their target and verdict", () => {
    const lines = pageLines(pageFigures('membership', 8, { checkAxe: 5000, checkA11yOff: 4000, bare: 2500 }));
    expect(lines.map(([, value]) => value)).toEqual([
      '5.00 s (target ≤ 6 s: met)',
      '4.00 s',
      '2.50 s',
      '2.00 (target ≤ 2.0: met)',
      '1.60 (target ≤ 1.5: not met)',
    ]);
  });
});

test.describe('the check run again, the product read back from the first run', () => {
  test('is a page figure in seconds, printed after the ratios and in its own column of the table', () => {
    const f = pageFigures('membership', 8, { checkAxe: 9000, checkA11yOff: 6000, bare: 5000, readBack: 1231.5 });
    expect(f.checkReadBackS).toBe(1.232);
    expect(pageLines(f).at(-1)).toEqual([
      '  docs check run again, axe, the product read back from the first run',
      '1.23 s',
    ]);
    const table = benchTable([{ ...withFloor, figures: { ...withFloor.figures, docsPages: [f] } }]);
    expect(table).toContain(
      '| membership (8 runs) | 9.00 s, not met | 6.00 s | 5.00 s | 1.80, met | 1.20, met | 1.23 s | – |',
    );
  });
});

test.describe('npm run docs:check run again, the whole command', () => {
  test("is a page's last line and its own column; the set's is a column of the run", () => {
    const f = pageFigures('membership', 8, { checkAxe: 9000, checkA11yOff: 6000, bare: 5000, commandAgain: 4321 });
    expect(pageLines(f).at(-1)).toEqual([
      '  npm run docs:check -- --doc <page> run again, the whole command',
      '4.32 s',
    ]);
    const line = { ...withFloor, figures: { ...withFloor.figures, docsPages: [f], docsSetCommandAgainS: 7.5 } };
    const table = benchTable([line]);
    expect(table).toContain('| 1.80, met | 1.20, met | – | 4.32 s |');
    expect(table).toContain('| 9.50 s, met | 7.50 s | 1797 MB |');
  });
});

test.describe('bench/BENCH.md from the history', () => {
  test('each run is a dated row with its commit, load and every figure against its target', () => {
    const table = benchTable([before, withFloor]);
    expect(table).toContain(
      '| 2026-11-26 07:20 | d34edc5e87 | 4.73 5.04 4.88 | full, 5 | – | – | – | 132.82 s | 137.00 s | ' +
        '0.60 s, met | 1.26, met | 12.60 s, not met | – | – | 1797 MB |',
    );
    expect(table).toContain('| 2026-12-05 07:40 | abcdef0123 (uncommitted changes) | 4.73 5.04 4.88 | quick, 3 | – |');
    expect(table).toContain('| 9.50 s, met | – | 1797 MB |');
    expect(table).toContain(
      '| membership (8 runs) | 9.00 s, not met | 6.00 s | 5.00 s | 1.80, met | 1.20, met | – | – |',
    );
  });

  test('npm test and npm run e2e, cold, each against its own target; a quick run shows e2e warm, without one', () => {
    const full = {
      ...withFloor,
      quick: false,
      figures: { ...withFloor.figures, suiteWarmS: null, npmTestColdS: 130, e2eColdS: 55 },
    };
    expect(benchTable([full])).toContain('| full, 3 | 130.00 s, not met | 55.00 s, met | – | – | – |');
    const quick = { ...withFloor, figures: { ...withFloor.figures, suiteWarmS: null, e2eWarmS: 70 } };
    expect(benchTable([quick])).toContain('| quick, 3 | – | – | 70.00 s | – | – |');
    expect(formatTarget(targets.npmTestCold)).toBe('≤ 120 s');
    expect(formatTarget(targets.e2eCold)).toBe('≤ 60 s');
  });

  test('a run from before the floor has no row in the table of pages', () => {
    const pagesTable = benchTable([before]).split('## The docs check of one page')[1] ?? '';
    expect(pagesTable).not.toContain('d34edc5e87');
  });

  test('every line of bench/history.jsonl reads as a run, and BENCH.md is what the bench writes from it', () => {
    const lines = readHistory(history);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(Number.isNaN(Date.parse(line.date))).toBe(false);
      expect(line.machine.loadAverage).toHaveLength(3);
      expect(typeof line.figures.e2eMedianS).toBe('number');
    }
    expect(readFileSync(benchMd, 'utf8')).toBe(benchTable(lines));
  });
});

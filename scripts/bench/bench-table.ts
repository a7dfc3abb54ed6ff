// bench/BENCH.md from bench/history.jsonl: every run's figures, dated, with the commit and the machine's load.
// The bench rewrites it after appending its line; `npx tsx scripts/bench/bench-table.ts` rewrites it by hand.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonLines } from '../../harness/json-file';
import { formatTarget, targets, verdict, type HistoryLine, type Target } from './figures';

const cell = (value: number | null | undefined, t?: Target, unit: Target['unit'] = t?.unit ?? 's'): string => {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const shown = unit ? `${value.toFixed(2)} ${unit}` : value.toFixed(2);
  return t ? `${shown}, ${verdict(value, t)}` : shown;
};
const head = (name: string, t?: Target) => (t ? `${name} (${formatTarget(t)})` : name);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/** `2026-12-05 07:40`, in UTC. */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const load = (l: readonly number[] | undefined) => (l ? l.map((x) => x.toFixed(2)).join(' ') : '–');

function run(line: HistoryLine): string[] {
  return [
    when(line.date),
    `${line.commit.slice(0, 10)}${line.dirty ? ' (uncommitted changes)' : ''}`,
    load(line.machine.loadAverage),
    line.quick ? `quick, ${line.runs}` : `full, ${line.runs}`,
  ];
}

/** The markdown of bench/BENCH.md: the runs, oldest first; a figure a run did not measure is a dash. */
export function benchTable(lines: readonly HistoryLine[]): string {
  const runHead = ['Date (UTC)', 'Commit', 'Load average at start', 'Mode, runs'];
  const suite = [
    row([
      ...runHead,
      head('npm test, cold', targets.npmTestCold),
      head('npm run e2e, cold', targets.e2eCold),
      'npm run e2e, warm',
      'Every project, cold',
      'Every project, warm',
      head('e2e per test, median', targets.e2eMedian),
      head('Subscribe, harness/bare', targets.subscribeRatio),
      head('Docs check, membership page, axe', targets.pageCheckAxe),
      head('Docs set, axe', targets.setCheckAxe),
      'npm run docs:check again',
      'Peak memory',
    ]),
    rule(runHead.length + 11),
    ...lines.map((l) =>
      row([
        ...run(l),
        cell(l.figures.npmTestColdS, targets.npmTestCold),
        cell(l.figures.e2eColdS, targets.e2eCold),
        cell(l.figures.e2eWarmS),
        cell(l.figures.suiteColdS),
        cell(l.figures.suiteWarmS),
        cell(l.figures.e2eMedianS, targets.e2eMedian),
        cell(l.figures.ratio, targets.subscribeRatio),
        cell(l.figures.docsCheckS, targets.pageCheckAxe),
        cell(l.figures.docsSetAxeS, targets.setCheckAxe),
        cell(l.figures.docsSetCommandAgainS),
        l.figures.peakMemoryMB === undefined ? '–' : `${l.figures.peakMemoryMB} MB`,
      ]),
    ),
  ];
  const pages = [
    row([
      ...runHead,
      'Page',
      head('Check, axe', targets.pageCheckAxe),
      'Check, --a11y off',
      'Bare',
      head('Check/bare, axe', targets.checkAxeOverBare),
      head('Check/bare, --a11y off', targets.checkA11yOffOverBare),
      'Check again, axe, read back',
      'Command again',
    ]),
    rule(runHead.length + 8),
    ...lines.flatMap((l) =>
      (l.figures.docsPages ?? []).map((p) =>
        row([
          ...run(l),
          `${p.page} (${p.procedures} runs)`,
          cell(p.checkAxeS, targets.pageCheckAxe),
          cell(p.checkA11yOffS),
          cell(p.bareS),
          cell(p.checkAxeOverBare, targets.checkAxeOverBare),
          cell(p.checkA11yOffOverBare, targets.checkA11yOffOverBare),
          cell(p.checkReadBackS),
          cell(p.commandAgainS),
        ]),
      ),
    ),
  ];
  return [
    '# Bench figures',
    '',
    'Written by `npm run bench` from `bench/history.jsonl` after each run (by hand: `npx tsx scripts/bench/bench-table.ts`);',
    'do not edit. What each figure is: [the benchmark guide](../docs/guides/benchmark.md). The machine is shared: compare',
    'runs of similar load. Each cell is the median of the run’s repetitions, then whether it meets the target in its',
    'column’s head.',
    '',
    '## Each run',
    '',
    ...suite,
    '',
    '## The docs check of one page, both languages, against its floor',
    '',
    'Bare: the same procedures in both languages, driven by their flows with nothing around them, as many at once',
    'as the check drives.',
    '',
    ...pages,
    '',
  ].join('\n');
}

/** Each line of a history file, parsed; a line that is not JSON is an error naming the file and the line. */
export function readHistory(file: string): HistoryLine[] {
  return readJsonLines(file, (line) => {
    throw new Error(line);
  }) as HistoryLine[];
}

export function writeBenchTable(history: string, out: string): void {
  writeFileSync(out, benchTable(readHistory(history)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  writeBenchTable(`${root}bench/history.jsonl`, `${root}bench/BENCH.md`);
}

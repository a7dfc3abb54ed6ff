import { median } from '../bench/stats';
import type { ProfileData, ProfiledTest } from './profile-reporter';

export interface ProfileInput {
  started: number;
  ended: number;
  marks: { name: string; t: number }[];
  data: ProfileData;
  importTimes: { total: number; times: Record<string, number> } | undefined;
  cores: number;
}

const s = (ms: number) => (ms / 1000).toFixed(1);
// By project: e2e-* the flows and the product, harness-* the docs check's and the harness's own browser specs.
const inProject = (t: ProfiledTest, kind: string) => t.project === kind || t.project.startsWith(`${kind}-`);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function top(times: Record<string, number>, n: number): string {
  const sorted = Object.entries(times).sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, n).map(([k, v]) => `${k} ${s(v)}`);
  const rest = sum(sorted.slice(n).map(([, v]) => v));
  return [...shown, ...(rest > 0 ? [`others ${s(rest)}`] : [])].join(', ');
}

/** The profile of one `npm test` as a markdown table: wall-clock phases, then the tests' phase per worker. */
export function profileTable(p: ProfileInput): string {
  const at = (name: string) => p.marks.find((m) => m.name === name)?.t;
  const span = (from: string, to: string) => {
    const a = at(from);
    const b = at(to);
    return a !== undefined && b !== undefined ? b - a : undefined;
  };
  const rows: string[][] = [];
  const wall = (what: string, ms: number | undefined, note = '') => {
    if (ms !== undefined) rows.push([what, s(ms), '', note]);
  };
  const tests = p.data.tests;
  const begin = at('tests-begin') ?? p.data.begin;
  const testsEnd = Math.max(...tests.map((t) => t.start + t.duration));
  const slots = [...new Set(tests.map((t) => t.parallelIndex))].sort();
  const reused = p.marks.some((m) => m.name === 'sandbox-reused');

  wall('set-up (npm packages, browser present)', span('setup', 'settings'));
  wall('settings checked (the config loaded once before the run)', span('settings', 'type-check'));
  wall('type-check (tsc)', span('type-check', 'lint'));
  wall('lint (eslint)', span('lint', 'ci-templates'));
  wall('CI templates lint', span('ci-templates', 'tests'));
  wall(
    'Playwright: config, collecting the tests',
    span('tests', at('sandbox-build') ? 'sandbox-build' : 'tests-begin'),
  );
  wall('sandbox build', span('sandbox-build', 'sandbox-built'), reused ? 'an up-to-date build reused' : 'vite build');
  wall('sandbox start (vite preview) and first answer', span('sandbox-built', 'tests-begin'));
  rows.push([
    `**tests** (${tests.length}, ${slots.length} workers)`,
    s(testsEnd - begin),
    s((testsEnd - begin) * slots.length),
    'rows below share this',
  ]);

  // Per worker slot: start-up before its first test, gaps between tests, idle at the end while another works.
  let startUp = 0;
  let gaps = 0;
  let tail = 0;
  for (const slot of slots) {
    const mine = tests.filter((t) => t.parallelIndex === slot).sort((a, b) => a.start - b.start);
    startUp += (mine[0]?.start ?? begin) - begin;
    for (let i = 1; i < mine.length; i++)
      gaps += Math.max(0, mine[i]!.start - (mine[i - 1]!.start + mine[i - 1]!.duration));
    const last = mine.at(-1);
    tail += last ? testsEnd - (last.start + last.duration) : 0;
  }
  const e2e = tests.filter((t) => inProject(t, 'e2e'));
  const setUp: Record<string, number> = {};
  const tearDown: Record<string, number> = {};
  for (const t of e2e) {
    add(setUp, t.setUp);
    add(tearDown, t.tearDown);
  }
  const before = sum(e2e.map((t) => t.beforeHooks));
  const after = sum(e2e.map((t) => t.afterHooks));
  const loads = sum(e2e.map((t) => t.pageLoads));
  const actions = sum(e2e.map((t) => t.duration - t.beforeHooks - t.afterHooks - t.pageLoads));
  const harness = tests.filter((t) => inProject(t, 'harness'));
  const cli = tests.filter((t) => inProject(t, 'cli'));
  const units = tests.filter((t) => inProject(t, 'unit'));
  const share = (what: string, ms: number, note = '') => rows.push([`  ${what}`, '', s(ms), note]);
  const imports = p.importTimes
    ? `; a fresh process imports ${top(p.importTimes.times, 5)} (${s(p.importTimes.total)} s)`
    : '';
  share(
    "worker start-up and module loading, before each worker's first test",
    startUp,
    `browser launch is in the first test's set-up${imports}`,
  );
  share('between tests (dispatch, loading another spec file)', gaps);
  share(`e2e fixture set-up (${e2e.length} tests)`, before, top(setUp, 6));
  share('e2e fixture teardown', after, top(tearDown, 5));
  share(
    `e2e page loads (${sum(e2e.map((t) => t.pageLoadCount))} navigations)`,
    loads,
    'document and bundle through the guard route',
  );
  share('e2e actions and assertions', actions, `per test median ${s(median(e2e.map((t) => t.duration)))} s`);
  const lastEnd = (ts: ProfiledTest[]) =>
    ts.length
      ? `the last ends ${s(testsEnd - Math.max(...ts.map((t) => t.start + t.duration)))} s before the last test`
      : '';
  share(
    `harness browser specs: the docs check's and the harness's own (${harness.length} tests, set-up included)`,
    sum(harness.map((t) => t.duration)),
    lastEnd(harness),
  );
  share(`cli specs (${cli.length}; command lines and child runs)`, sum(cli.map((t) => t.duration)), lastEnd(cli));
  share(`unit specs (${units.length})`, sum(units.map((t) => t.duration)));
  share('idle at the end (a worker done, another still running)', tail);

  const firstReporter = p.marks.findIndex((m) => m.name.startsWith('reporter-end:'));
  let previous = testsEnd;
  for (const m of p.marks.slice(firstReporter < 0 ? p.marks.length : firstReporter)) {
    if (!m.name.startsWith('reporter-end:')) continue;
    const name = m.name.slice('reporter-end:'.length);
    wall(name === 'list' ? 'workers closing, list reporter summary' : `reporter: ${name}`, m.t - previous);
    previous = m.t;
  }
  wall('sandbox stop, Playwright exit', span('reporters-end', 'tests-exit'));
  wall(
    'JUnit file against its schema (xmllint)',
    span('junit-check', at('docs-coverage') ? 'docs-coverage' : 'check-reports'),
  );
  wall('docs coverage (README line)', span('docs-coverage', 'check-reports'));
  wall('card-number scan of the reports', span('check-reports', 'end'));
  rows.push(['**npm test, whole**', s(p.ended - p.started), '', `${p.cores} cores`]);

  const head = ['Phase', 'Wall (s)', 'Worker time (s)', 'Detail (s)'];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

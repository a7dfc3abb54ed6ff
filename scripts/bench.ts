// `npm run bench [-- --quick] [--runs <n>] [--history <file>]`: in one run, where people wait (`npm test` cold and
// `npm run e2e`'s projects cold; a quick run: those projects warm only), the e2e specs' per-test median and 95th
// percentile, the subscribe flow in the harness against a bare Playwright script (median of --runs each, as a
// ratio), the docs check of each vendored page in both languages (with axe, with --a11y off) against its floor (the
// same procedures driven bare), the docs set, and the peak memory of the measured run's process tree; each figure
// printed with its target. Appends one JSON line per run to the history file (default bench/history.jsonl) with
// the commit and the machine, and rewrites BENCH.md beside it from the whole history.
// A benchmark, not a test: nothing here fails on a figure. --quick runs nothing cold and checks each page once.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from '../harness/session/remote-browser';
import { loadSettings } from '../harness/settings/settings';
import { CHECK_SEED } from '../checker/cli/screen-options';
import { docsCheckPages } from '../harness/settings/timeouts';
import { writeBenchTable } from './bench/bench-table';
import { bareProcedures } from './bench/docs-floor';
import {
  formatTarget,
  pageFigures,
  pageLines,
  targets,
  verdict,
  withTarget,
  type HistoryLine,
  type Target,
} from './bench/figures';
import { checkPage, checkSet } from './bench/page-check';
import { docsCheckAgain } from './bench/command-again';
import { SavedRecords } from '../checker/record/saved-records';
import { vendoredPages } from './bench/vendored-pages';
import { median, percentile } from './bench/stats';
import { bareSubscribe, sessionSubscribe } from './bench/subscribe';
import { runSuite, type SuiteRun } from './bench/suite-run';
import { buildCacheVariable } from './sandbox-build';
import { ownSandboxPort, refuseTakenPort, startSandboxOrExit } from './sandbox-server';
import { BenchOptionError, benchOptions, type BenchOptions } from './bench/options';

const root = fileURLToPath(new URL('..', import.meta.url));

let o: BenchOptions;
try {
  o = benchOptions(process.argv.slice(2), root);
} catch (error) {
  if (!(error instanceof BenchOptionError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
const { browser, config, today } = loadSettings();
// Its own sandbox starts only after the suite's runs: a SANDBOX_PORT whose port (+ 10) is taken is refused now.
const benchPort = () => ownSandboxPort(config, 10, "the bench's");
await refuseTakenPort('bench', benchPort);
/** The page the history's docsCheckS has always been of. */
const MEMBERSHIP_PAGE = 'upgrade-your-partner-network-membership';
const sec = (ms: number) => Math.round(ms) / 1000;

/** One figure's line: what, its value, and, with a target, the target and whether `measured` meets it. */
function report(what: string, value: string, target?: { measured: number; target: Target }): void {
  const verdictText = target
    ? `  (target ${formatTarget(target.target)}: ${verdict(target.measured, target.target)})`
    : '';
  process.stdout.write(`${what.padEnd(58)} ${value}${verdictText}\n`);
}

function describeRun(name: string, run: SuiteRun, target?: Target): void {
  const notPassed = run.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped');
  report(
    `${name}: ${run.tests.length} tests`,
    `${sec(run.wallMs).toFixed(1)} s wall, peak ${(run.peakMemory / 2 ** 20).toFixed(0)} MB${
      run.exitCode === 0
        ? ''
        : `, exit ${run.exitCode}, ${notPassed.length} not passed: ${notPassed
            .map((t) => t.title)
            .slice(0, 3)
            .join('; ')}`
    }`,
    target && { measured: sec(run.wallMs), target },
  );
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const machine = {
  cores: availableParallelism(),
  loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  node: process.version,
  browser: browser.source,
};
const commit = git('rev-parse', 'HEAD');
// The history file and the table beside it change with every run: they do not make the code measured another one.
const { table } = o;
const written = [o.history, table].map((f) => relative(root, f)).filter((f) => !f.startsWith('..'));
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ...written.map((f) => `:!${f}`)) !== '';
process.stdout.write(
  `bench at ${commit.slice(0, 10)}${dirty ? ' (uncommitted changes)' : ''}; ` +
    `${machine.cores} cores, load average ${machine.loadAverage.join(' ')} at start; ` +
    `browser ${browser.source}; ${o.quick ? 'quick' : 'full'}, ${o.runs} runs\n`,
);

// Cold: no sandbox build to reuse (an empty build cache of its own: the shared one may hold the build another run
// is serving), Playwright's compiled-spec cache cleared (its public clear-cache; a run beside it reads a missing entry
// as a miss and compiles), tsx's off.
async function coldRun(args: readonly string[], command?: readonly string[]): Promise<SuiteRun> {
  const buildCache = mkdtempSync(join(tmpdir(), 'sandbox-build-cold-'));
  spawnSync('npx', ['playwright', 'clear-cache'], { cwd: root, stdio: 'ignore' });
  try {
    return await runSuite(root, args, { TSX_DISABLE_CACHE: '1', [buildCacheVariable]: buildCache }, command);
  } finally {
    rmSync(buildCache, { recursive: true, force: true });
  }
}

// Where people wait: `npm test` (full runs) and `npm run e2e`'s projects, cold in full runs, warm in quick ones.
const e2eProjects = ['--project=e2e-*'];
let npmTest: SuiteRun | undefined;
let e2eCold: SuiteRun | undefined;
let e2eWarm: SuiteRun | undefined;
if (!o.quick) {
  npmTest = await coldRun([], ['bash', 'scripts/test.sh']);
  describeRun('npm test, cold (fresh build, no caches)', npmTest, targets.npmTestCold);
  e2eCold = await coldRun(e2eProjects);
  describeRun("npm run e2e's projects, cold", e2eCold, targets.e2eCold);
} else {
  e2eWarm = await runSuite(root, e2eProjects);
  describeRun("npm run e2e's projects, warm (quick: no cold run)", e2eWarm);
}

const e2e = (e2eCold ?? e2eWarm)!.tests;
const e2eTimes = e2e.map((t) => t.duration);
report(`e2e specs per test (${e2e.length}), median`, `${sec(median(e2eTimes)).toFixed(2)} s`, {
  measured: sec(median(e2eTimes)),
  target: targets.e2eMedian,
});
report('e2e specs per test, 95th percentile', `${sec(percentile(e2eTimes, 95)).toFixed(2)} s`);

// One more run than asked: the first test of the worker also launches its browser, which the bare runs do not time.
const harnessRun = await runSuite(root, ['--config', 'scripts/bench/playwright.config.ts'], {
  BENCH_RUNS: String(o.runs + 1),
});
if (harnessRun.exitCode !== 0) throw new Error(`the harness's subscribe runs failed (exit ${harnessRun.exitCode})`);
const harness = harnessRun.tests.slice(1).map((t) => t.duration);

const sandbox = await startSandboxOrExit('bench', benchPort);
const target = { baseURL: sandbox.url, locale: 'en-US', timezoneId: 'America/Los_Angeles' };
let session: number[];
let bare: number[];
// The docs check of each vendored page against its floor, in the same browser and sandbox: for each repetition,
// each page checked with axe, then with --a11y off, then its procedures driven bare; then the set, every page checked
// with axe side by side in one pool of browser pages, as `npm run docs:check` with no --doc checks them.
const pages = vendoredPages();
const docsRuns = o.quick ? 1 : 3;
const perPage = new Map(
  pages.map((p) => [
    p.name,
    { axe: [] as number[], off: [] as number[], bare: [] as number[], readBack: [] as number[] },
  ]),
);
const setAxe: number[] = [];
const docsSummary = new Map<string, string>();
const procedureRuns = new Map<string, number>();
const reportsDir = mkdtempSync(join(tmpdir(), 'bench-docs-check-'));
const savedIn = (folder: string) => new SavedRecords(folder, 'bench');
try {
  const b = await openBrowser(browser);
  session = await sessionSubscribe(b, target, o.runs);
  bare = await bareSubscribe(b, target, o.runs);
  const checkTarget = { browser: b, baseURL: sandbox.url, today };
  for (let i = 0; i < docsRuns; i++) {
    for (const page of pages) {
      const times = perPage.get(page.name)!;
      // Saving its records, as `npm run docs:check` does against the sandbox: each repetition in a folder of its own,
      // so the check with axe is cold every time, and the check run again reads back what it saved.
      const records = join(reportsDir, page.name, `records-${i}`);
      const axe = await checkPage(page, checkTarget, 'warn', join(reportsDir, page.name, 'axe'), savedIn(records));
      times.axe.push(axe.ms);
      const again = await checkPage(page, checkTarget, 'warn', join(reportsDir, page.name, 'again'), savedIn(records));
      times.readBack.push(again.ms);
      const s = axe.result.summary;
      docsSummary.set(page.name, `${s.steps} steps, ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified`);
      times.off.push((await checkPage(page, checkTarget, 'off', join(reportsDir, page.name, 'a11y-off'))).ms);
      const floor = await bareProcedures(page, checkTarget, CHECK_SEED);
      times.bare.push(floor.ms);
      procedureRuns.set(page.name, floor.procedures);
    }
    // Cold, as each page's check with axe: records saved in a folder of their own.
    setAxe.push(
      await checkSet(pages, checkTarget, join(reportsDir, 'set'), savedIn(join(reportsDir, `set-records-${i}`))),
    );
  }
  await b.close();
} finally {
  sandbox.stop();
  rmSync(reportsDir, { recursive: true, force: true });
}
const runsOf = (name: string) => procedureRuns.get(name) ?? 0;
const commandAgain = new Map(
  pages.map((p) => [p.name, median(docsCheckAgain(root, ['--doc', p.file], runsOf(p.name), docsRuns))]),
);
const setCommandAgain = median(
  docsCheckAgain(
    root,
    [],
    pages.reduce((n, p) => n + runsOf(p.name), 0),
    docsRuns,
  ),
);

const ratio = median(harness) / median(bare);
report(`subscribe flow in the harness, median of ${harness.length}`, `${sec(median(harness)).toFixed(2)} s`);
report(`  in the harness's session without the runner, of ${session.length}`, `${sec(median(session)).toFixed(2)} s`);
report(`  in a bare Playwright script, median of ${bare.length}`, `${sec(median(bare)).toFixed(2)} s`);
report('harness/bare ratio', ratio.toFixed(2), { measured: ratio, target: targets.subscribeRatio });
const docsPages = pages.map((p) => {
  const t = perPage.get(p.name)!;
  return pageFigures(p.name, procedureRuns.get(p.name) ?? 0, {
    checkAxe: median(t.axe),
    checkA11yOff: median(t.off),
    bare: median(t.bare),
    readBack: median(t.readBack),
    commandAgain: commandAgain.get(p.name) ?? Number.NaN,
  });
});
process.stdout.write(
  `docs check in-process (checks, reports written; no process start, browser launch or sandbox start), ` +
    `median of ${docsRuns}, ${docsCheckPages()} browser pages at once:\n`,
);
for (const f of docsPages) {
  for (const [what, value] of pageLines(f)) report(what, value);
  report('  the check found', docsSummary.get(f.page) ?? '');
}
report(`docs set of ${pages.length} pages, axe, side by side`, withTarget(sec(median(setAxe)), targets.setCheckAxe));
report(
  `npm run docs:check (the set) run again, the whole command, median of ${docsRuns}`,
  `${sec(setCommandAgain).toFixed(2)} s`,
);
const peak = Math.max(npmTest?.peakMemory ?? 0, e2eCold?.peakMemory ?? 0, e2eWarm?.peakMemory ?? 0);
report(
  `peak memory of ${npmTest ? 'npm test' : "npm run e2e's projects"} (PSS of its process tree)`,
  `${(peak / 2 ** 20).toFixed(0)} MB`,
);
report(
  'flaky tests in --repeat-each=5',
  "not run by the bench (npx playwright test --project='e2e-*' --repeat-each=5 --workers=2)",
);

const figures = {
  suiteColdS: null,
  suiteWarmS: null,
  npmTestColdS: npmTest ? sec(npmTest.wallMs) : null,
  e2eColdS: e2eCold ? sec(e2eCold.wallMs) : null,
  e2eWarmS: e2eWarm ? sec(e2eWarm.wallMs) : null,
  tests: (npmTest ?? e2eCold ?? e2eWarm)!.tests.length,
  notPassed: [npmTest, e2eCold, e2eWarm].reduce(
    (n, run) => n + (run?.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length ?? 0),
    0,
  ),
  e2eMedianS: sec(median(e2eTimes)),
  e2eP95S: sec(percentile(e2eTimes, 95)),
  subscribeHarnessS: sec(median(harness)),
  subscribeSessionS: sec(median(session)),
  subscribeBareS: sec(median(bare)),
  ratio: Math.round(ratio * 100) / 100,
  docsCheckS: (docsPages.find((p) => p.page === MEMBERSHIP_PAGE) ?? docsPages[0])?.checkAxeS ?? 0,
  peakMemoryMB: Math.round(peak / 2 ** 20),
  docsRuns,
  docsPagesAtOnce: docsCheckPages(),
  docsPages,
  docsSetAxeS: sec(median(setAxe)),
  docsSetCommandAgainS: sec(setCommandAgain),
};
const line: HistoryLine = {
  commit,
  dirty,
  date: new Date().toISOString(),
  machine,
  loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  quick: o.quick,
  runs: o.runs,
  figures,
};
report('load average at the end', line.loadAverageAtEnd?.join(' ') ?? '');
appendFileSync(o.history, `${JSON.stringify(line)}\n`);
writeBenchTable(o.history, table);
process.stdout.write(`appended to ${relative(root, o.history)}; ${relative(root, table)} rewritten\n`);

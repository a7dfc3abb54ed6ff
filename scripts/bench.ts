// `npm run bench [-- --quick] [--runs <n>] [--history <file>]`: in one run, the whole suite's wall time cold (no
// sandbox build, no compile caches) and warm, the e2e specs' per-test median and 95th percentile, the subscribe
// flow in the harness against a bare Playwright script (median of --runs each, as a ratio), the docs check of
// both languages, and the peak memory of the suite's process tree; each figure printed with its target. Appends
// one JSON line per run to the history file (default bench/history.jsonl) with the commit and the machine.
// A benchmark, not a test: nothing here fails on a figure. --quick skips the cold suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBrowser } from '../harness/session/remote-browser';
import { loadSettings } from '../harness/settings/settings';
import { documentedPage, documentedPins, runCheck } from '../bindings/check';
import { median, percentile } from './bench/stats';
import { bareSubscribe, sessionSubscribe } from './bench/subscribe';
import { runSuite, type RunTest, type SuiteRun } from './bench/suite-run';
import { buildCacheVariable } from './sandbox-build';
import { ownSandboxPort, startSandboxOrExit } from './sandbox-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: npm run bench [-- --quick] [--runs <1-50>] [--history <file>]';

function options() {
  try {
    const { values } = parseArgs({
      options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' }, history: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const runs = values.runs ?? (values.quick ? '3' : '5');
    if (!/^\d+$/.test(runs) || Number(runs) < 1 || Number(runs) > 50)
      throw new Error(`--runs must be a whole number from 1 to 50, got "${runs}"`);
    return { quick: values.quick, runs: Number(runs), history: resolve(root, values.history ?? 'bench/history.jsonl') };
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)} (${usage})\n`);
    process.exit(2);
  }
}

const o = options();
const { browser, config } = loadSettings();
const sec = (ms: number) => Math.round(ms) / 1000;
const isDocsCheck = (t: RunTest) => /docs-check/.test(t.file);

function report(what: string, value: string, target?: { met: boolean; text: string }): void {
  const verdict = target ? `  (target ${target.text}: ${target.met ? 'met' : 'NOT met'})` : '';
  process.stdout.write(`${what.padEnd(58)} ${value}${verdict}\n`);
}

function describeRun(name: string, run: SuiteRun): void {
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
    { met: run.wallMs <= 60_000, text: '≤ 60 s' },
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
// The history file itself changes with every run: it does not make the code measured another one.
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/history.jsonl') !== '';
process.stdout.write(
  `bench at ${commit.slice(0, 10)}${dirty ? ' (uncommitted changes)' : ''}; ` +
    `${machine.cores} cores, load average ${machine.loadAverage.join(' ')} at start; ` +
    `browser ${browser.source}; ${o.quick ? 'quick' : 'full'}, ${o.runs} runs\n`,
);

let cold: SuiteRun | undefined;
if (!o.quick) {
  // Cold: no sandbox build to reuse (an empty build cache of its own: the shared one may hold the build another
  // run is serving), Playwright's compiled-spec cache cleared (its public clear-cache; a run beside it reads a
  // missing entry as a miss and compiles), tsx's off.
  const buildCache = mkdtempSync(join(tmpdir(), 'sandbox-build-cold-'));
  spawnSync('npx', ['playwright', 'clear-cache'], { cwd: root, stdio: 'ignore' });
  cold = await runSuite(root, [], { TSX_DISABLE_CACHE: '1', [buildCacheVariable]: buildCache });
  rmSync(buildCache, { recursive: true, force: true });
  describeRun('suite, cold (fresh build, no caches)', cold);
}
const warm = await runSuite(root, []);
describeRun('suite, warm', warm);

const e2e = warm.tests.filter((t) => t.project.startsWith('e2e-'));
const e2eTimes = e2e.map((t) => t.duration);
report(`e2e specs per test (${e2e.length}), median`, `${sec(median(e2eTimes)).toFixed(2)} s`, {
  met: median(e2eTimes) <= 600,
  text: '≤ 0.6 s',
});
report('e2e specs per test, 95th percentile', `${sec(percentile(e2eTimes, 95)).toFixed(2)} s`);
const plain = e2e.filter((t) => !isDocsCheck(t)).map((t) => t.duration);
report(
  `  without the docs-check specs (${plain.length}): median, p95`,
  `${sec(median(plain)).toFixed(2)} s, ${sec(percentile(plain, 95)).toFixed(2)} s`,
);

// One more run than asked: the first test of the worker also launches its browser, which the bare runs do not time.
const harnessRun = await runSuite(root, ['--config', 'scripts/bench/playwright.config.ts'], {
  BENCH_RUNS: String(o.runs + 1),
});
if (harnessRun.exitCode !== 0) throw new Error(`the harness's subscribe runs failed (exit ${harnessRun.exitCode})`);
const harness = harnessRun.tests.slice(1).map((t) => t.duration);

const sandbox = await startSandboxOrExit('bench', () => ownSandboxPort(config, 10, "the bench's"));
const target = { baseURL: sandbox.url, locale: 'en-US', timezoneId: 'America/Los_Angeles' };
let session: number[];
let bare: number[];
const docsCheck: number[] = [];
let docsSummary = '';
try {
  const b = await openBrowser(browser);
  session = await sessionSubscribe(b, target, o.runs);
  bare = await bareSubscribe(b, target, o.runs);
  const doc = documentedPage();
  for (let i = 0; i < (o.quick ? 1 : 3); i++) {
    const started = performance.now();
    // As `npm run docs:check` runs it: every documented screen scanned for accessibility.
    const result = await runCheck({
      doc,
      locales: doc.locales,
      browser: b,
      baseURL: sandbox.url,
      seed: 1,
      today: '2026-03-15',
      pins: documentedPins(),
      a11y: 'warn',
    });
    docsCheck.push(performance.now() - started);
    const s = result.summary;
    docsSummary = `${doc.locales.join(' + ')}: ${s.steps} steps, ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified`;
  }
  await b.close();
} finally {
  sandbox.stop();
}
const ratio = median(harness) / median(bare);
report(`subscribe flow in the harness, median of ${harness.length}`, `${sec(median(harness)).toFixed(2)} s`);
report(`  in the harness's session without the runner, of ${session.length}`, `${sec(median(session)).toFixed(2)} s`);
report(`  in a bare Playwright script, median of ${bare.length}`, `${sec(median(bare)).toFixed(2)} s`);
report('harness/bare ratio', ratio.toFixed(2), { met: ratio <= 1.3, text: '≤ 1.3' });
report(
  `docs check, both languages, median of ${docsCheck.length}`,
  `${sec(median(docsCheck)).toFixed(2)} s (${docsSummary})`,
  { met: median(docsCheck) <= 6000, text: '≤ 6 s' },
);
const peak = Math.max(warm.peakMemory, cold?.peakMemory ?? 0);
report('peak memory of the suite (PSS of its process tree)', `${(peak / 2 ** 20).toFixed(0)} MB`);
report(
  'flaky tests in --repeat-each=5',
  "not run by the bench (npx playwright test --project='e2e-*' --repeat-each=5 --workers=2)",
);

const figures = {
  suiteColdS: cold ? sec(cold.wallMs) : null,
  suiteWarmS: sec(warm.wallMs),
  tests: warm.tests.length,
  notPassed:
    warm.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length +
    (cold?.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length ?? 0),
  e2eMedianS: sec(median(e2eTimes)),
  e2eP95S: sec(percentile(e2eTimes, 95)),
  e2eWithoutDocsCheckMedianS: sec(median(plain)),
  subscribeHarnessS: sec(median(harness)),
  subscribeSessionS: sec(median(session)),
  subscribeBareS: sec(median(bare)),
  ratio: Math.round(ratio * 100) / 100,
  docsCheckS: sec(median(docsCheck)),
  peakMemoryMB: Math.round(peak / 2 ** 20),
};
mkdirSync(dirname(o.history), { recursive: true });
appendFileSync(
  o.history,
  `${JSON.stringify({ commit, dirty, date: new Date().toISOString(), machine, quick: o.quick, runs: o.runs, figures })}\n`,
);
process.stdout.write(`appended to ${relative(root, o.history)}\n`);

import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { flakyInAllure } from './harness/reporters/allure-flaky';
import { chromiumArgs } from './harness/session/browser';
import { exposeNetwork } from './harness/session/remote-browser';
import { optionsSentToNpm } from './harness/options-sent-to-npm';
import { playwrightOptionNames } from './harness/settings/playwright-test-options';
import { junitOptions, runOutputs } from './harness/settings/run-outputs';
import { sharedOutWorkers } from './harness/settings/project-selection';
import { runScope } from './harness/settings/run-scope';
import { portInUseNow, takenPortLine } from './harness/settings/port-in-use';
import { sandboxPortToStart, servingLine } from './harness/settings/sandbox-url';
import { sessionContextOptions } from './harness/session/session-options';
import { loadSettings } from './harness/settings/settings';
import { referenceTimeouts, scaled } from './harness/settings/timeouts';
import { readShardWeights, ShardWeightsError } from './harness/reporters/shard-weights';
import { profiled } from './scripts/profile/reporters';

const ci = !!process.env.CI;
// A failed test's error-context.md would otherwise carry an ARIA snapshot of the page, with whatever a field held
// at that moment (a card number being typed when a timeout struck). Set here, so every worker inherits it. The
// snapshot an assertion takes when its element is missing is not stopped by it: the first reporter masks that one.
process.env.PLAYWRIGHT_NO_COPY_PROMPT = '1';

const locales = [
  { locale: 'en-US', timezoneId: 'America/Los_Angeles' },
  { locale: 'ko-KR', timezoneId: 'Asia/Seoul' },
] as const;
// Browser projects per locale: `e2e-*` the documented flows and the product's specs (specs/e2e, `npm run e2e`);
// `harness-*` the docs check's and the harness's own browser specs (specs/harness). `npm test` runs both.
const browserKinds = ['harness', 'e2e'] as const;
// The harness's own specs whose subject no language changes, each a child run or a server of its own: the network
// guard, what a failed test leaves behind, npm start's first page load, how a set's pages share the browser. Run in
// the first language's project only: in the second they asked the same question again (about 45 of the suite's
// worker-seconds).
const languageNeutral = [
  'network-guard.spec.ts',
  'failure-artifacts.spec.ts',
  'npm-start.spec.ts',
  'docs-check-set.spec.ts',
];
const browserProjects = browserKinds.flatMap((kind) => locales.map(({ locale }) => `${kind}-${locale}`));

// Playwright has no per-project web server or browser: only a run that selects a browser project resolves
// Chromium and starts the sandbox, so `npm run test:unit` needs neither.
const run = runScope(browserProjects);
// `npm test --project=unit` (the -- forgotten): npm took the option for its own, and the run would go on without it.
// Asked by the runner (and npm test's check), not again by each worker: the options are read from a cached copy.
const sentToNpm =
  !process.env.TEST_WORKER_INDEX &&
  process.env.npm_lifecycle_event &&
  optionsSentToNpm(playwrightOptionNames(), process.env, null);
if (sentToNpm) {
  process.stderr.write(`Invalid Playwright argument: ${sentToNpm}\n`);
  process.exit(2);
}
const { config, browser, baseURL, seed, today } = loadSettings({ browser: run.browser });
// A shard writes a blob report, with its Allure results and JUnit file beside it, for `npm run report:merge`.
const outputs = runOutputs(process.argv, config.BLOB_DIR);
const allureResults = outputs.allureResults;
// A shard takes its tests by their durations in the last run (harness/reporters/timed-shards.ts): a weights file it
// cannot read stops the run at once, in the runner, rather than as a reporter's error.
if (run.starts && outputs.blobDir) {
  try {
    readShardWeights();
  } catch (error) {
    if (!(error instanceof ShardWeightsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

// The sandbox on a named port another process holds would fail as Playwright's web server after its build, exit 1:
// refused here instead, in one line with exit 2. The server still binds strictly (the port may be taken meanwhile).
const namedPort = sandboxPortToStart(config, run);
if (namedPort !== undefined && portInUseNow(namedPort)) {
  process.stderr.write(`${takenPortLine(`SANDBOX_PORT=${namedPort}`, namedPort)}\n`);
  process.exit(2);
}

// Reporters of this checkout by absolute path: a config that extends this one from another folder (the bench's)
// would otherwise look for them beside itself.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const reporters: ReporterDescription[] = [
  // First: masks card numbers in a failed test's errors and attached files before any other reporter reads them.
  [here('./harness/reporters/card-number-mask.ts')],
  // The docs check's specs share one worker's product record (specs/harness/product-records.ts), built by whichever
  // of them comes first: tagged @product-record, each project's are one shard's, where that cost is paid.
  [here('./harness/reporters/timed-shards.ts'), { together: ['@product-record'] }],
  ['list'],
  outputs.blobDir
    ? ['blob', { outputDir: outputs.blobDir }]
    : ['html', { open: 'never', outputFolder: outputs.htmlReport }],
  ['junit', { outputFile: outputs.junitFile, ...junitOptions }],
  // Each test's duration, for `npm run shards:weigh`.
  [here('./harness/reporters/durations.ts'), { outputFile: join(dirname(outputs.junitFile), 'durations.json') }],
  // After the junit reporter: rewrites its file to be valid against the JUnit schema CI tools validate against.
  [here('./harness/reporters/junit-schema.ts'), { outputFile: outputs.junitFile }],
  // allure-playwright only adds to its folder: emptied as the run begins, so its report shows this run.
  [here('./harness/reporters/fresh-folder.ts'), { folder: allureResults }],
  [
    'allure-playwright',
    {
      resultsDir: allureResults,
      environmentInfo: {
        // The runner learns a free port only once the sandbox serves, after this is read.
        target: run.browser
          ? (baseURL ?? 'the sandbox, served by the run on a free port of 127.0.0.1')
          : 'none (unit tests only)',
        browser: browser?.source ?? 'none',
        faker_seed: String(seed),
        today,
        replay: `FAKER_SEED=${seed} TODAY=${today} npm test`,
        node: process.version,
      },
      listeners: [flakyInAllure],
    },
  ],
];

const workers = config.WORKERS ?? availableParallelism();
// The docs check's specs share one product record per worker and language (specs/harness/product-records.ts). With
// both languages' harness projects in one run, the workers are shared out between them, so each record is built by
// as few workers as keep them all busy: on 2 workers, the harness took 12-14 % less (221 s against 258 s). A shard keeps every
// worker for each: there one language's docs-check specs are most of its share.
const harnessWorkers = sharedOutWorkers(
  process.argv,
  locales.map(({ locale }) => `harness-${locale}`),
  // A percentage of the cores, as Playwright reads it.
  typeof workers === 'number' ? workers : Math.max(1, Math.floor((availableParallelism() * parseInt(workers)) / 100)),
  outputs.blobDir !== undefined,
);

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: ci,
  retries: config.RETRIES ?? (ci ? 1 : 0),
  // A test that passes only on retry is listed as flaky (terminal, HTML, Allure); CI fails on it.
  failOnFlakyTests: ci,
  // Browser tests mostly wait on the browser: one worker per core measured 2.9 min against 4.0 min for the
  // default half on the 2-core reference machine. The cores this process may run on: Playwright's '100%' counts
  // the machine's, two workers on the one core `taskset -c 0` leaves.
  workers,
  // Every timeout is its reference value times TIMEOUT_SCALE, so a slower machine or target raises them together.
  timeout: scaled(referenceTimeouts.test),
  expect: { timeout: scaled(referenceTimeouts.expect) },
  reporter: profiled(reporters),
  use: {
    baseURL,
    // Fail fast: a control that is not there fails its action in seconds, naming the locator and (in the report)
    // the documented step, instead of waiting out the test's timeout.
    actionTimeout: scaled(referenceTimeouts.action),
    navigationTimeout: scaled(referenceTimeouts.navigation),
    // The target's own service worker would answer /api in the browser, unseen by the mocked backend.
    serviceWorkers: config.SERVICE_WORKERS,
    // No DOM snapshots or screencast in traces: they would keep what was typed into the card form (and the
    // request carrying it). Actions, console, errors and sources stay; the failure screenshot shows the screen,
    // where the card field shows only its last four digits. scripts/check-reports.ts scans for full numbers.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    // A failed test's screenshot is taken by the suite's `context` fixture (fixtures/index.ts), only once it failed:
    // Playwright's 'only-on-failure' takes one of every page as each context closes and drops it when the test passed.
    screenshot: 'off',
    video: config.VIDEO,
    launchOptions: { executablePath: browser?.executablePath, args: chromiumArgs },
    // A browser server's browser (BROWSER_WS_ENDPOINT): nothing is launched here; it reaches the sandbox
    // through this machine's loopback.
    connectOptions: browser?.wsEndpoint ? { wsEndpoint: browser.wsEndpoint, exposeNetwork } : undefined,
  },
  // Playwright queues tests in project order: the harness's browser projects (the docs check's long tests) first,
  // then the flows, then the specs that run a command line or a child Playwright run (a second or more each), and
  // the unit tests, short and many, last, where they fill both workers to the end instead of one worker finishing a
  // long test alone.
  projects: [
    ...browserKinds.flatMap((kind) =>
      locales.map(({ locale, timezoneId }) => ({
        name: `${kind}-${locale}`,
        testDir: `./specs/${kind}`,
        ...(kind === 'harness' && locale !== locales[0].locale && { testIgnore: languageNeutral }),
        ...(kind === 'harness' && harnessWorkers !== undefined && { workers: harnessWorkers }),
        // The device preset brings no launch options, so the browser chosen above (use.launchOptions) applies.
        // The context options are the ones the docs check and the bench open their sessions with.
        use: { ...devices['Desktop Chrome'], ...sessionContextOptions({ baseURL, locale, timezoneId }) },
      })),
    ),
    // No browser, no sandbox: `cli` starts the project's command lines and child Playwright runs as a writer or CI
    // would; `unit` calls functions in its worker, so `npm run test:unit` takes seconds.
    { name: 'cli', testDir: './specs/cli' },
    // A unit spec file runs whole in one worker: each worker then imports only the files it runs (with test by test,
    // both imported nearly every file), and a file's tests, a second or less, still share the workers at the end.
    { name: 'unit', testDir: './specs/unit', fullyParallel: false },
  ],
  webServer:
    config.BASE_URL || !run.browser
      ? undefined
      : {
          // A fresh build, on SANDBOX_PORT exactly (a server already there is an error, never reused, so the suite
          // cannot test a stale sandbox), else on a free port the server takes itself, so runs side by side never
          // meet. Its "serving" line says where: Playwright keeps that URL in the runner's environment, which every
          // worker inherits (harness/settings/sandbox-url.ts), and prints the line.
          command: `npm run --silent sandbox:serve${config.SANDBOX_PORT === undefined ? '' : ` -- --port ${config.SANDBOX_PORT}`}`,
          wait: { stdout: servingLine },
          reuseExistingServer: false,
          timeout: scaled(60_000),
          stdout: 'pipe',
          stderr: 'pipe',
          // SIGTERM lets the server close and release its build for pruning.
          gracefulShutdown: { signal: 'SIGTERM', timeout: scaled(5_000) },
        },
});

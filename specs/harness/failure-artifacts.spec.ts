import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { filesUnder } from '../../scripts/report-scan/folders';
import { maskedPixels } from '../support/masked-pixels';
import { describeFinding, scanReports } from '../../scripts/report-scan/scan';
import { zipEntries } from '../../scripts/report-scan/zip';
import { maxTimeoutScale } from '../../harness/settings/config';
import { scaled, timeoutScale } from '../../harness/settings/timeouts';

// What CI uploads of a failed test is its trace and screenshot, kept for each attempt. A child Playwright run drives
// the sandbox as `npm start` serves it (its mocked backend's modules sent to the browser one by one, each with an
// inline source map), types the declined test card, then another card's number, fails on purpose with the card
// fields on screen, and is retried, as is a test that fails after its body (a request the network guard blocked);
// this spec reads what they left behind with the report scan. A card number in anything the browser loaded, or in
// any recorded call, is found; in the screenshots, the card fields must be masked.
const config = 'specs/harness/failure-artifacts/playwright.config.ts';
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');

interface JsonResult {
  status: string;
  retry: number;
  errors: { message?: string }[];
  attachments: { name: string; path?: string }[];
}
interface JsonSuite {
  specs: { title: string; tests: { status: string; results: JsonResult[] }[] }[];
  suites?: JsonSuite[];
}
const resultsOf = (suites: JsonSuite[]): (JsonResult & { title: string })[] =>
  suites.flatMap((s) => [
    ...s.specs.flatMap((spec) => spec.tests.flatMap((t) => t.results.map((r) => ({ ...r, title: spec.title })))),
    ...resultsOf(s.suites ?? []),
  ]);

/** `npm start` as a person runs it, on a port the system gives; the address is read from what it prints. */
async function startDevServer(): Promise<{ url: string; stop: () => void }> {
  const server = spawn('npm', ['start', '--', '--strictPort', '--port', '0'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  // Its own process group: stopping it stops npm and the server behind it, and nothing else.
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  let printed = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const local = /Local:\s+(http:\/\/\S+)/.exec(printed)?.[1];
      if (local) resolve(local);
    });
    server.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${printed}`)));
  });
  return { url, stop };
}

/** How many pixels of an attempt's screenshot are masked. */
const maskedIn = (r: JsonResult): number =>
  maskedPixels(readFileSync(r.attachments.find((a) => a.name === 'screenshot')?.path ?? ''));

let devServer: { url: string; stop: () => void } | undefined;

test.afterAll(() => {
  devServer?.stop();
});

test('tests failed in their body or after it, and retried, against npm start keep traces and screenshots with no card number in them', async ({
  browserName: _browserName,
}, testInfo) => {
  testInfo.setTimeout(scaled(180_000));
  devServer = await startDevServer();
  const baseURL = devServer.url;

  const out = testInfo.outputPath('child');
  // Nothing of this worker's own run may leak into the child's: it is a runner of its own.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !k.startsWith('PW_')),
  );
  const exit = await promisify(execFile)(
    process.execPath,
    [cli, 'test', '--config', config, `--project=${testInfo.project.name}`],
    {
      // A dev server is a slower target (docs/guides/scaling-and-ci.md: TIMEOUT_SCALE=2 against it), and its first page load also bundles
      // the dependencies: the child's timeouts are this run's, doubled.
      env: {
        ...env,
        BASE_URL: baseURL,
        ARTIFACTS_OUT: out,
        // Recorded for every test: a video shows the card number as it is typed, so the card form's are withheld.
        VIDEO: 'on',
        FORCE_COLOR: '0',
        TIMEOUT_SCALE: String(Math.min(maxTimeoutScale, 2 * timeoutScale())),
      },
    },
  ).then(
    () => 0,
    (error: { code?: number }) => error.code,
  );
  expect(exit, 'the child run fails (its tests fail on purpose)').toBe(1);

  // Each test failed where it meant to, on both attempts: the first with the card fields on screen, the
  // second after its body, when the network guard's fixture ended.
  const results = resultsOf(
    (JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { suites: JsonSuite[] }).suites,
  );
  const firstLine = (r: JsonResult) => stripVTControlCharacters(r.errors[0]?.message ?? '').split('\n')[0];
  expect(results.map((r) => [r.title.split(' ')[1], r.retry, r.status, firstLine(r)])).toEqual([
    ['on', 0, 'failed', expect.stringContaining('on purpose')],
    ['on', 1, 'failed', expect.stringContaining('on purpose')],
    ['after', 0, 'failed', expect.stringContaining('blocked by the network guard')],
    ['after', 1, 'failed', expect.stringContaining('blocked by the network guard')],
  ]);
  // Each attempt keeps a screenshot of its page, taken once it failed: in its body or after it.
  for (const r of results)
    expect(
      r.attachments.filter((a) => a.name === 'screenshot' && a.path?.endsWith('.png')),
      `a screenshot of attempt ${r.retry} of "${r.title}"`,
    ).toHaveLength(1);
  // No text scan reads an image: the card fields are masked in it (Playwright's mask, magenta), so a test that fails
  // while a number is shown whole leaves none of it there. The first test failed on the card form, the second
  // elsewhere.
  expect(
    results.map((r) => [r.title.split(' ')[1], r.retry, maskedIn(r) > 1000]),
    'the card fields masked in each screenshot of the card form, in no other',
  ).toEqual([
    ['on', 0, true],
    ['on', 1, true],
    ['after', 0, false],
    ['after', 1, false],
  ]);

  // A video of each attempt, and none kept of the card form's: no scan reads a video.
  expect(
    results.map((r) => {
      const video = r.attachments.find((a) => a.name === 'video');
      return [r.title.split(' ')[1], r.retry, video?.path ? 'kept' : video ? 'withheld' : 'none'];
    }),
    'the video of each attempt that typed no card number, none of one that did',
  ).toEqual([
    ['on', 0, 'withheld'],
    ['on', 1, 'withheld'],
    ['after', 0, 'kept'],
    ['after', 1, 'kept'],
  ]);

  const files = [...filesUnder(join(out, 'results'))];
  expect(
    files.filter((f) => f.endsWith('.webm')),
    'a video file of each attempt that typed no card number',
  ).toHaveLength(2);
  const traces = files.filter((f) => f.endsWith('trace.zip'));
  expect(traces, 'a trace per attempt').toHaveLength(4);
  expect(
    files.filter((f) => f.endsWith('.png')),
    'a screenshot per attempt',
  ).toHaveLength(4);
  // The traces hold what the browser loaded from the dev server, the mocked backend's card module among it: a
  // scan of traces that recorded nothing of it would prove nothing.
  for (const trace of traces) {
    const recorded = zipEntries(readFileSync(trace), trace).some(([, bytes]) =>
      /function luhnValid\(/.test(Buffer.from(bytes).toString('utf8')),
    );
    expect(recorded, `${trace} holds the served source of mocks/store/test-cards.ts`).toBe(true);
  }

  // The card-form attempts failed with the number field in focus: Playwright's page snapshot of that moment is in
  // their error-context.md (and its copy in the trace), where the harness's reporter masked the number.
  const errorContexts = results.map((r) => {
    const path = r.attachments.find((a) => a.name === 'error-context')?.path;
    return [
      r.title.split(' ')[1],
      r.retry,
      path ? readFileSync(path, 'utf8').includes('[test card ending 1111, masked]') : 'none',
    ];
  });
  expect(errorContexts, 'the number masked in the page snapshot of each card-form failure').toEqual([
    ['on', 0, true],
    ['on', 1, true],
    ['after', 0, false],
    ['after', 1, false],
  ]);

  // Everything the child wrote: its results, its JSON report and the blob report a CI shard would upload.
  expect(filesUnder(join(out, 'blob')).next().done, 'a blob report').toBe(false);
  const scan = scanReports([out]);
  expect(scan.inner, 'zip entries read').toBeGreaterThan(0);
  expect(scan.findings.map(describeFinding)).toEqual([]);
});

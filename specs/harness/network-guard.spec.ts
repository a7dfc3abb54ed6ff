import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { servedURLVariable } from '../../harness/settings/sandbox-url';
import { scaled } from '../../harness/settings/timeouts';

// The guard is proven on the fixtures themselves: a child Playwright process runs the tests of
// network-guard/stray-requests.fixture.ts, each of which sends one kind of stray request and otherwise passes,
// and this spec asserts how each one ended. A guard that lets a request through leaves its test green, and the
// assertion here red.
const config = 'specs/harness/network-guard/playwright.config.ts';
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const backend = '/api/,/billing/,https://payments.partner.invalid';

interface Outcome {
  status: string;
  result: string;
  errors: string[];
}
interface JsonSuite {
  specs: {
    title: string;
    tests: { status: string; results: { status: string; errors: { message?: string }[] }[] }[];
  }[];
  suites?: JsonSuite[];
}

function outcomes(suites: JsonSuite[]): [string, Outcome][] {
  return suites.flatMap((suite) => [
    ...suite.specs.map((spec): [string, Outcome] => {
      const result = spec.tests[0]?.results[0];
      // An error's message, without the code frame the reporter appends after a blank line.
      const errors = (result?.errors ?? []).map(
        (e) => stripVTControlCharacters(e.message ?? '').split('\n\n')[0] ?? '',
      );
      return [spec.title, { status: spec.tests[0]?.status ?? 'missing', result: result?.status ?? 'missing', errors }];
    }),
    ...outcomes(suite.suites ?? []),
  ]);
}

// One child run per worker, shared by the tests below.
test.describe.configure({ mode: 'default' });

let child: Map<string, Outcome>;
let target: string;

// The child brings its own browser; the destructured fixture is only the form Playwright requires of a hook.
test.beforeAll(async ({ browserName: _browserName }, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  target = new URL(String(testInfo.project.use.baseURL)).origin;
  // Per project, and kept for the run: a worker that restarts after a failure here reads it instead of rerunning.
  const out = join(testInfo.project.outputDir, 'network-guard-child', testInfo.project.name);
  const report = join(out, 'report.json');
  if (!existsSync(report)) {
    // Nothing of this worker's own run may leak into the child's: it is a runner of its own.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !k.startsWith('PW_')),
    );
    await promisify(execFile)(
      process.execPath,
      [cli, 'test', '--config', config, `--project=${testInfo.project.name}`],
      {
        // The parent's target: its BASE_URL, or else the sandbox it started, on whatever port that took, which the
        // child (no webServer of its own) then treats as the sandbox too, its files answered from memory, so the
        // guard is proven with that.
        env: {
          ...env,
          BASE_URL: process.env.BASE_URL ?? '',
          [servedURLVariable]: process.env.BASE_URL ? '' : target,
          BACKEND: backend,
          GUARD_OUT: out,
          FORCE_COLOR: '0',
        },
      },
    ).catch((error: { code?: number }) => {
      // Exit 1 is a child test with an unexpected outcome, which the tests below name. Anything else is the
      // child not running at all.
      if (error.code !== 1) throw error;
    });
  }
  child = new Map(outcomes((JSON.parse(readFileSync(report, 'utf8')) as { suites: JsonSuite[] }).suites));
});

const blocked = 'Request(s) blocked by the network guard before reaching any backend:';

test('a test whose requests the mocked backend answers passes', () => {
  expect(child.get('mocked requests only')).toEqual({ status: 'expected', result: 'passed', errors: [] });
});

test('a WebSocket a mocked handler claims is not a stray', () => {
  expect(child.get('a mocked WebSocket')).toEqual({ status: 'expected', result: 'passed', errors: [] });
});

const strays: [title: string, request: (target: string) => string][] = [
  ['unknown backend path', (t) => `GET ${t}/api/no-such-endpoint (backend request no mocked handler answered)`],
  ['backend path without its slash', (t) => `GET ${t}/api (backend request no mocked handler answered)`],
  ['backend path in capitals', (t) => `GET ${t}/API/NO-SUCH-ENDPOINT (backend request no mocked handler answered)`],
  ['second configured prefix', (t) => `GET ${t}/billing/invoices (backend request no mocked handler answered)`],
  [
    'configured backend origin',
    () => 'GET https://payments.partner.invalid/charges (backend request no mocked handler answered)',
  ],
  ['another origin', (t) => `GET https://telemetry.partner.invalid/collect (another origin than the target ${t})`],
  [
    'backend WebSocket',
    (t) => `WebSocket ${t.replace(/^http/, 'ws')}/api/live (backend WebSocket no mocked handler claimed)`,
  ],
  [
    'WebSocket to another origin',
    (t) => `WebSocket wss://events.partner.invalid/live (WebSocket to another origin than the target ${t})`,
  ],
];

for (const [title, request] of strays) {
  test(`a stray request fails the test that made it, naming it: ${title}`, () => {
    // Failed with the guard's error and nothing else: the test's own expectations held.
    expect(child.get(title)).toEqual({
      status: 'expected',
      result: 'failed',
      errors: [`Error: ${blocked}\n  ${request(target)}`],
    });
  });
}

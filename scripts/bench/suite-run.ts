import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePeakMemory } from './process-tree-memory';

export interface RunTest {
  project: string;
  file: string;
  title: string;
  status: string;
  duration: number;
}

export interface SuiteRun {
  wallMs: number;
  /** The highest memory of its process tree seen (PSS where readable, else RSS), in bytes. */
  peakMemory: number;
  exitCode: number | null;
  tests: RunTest[];
}

interface JsonSpec {
  title: string;
  file: string;
  tests: { projectName: string; results: { duration: number; status: string }[] }[];
}
interface JsonSuite {
  specs: JsonSpec[];
  suites?: JsonSuite[];
}

function flatten(suites: readonly JsonSuite[]): RunTest[] {
  return suites.flatMap((s) => [
    ...s.specs.flatMap((spec) =>
      spec.tests.flatMap((t) =>
        t.results.map((r) => ({
          project: t.projectName,
          file: spec.file,
          title: spec.title,
          status: r.status,
          duration: r.duration,
        })),
      ),
    ),
    ...flatten(s.suites ?? []),
  ]);
}

/**
 * `npx playwright test <args>` (or `command`, such as `npm test`, which runs it) as the suite runs (its own
 * reporters, webServer and workers), with Playwright's JSON reporter added (BENCH_JSON, playwright.config.ts): its
 * wall time, the peak memory of its process tree (runner, workers, browsers, sandbox server) and each test's result.
 */
export async function runSuite(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  command: readonly string[] = ['npx', 'playwright', 'test'],
): Promise<SuiteRun> {
  const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'report.json');
  const started = performance.now();
  const [program = 'npx', ...programArgs] = command;
  const child = spawn(program, [...programArgs, ...args], {
    cwd: root,
    env: { ...process.env, ...env, BENCH_JSON: json },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const memory = samplePeakMemory(child.pid ?? 0);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  const peakMemory = memory.stop();
  let tests: RunTest[] = [];
  try {
    tests = flatten((JSON.parse(readFileSync(json, 'utf8')) as { suites: JsonSuite[] }).suites);
  } catch {
    // No report: the run did not get as far as its tests; the exit code says so.
  }
  return { wallMs, peakMemory, exitCode, tests };
}

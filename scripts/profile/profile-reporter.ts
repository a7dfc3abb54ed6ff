import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { mark } from './marks';

/** One test as the profile reads it: where its time went, from Playwright's own steps. */
export interface ProfiledTest {
  project: string;
  file: string;
  title: string;
  status: string;
  workerIndex: number;
  parallelIndex: number;
  start: number;
  duration: number;
  /** Fixture set-up, per fixture (its own time, without the fixtures it waited for). */
  setUp: Record<string, number>;
  /** Fixture teardown and what Playwright does after the test (traces, screenshots), per step. */
  tearDown: Record<string, number>;
  beforeHooks: number;
  afterHooks: number;
  /** page.goto and reloads: the document and the bundle coming in. */
  pageLoads: number;
  pageLoadCount: number;
}

export interface ProfileData {
  begin: number;
  end: number;
  runStart: number;
  runDuration: number;
  tests: ProfiledTest[];
}

function selfTime(step: TestStep): number {
  return step.duration - step.steps.filter((s) => s.category === 'fixture').reduce((sum, s) => sum + s.duration, 0);
}

/** Each step under a hook by its own time: a fixture's set-up includes the fixtures it depends on, not twice. */
function hookTimes(steps: readonly TestStep[], into: Record<string, number>): void {
  for (const step of steps) {
    const fixture = step.category === 'fixture';
    const name = fixture ? step.title.replace(/^Fixture\s+/, '').replace(/"/g, '') : step.title;
    into[name] = (into[name] ?? 0) + (fixture ? selfTime(step) : step.duration);
    if (fixture)
      hookTimes(
        step.steps.filter((s) => s.category === 'fixture'),
        into,
      );
  }
}

function pageLoads(steps: readonly TestStep[]): { ms: number; count: number } {
  let ms = 0;
  let count = 0;
  for (const step of steps) {
    if (step.category === 'pw:api' && /^(Navigate|Reload|Go back|Go forward)/.test(step.title)) {
      ms += step.duration;
      count++;
      continue;
    }
    const inner = pageLoads(step.steps);
    ms += inner.ms;
    count += inner.count;
  }
  return { ms, count };
}

/**
 * `npm run profile`'s reporter: every test's start, duration, worker, fixture set-up and teardown and page loads,
 * written to PROFILE_TESTS when the run ends. Placed last, so its onEnd comes after the other reporters' own.
 */
export default class ProfileReporter implements Reporter {
  private readonly tests: ProfiledTest[] = [];
  private begin = 0;

  onBegin(): void {
    this.begin = Date.now();
    mark('tests-begin');
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const before = result.steps.find((s) => s.category === 'hook' && s.title === 'Before Hooks');
    const after = result.steps.find((s) => s.category === 'hook' && s.title === 'After Hooks');
    const setUp: Record<string, number> = {};
    const tearDown: Record<string, number> = {};
    if (before) hookTimes(before.steps, setUp);
    if (after) hookTimes(after.steps, tearDown);
    const loads = pageLoads(result.steps.filter((s) => s !== before && s !== after));
    this.tests.push({
      project: test.parent.project()?.name ?? '',
      file: test.location.file,
      title: test.titlePath().slice(3).join(' › '),
      status: result.status,
      workerIndex: result.workerIndex,
      parallelIndex: result.parallelIndex,
      start: result.startTime.getTime(),
      duration: result.duration,
      setUp,
      tearDown,
      beforeHooks: before?.duration ?? 0,
      afterHooks: after?.duration ?? 0,
      pageLoads: loads.ms,
      pageLoadCount: loads.count,
    });
  }

  onEnd(result: FullResult): void {
    mark('reporters-end');
    const data: ProfileData = {
      begin: this.begin,
      end: Date.now(),
      runStart: result.startTime.getTime(),
      runDuration: result.duration,
      tests: this.tests,
    };
    const out = process.env.PROFILE_TESTS;
    if (out) writeFileSync(out, JSON.stringify(data));
  }

  printsToStdio(): boolean {
    return false;
  }
}

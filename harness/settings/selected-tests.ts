import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ListedSuite {
  specs?: { tests?: unknown[] }[];
  suites?: ListedSuite[];
}
const testsIn = (suites: readonly ListedSuite[]): number =>
  suites.reduce(
    (n, s) => n + (s.specs ?? []).reduce((m, spec) => m + (spec.tests?.length ?? 0), 0) + testsIn(s.suites ?? []),
    0,
  );

/**
 * How many tests `playwright test <args>` would run, as Playwright itself lists them (about 2 s: it loads the spec
 * files), or undefined when it cannot list them: a spec that does not load is the run's to report, not bad input.
 */
export function listedTests(args: readonly string[]): number | undefined {
  // After the caller's own reporter, so this one is used; before `--`, after which it would be a test filter.
  const end = args.indexOf('--');
  const listArgs =
    end < 0 ? [...args, '--reporter=json'] : [...args.slice(0, end), '--reporter=json', ...args.slice(end)];
  const list = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '--list', ...listArgs], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  try {
    const report = JSON.parse(list.stdout) as { suites?: ListedSuite[]; errors?: { message?: string }[] };
    // None chosen is an error of its own to Playwright (exit 1); any other (a spec that does not load) is the run's.
    const others = (report.errors ?? []).filter((e) => !/^Error: No tests found\b/.test(e.message ?? ''));
    return others.length > 0 || (list.status !== 0 && !report.errors?.length)
      ? undefined
      : testsIn(report.suites ?? []);
  } catch {
    return undefined;
  }
}

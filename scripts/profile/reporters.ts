import { basename } from 'node:path';
import type { ReporterDescription } from '@playwright/test';

const here = (file: string) => new URL(file, import.meta.url).pathname;

/**
 * The suite's reporters as they are; with Playwright's JSON report added for `npm run bench` (BENCH_JSON names the
 * file); or, during `npm run profile` (PROFILE_TESTS set), each followed by a mark of when its onEnd returned and
 * closed by the profile's own reporter, which records every test's steps.
 */
export function profiled(
  reporters: readonly ReporterDescription[],
  env: NodeJS.ProcessEnv = process.env,
): ReporterDescription[] {
  if (env.BENCH_JSON) return [...reporters, ['json', { outputFile: env.BENCH_JSON }]];
  if (!env.PROFILE_TESTS) return [...reporters];
  return [
    ...reporters.flatMap((r): ReporterDescription[] => [
      r,
      [here('./mark-reporter.ts'), { after: basename(r[0]).replace(/\.ts$/, '') }],
    ]),
    [here('./profile-reporter.ts')],
  ];
}

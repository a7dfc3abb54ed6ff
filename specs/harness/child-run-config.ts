import { fileURLToPath } from 'node:url';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import suite from '../../playwright.config';

/**
 * The config of a child Playwright run that a spec starts: `testMatch` in the folder of `configUrl`, in the
 * suite's browser projects, against the target the parent gives it (BASE_URL, so no server of its own), writing
 * only into the parent test's output folder named by the variable `outVariable`, so no report of the suite is touched.
 */
export function childRunConfig(o: {
  configUrl: string;
  testMatch: string;
  outVariable: string;
  spec: string;
  retries?: number;
  /** Also a blob report, in `blob/` of the output folder, as a CI shard writes one. */
  blob?: boolean;
  use?: PlaywrightTestConfig['use'];
}) {
  const here = fileURLToPath(new URL('.', o.configUrl));
  const out = process.env[o.outVariable];
  if (!out) throw new Error(`${o.outVariable} is not set: this config is run by ${o.spec}`);
  return defineConfig({
    ...suite,
    testDir: here,
    testMatch: o.testMatch,
    outputDir: `${out}/results`,
    retries: o.retries ?? 0,
    workers: 1,
    // The suite's own card number mask first, as in the suite: a child's artifacts are the suite's.
    reporter: [
      [fileURLToPath(new URL('../../harness/reporters/card-number-mask.ts', import.meta.url))],
      // A terminal reporter after it: with none, Playwright would put its default one first, before the mask.
      ['line'],
      ['json', { outputFile: `${out}/report.json` }],
      ...(o.blob ? [['blob', { outputDir: `${out}/blob` }] as const] : []),
    ],
    use: { ...suite.use, ...o.use },
    projects: (suite.projects ?? [])
      .filter((p) => p.name?.startsWith('harness-'))
      .map((p) => ({ ...p, testDir: here, testMatch: o.testMatch })),
    webServer: undefined,
  });
}

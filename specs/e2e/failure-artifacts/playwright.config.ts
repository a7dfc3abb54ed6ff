// The child run of failure-artifacts.spec.ts: failed-test.fixture.ts in the parent's project, against the dev
// server the parent started (BASE_URL), writing into the parent test's output folder (ARTIFACTS_OUT) so no report
// of the suite is touched. Traces and screenshots as the suite keeps them, and one retry as CI has.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../../playwright.config';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.env.ARTIFACTS_OUT;
if (!out) throw new Error('ARTIFACTS_OUT is not set: this config is run by specs/e2e/failure-artifacts.spec.ts');
const testMatch = 'failed-test.fixture.ts';

export default defineConfig({
  ...suite,
  testDir: here,
  testMatch,
  outputDir: `${out}/results`,
  retries: 1,
  workers: 1,
  reporter: [['json', { outputFile: `${out}/report.json` }]],
  projects: (suite.projects ?? [])
    .filter((p) => p.name?.startsWith('e2e-'))
    .map((p) => ({ ...p, testDir: here, testMatch })),
  webServer: undefined,
});

// The child run of failure-after-steps.spec.ts: failing-tests.fixture.ts in the parent's project, against the
// sandbox the parent's run serves (BASE_URL), writing into the parent test's output folder (FAILURE_OUT) so no
// report of the suite is touched.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../../playwright.config';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.env.FAILURE_OUT;
if (!out) throw new Error('FAILURE_OUT is not set: this config is run by specs/e2e/failure-after-steps.spec.ts');
const testMatch = 'failing-tests.fixture.ts';

export default defineConfig({
  ...suite,
  testDir: here,
  testMatch,
  outputDir: `${out}/results`,
  retries: 0,
  workers: 1,
  reporter: [['json', { outputFile: `${out}/report.json` }]],
  projects: (suite.projects ?? [])
    .filter((p) => p.name?.startsWith('e2e-'))
    .map((p) => ({ ...p, testDir: here, testMatch })),
  webServer: undefined,
});

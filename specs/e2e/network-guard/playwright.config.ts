// The child run of network-guard.spec.ts: stray-requests.fixture.ts in the parent's project, against the
// parent's target, writing into the parent test's output folder (GUARD_OUT) so no report of the suite is touched.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../../playwright.config';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = process.env.GUARD_OUT;
if (!out) throw new Error('GUARD_OUT is not set: this config is run by specs/e2e/network-guard.spec.ts');
const testMatch = 'stray-requests.fixture.ts';

export default defineConfig({
  ...suite,
  testDir: here,
  testMatch,
  outputDir: `${out}/results`,
  retries: 0,
  workers: 1,
  reporter: [['json', { outputFile: `${out}/report.json` }]],
  // These tests fail by design: no trace, screenshot or video of them is worth the time.
  use: { ...suite.use, trace: 'off', screenshot: 'off', video: 'off' },
  projects: (suite.projects ?? [])
    .filter((p) => p.name?.startsWith('e2e-'))
    .map((p) => ({ ...p, testDir: here, testMatch })),
  webServer: undefined,
});

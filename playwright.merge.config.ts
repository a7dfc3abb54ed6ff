// The reporters `npm run report:merge` gives the shards' blob reports (scripts/report-merge.ts): one HTML report
// and one JUnit file for the whole suite, as a run on one machine writes them.
import { defineConfig } from '@playwright/test';
import { junitOptions } from './harness/settings/run-outputs';

export default defineConfig({
  testDir: './specs',
  reporter: [
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['junit', { outputFile: 'reports/junit.xml', ...junitOptions }],
    ['./harness/reporters/junit-schema.ts', { outputFile: 'reports/junit.xml' }],
    // Every shard's test durations in one file, for `npm run shards:weigh`.
    ['./harness/reporters/durations.ts', { outputFile: 'reports/durations.json', run: false }],
  ],
});

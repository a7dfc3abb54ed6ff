// The reporters `npm run report:merge` gives the shards' blob reports (scripts/report-merge.ts): one HTML report
// and one JUnit file for the whole suite, as a run on one machine writes them.
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { junitOptions } from './harness/settings/run-outputs';

// report:merge names a new folder to write into, and moves the reports into place once every one was made.
const into = process.env.REPORT_MERGE_INTO ?? '.';

export default defineConfig({
  testDir: './specs',
  reporter: [
    ['html', { open: 'never', outputFolder: join(into, 'playwright-report') }],
    ['junit', { outputFile: join(into, 'reports/junit.xml'), ...junitOptions }],
    ['./harness/reporters/junit-schema.ts', { outputFile: join(into, 'reports/junit.xml') }],
    // Every shard's test durations in one file, for `npm run shards:weigh`.
    ['./harness/reporters/durations.ts', { outputFile: join(into, 'reports/durations.json'), run: false }],
  ],
});

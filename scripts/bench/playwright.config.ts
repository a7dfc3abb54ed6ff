// `npm run bench`'s harness run: scripts/bench/subscribe.bench.ts in the suite's en-US project, with the suite's
// reporters, fixtures and sandbox, in one worker.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config';

const here = fileURLToPath(new URL('.', import.meta.url));
const testMatch = 'subscribe.bench.ts';

export default defineConfig({
  ...suite,
  testDir: here,
  testMatch,
  workers: 1,
  retries: 0,
  projects: (suite.projects ?? [])
    .filter((p) => p.name === 'e2e-en-US')
    .map((p) => ({ ...p, testDir: here, testMatch })),
});

// The child run of e2e-against.spec.ts's mask test: leaked-card.fixture.ts, given to scripts/e2e-against.sh with
// `--config`, with traces as the suite keeps them. No reporter here: the script names its own on the command line.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../../playwright.config';

export default defineConfig({
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: 'leaked-card.fixture.ts',
  workers: 1,
  retries: 0,
  use: { trace: suite.use?.trace },
  // A name the script's `--project='harness-*'` selects.
  projects: [{ name: 'harness-mask-probe' }],
});

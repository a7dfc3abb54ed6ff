import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './fixtures/browser';
import { sessionContextOptions } from './fixtures/session-options';
import { loadSettings } from './fixtures/settings';

const { config, browser, baseURL, seed } = loadSettings();
const ci = !!process.env.CI;

const locales = [
  { locale: 'en-US', timezoneId: 'America/Los_Angeles' },
  { locale: 'ko-KR', timezoneId: 'Asia/Seoul' },
] as const;

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: ci,
  retries: config.RETRIES ?? (ci ? 1 : 0),
  // Browser tests mostly wait on the browser: one worker per core measured 2.9 min against 4.0 min for the
  // default half on the 2-core reference machine.
  workers: config.WORKERS ?? '100%',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    [
      'allure-playwright',
      {
        resultsDir: 'allure-results',
        environmentInfo: { target: baseURL, browser: browser.source, faker_seed: String(seed), node: process.version },
      },
    ],
  ],
  use: {
    baseURL,
    // The target's own service worker would answer /api in the browser, unseen by the mocked backend.
    serviceWorkers: config.SERVICE_WORKERS,
    // No DOM snapshots or screencast in traces: they would keep what was typed into the card form (and the
    // request carrying it). Actions, console, errors and sources stay; the failure screenshot shows the screen,
    // where the card field shows only its last four digits. scripts/check-reports.ts scans for full numbers.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    video: config.VIDEO,
    launchOptions: { executablePath: browser.executablePath, args: chromiumArgs },
  },
  projects: [
    { name: 'unit', testDir: './specs/unit' },
    ...locales.map(({ locale, timezoneId }) => ({
      name: `e2e-${locale}`,
      testDir: './specs/e2e',
      // The device preset brings no launch options, so the browser chosen above (use.launchOptions) applies.
      // The context options are the ones the docs check and the bench open their sessions with.
      use: { ...devices['Desktop Chrome'], ...sessionContextOptions({ baseURL, locale, timezoneId }) },
    })),
  ],
  webServer: config.BASE_URL
    ? undefined
    : {
        command: `npm run sandbox:serve -- --port ${config.SANDBOX_PORT}`,
        url: baseURL,
        reuseExistingServer: !ci,
        timeout: 60_000,
        stdout: 'ignore',
      },
});

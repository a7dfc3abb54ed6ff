import { chromium } from '@playwright/test';
import { chromiumArgs } from './fixtures/browser';
import { loadSettings } from './fixtures/settings';
import { startSandboxOrExit } from './scripts/sandbox-server';
import { documentedPage, documentedPins } from './docs/documented-page';
import { runCheck } from './docs/check/run';
const settings = loadSettings();
const sandbox = await startSandboxOrExit(4199);
const browser = await chromium.launch({ executablePath: settings.browser.executablePath, args: chromiumArgs });
const doc = documentedPage();
const times: [string, number][] = [];
for (const locales of [['en-US'], ['en-US', 'ko-KR']]) {
  times.length = 0;
  const t0 = performance.now();
  await runCheck({ doc, locales, browser, baseURL: sandbox.url, seed: 1, today: '2026-03-15', pins: documentedPins(),
    step: async (title, body) => { const s = performance.now(); try { return await body(); } finally { times.push([title, performance.now() - s]); } } });
  console.log(locales.join('+'), ((performance.now() - t0) / 1000).toFixed(2), 's');
}
for (const [t, ms] of times.filter(([t]) => t.startsWith('en-US'))) console.log(ms.toFixed(0).padStart(6), t);
await browser.close(); sandbox.stop();

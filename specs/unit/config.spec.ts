import { expect, test } from '@playwright/test';
import { BrowserNotFound, resolveBrowser } from '../../fixtures/browser';
import { ConfigError, readConfig } from '../../fixtures/config';

test.describe('harness settings', () => {
  test('empty values mean unset, and defaults apply', () => {
    const config = readConfig({ BASE_URL: '', FAKER_SEED: '' });
    expect(config.BASE_URL).toBeUndefined();
    expect(config.FAKER_SEED).toBeUndefined();
    expect(config).toMatchObject({ SANDBOX_PORT: 4173, VIDEO: 'off' });
  });

  test('accepts a deployment URL, a seed and a worker count', () => {
    expect(readConfig({ BASE_URL: 'https://partner.example.com', FAKER_SEED: '42', WORKERS: '50%' })).toMatchObject({
      BASE_URL: 'https://partner.example.com', FAKER_SEED: 42, WORKERS: '50%',
    });
    expect(readConfig({ WORKERS: '2' }).WORKERS).toBe(2);
  });

  for (const [name, value, message] of [
    ['BASE_URL', 'partner.example.com', /^Invalid setting BASE_URL="partner.example.com": must be an http\(s\) URL/],
    ['FAKER_SEED', 'abc', /^Invalid setting FAKER_SEED="abc": must be a whole number/],
    ['SANDBOX_PORT', '80', /^Invalid setting SANDBOX_PORT="80": must be a port number/],
    ['CHROMIUM_PATH', '/nowhere/chromium', /^Invalid setting CHROMIUM_PATH="\/nowhere\/chromium": names no file/],
    ['WORKERS', 'many', /^Invalid setting WORKERS="many"/],
    ['VIDEO', 'sometimes', /^Invalid setting VIDEO="sometimes": must be off, on or retain-on-failure/],
  ] as const) {
    test(`a bad ${name} is one line naming the variable`, () => {
      expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => readConfig({ [name]: value })).toThrow(message);
    });
  }

  test('the browser is CHROMIUM_PATH first, then Debian headless shell when Playwright has none', () => {
    expect(resolveBrowser('/opt/chrome', () => false)).toEqual({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
    const debian = resolveBrowser(undefined, (p) => p === '/usr/lib/chromium/chromium-headless-shell');
    expect(debian).toEqual({ executablePath: '/usr/lib/chromium/chromium-headless-shell', source: 'debian-headless-shell' });
  });

  test('with no browser at all, the error gives both fixes', () => {
    expect(() => resolveBrowser(undefined, () => false)).toThrow(BrowserNotFound);
    expect(() => resolveBrowser(undefined, () => false)).toThrow(/npx playwright install chromium.*apt-get install chromium chromium-headless-shell/);
  });
});

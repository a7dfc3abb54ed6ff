import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { expect, test } from '@playwright/test';
import { BrowserNotFound, resolveBrowser } from '../../harness/session/browser';
import { isCalendarDate } from '../../harness/settings/calendar-date';
import { ConfigError, readConfig, settingNames } from '../../harness/settings/config';
import { envFileProblem } from '../../harness/settings/env-file';
import { docsCheckPages, referenceTimeouts, scaled } from '../../harness/settings/timeouts';

/** `body` with one environment variable set (unset for undefined), as the run's workers inherit it. */
function withEnv<T>(name: string, value: string | undefined, body: () => T): T {
  const before = process.env[name];
  const set = (v: string | undefined) => (v === undefined ? delete process.env[name] : (process.env[name] = v));
  set(value);
  try {
    return body();
  } finally {
    set(before);
  }
}

test.describe('harness settings', () => {
  test('empty values mean unset, and defaults apply', () => {
    const config = readConfig({ BASE_URL: '', FAKER_SEED: '', TODAY: '', SANDBOX_PORT: '' });
    expect(config.BASE_URL).toBeUndefined();
    expect(config.FAKER_SEED).toBeUndefined();
    // No port: each sandbox takes a free one (specs/cli/sandbox-port.spec.ts).
    expect(config.SANDBOX_PORT).toBeUndefined();
    expect(config).toMatchObject({ VIDEO: 'off', TODAY: '2026-03-15' });
  });

  test('accepts a deployment URL, a seed, a date, retries and a worker count', () => {
    expect(
      readConfig({
        BASE_URL: 'https://partner.example.com',
        FAKER_SEED: '42',
        TODAY: '2028-02-29',
        RETRIES: '5',
        WORKERS: '50%',
      }),
    ).toMatchObject({
      BASE_URL: 'https://partner.example.com',
      FAKER_SEED: 42,
      TODAY: '2028-02-29',
      RETRIES: 5,
      WORKERS: '50%',
    });
    expect(readConfig({ WORKERS: '2' }).WORKERS).toBe(2);
  });

  test('timeouts scale by TIMEOUT_SCALE, 1 unless set; the docs check drives DOCS_CHECK_PAGES pages, unset unless set', () => {
    expect(readConfig({}).TIMEOUT_SCALE).toBe(1);
    expect(['1', '1.5', '2', '10'].map((scale) => readConfig({ TIMEOUT_SCALE: scale }).TIMEOUT_SCALE)).toEqual([
      1, 1.5, 2, 10,
    ]);
    expect(readConfig({}).DOCS_CHECK_PAGES).toBeUndefined();
    expect(readConfig({ DOCS_CHECK_PAGES: '3' }).DOCS_CHECK_PAGES).toBe(3);
  });

  test('the docs check drives one page per core in a test worker and one more on its own, DOCS_CHECK_PAGES if set', () => {
    const cores = availableParallelism();
    const pages = (worker: string | undefined, setting: string | undefined) =>
      withEnv('TEST_WORKER_INDEX', worker, () => withEnv('DOCS_CHECK_PAGES', setting, docsCheckPages));
    expect([pages('0', undefined), pages(undefined, undefined), pages('1', '5'), pages(undefined, '5')]).toEqual([
      cores,
      cores + 1,
      5,
      5,
    ]);
  });

  test('a harness timeout is its fail-fast reference value times TIMEOUT_SCALE', () => {
    expect(
      withEnv('TIMEOUT_SCALE', undefined, () => [
        scaled(referenceTimeouts.action),
        scaled(referenceTimeouts.navigation),
      ]),
    ).toEqual([5_000, 10_000]);
    expect(
      withEnv('TIMEOUT_SCALE', '2.5', () => [
        scaled(referenceTimeouts.action),
        scaled(referenceTimeouts.test),
        scaled(1_000),
      ]),
    ).toEqual([12_500, 75_000, 2_500]);
  });

  test('FAKER_SEED takes the whole range from 0 to 2^31-1', () => {
    expect(readConfig({ FAKER_SEED: '0' }).FAKER_SEED).toBe(0);
    expect(readConfig({ FAKER_SEED: '2147483647' }).FAKER_SEED).toBe(2 ** 31 - 1);
  });

  const seedRule = 'must be a whole number from 0 to 2147483647 (2^31-1), in decimal digits only';
  for (const [name, value, message] of [
    ['BASE_URL', 'partner.example.com', 'must be an http(s) URL, e.g. https://partner.example.com'],
    ...['abc', '1e3', '0x10', '-1', ' 42', '4.5', '2147483648'].map((seed) => ['FAKER_SEED', seed, seedRule] as const),
    ['TODAY', '2026-02-30', 'must be a calendar date as YYYY-MM-DD, e.g. 2026-03-15'],
    ['TODAY', '15/03/2026', 'must be a calendar date as YYYY-MM-DD, e.g. 2026-03-15'],
    ['SANDBOX_PORT', '80', 'must be a port number from 1024 to 65535'],
    ['SANDBOX_PORT', '0x1000', 'must be a port number from 1024 to 65535'],
    [
      'CHROMIUM_PATH',
      '/nowhere/chromium',
      'must be the path of a Chromium executable file; it names nothing on this machine',
    ],
    ['CHROMIUM_PATH', tmpdir(), 'must be the path of a Chromium executable file; it names a folder or a special file'],
    ['WORKERS', 'many', 'must be a number of workers or a percentage of cores, e.g. 2 or 50%'],
    ...['6', '-1', '1.5', 'once'].map((retries) => ['RETRIES', retries, 'must be a whole number from 0 to 5'] as const),
    ['VIDEO', 'sometimes', 'must be off, on or retain-on-failure'],
    ...['0', '0.5', '11', '2x', '-2', ' 2', 'slow'].map(
      (scale) =>
        [
          'TIMEOUT_SCALE',
          scale,
          'must be a number from 1 to 10, e.g. 2 for a machine or target half as fast (every timeout doubles)',
        ] as const,
    ),
    ...['0', '-1', '1.5', 'two', '1000'].map(
      (pages) => ['DOCS_CHECK_PAGES', pages, 'must be a whole number of browser pages from 1 to 999, e.g. 2'] as const,
    ),
  ] as const) {
    test(`a bad ${name} ${JSON.stringify(value)} is one line naming the variable and what is allowed`, () => {
      expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => readConfig({ [name]: value })).toThrow(
        `Invalid setting ${name}=${JSON.stringify(value)}: ${message} (see .env.example)`,
      );
    });
  }

  test('a key of .env a letter off a setting, or in another case, is one line naming its place and the setting meant', () => {
    const file = test.info().outputPath('.env');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '# the sandbox\nBASE_URL=\nDEBUG=pw:api\n\nTIMOUT_SCALE=2\nvideo=on\n');
    expect(envFileProblem(settingNames, file)).toBe(
      `${file}:5: TIMOUT_SCALE is not a setting of the harness; did you mean TIMEOUT_SCALE? (see .env.example)`,
    );
    writeFileSync(file, 'export video=on\nPLAYWRIGHT_HTML_OPEN=never\n');
    expect(envFileProblem(settingNames, file)).toBe(
      `${file}:1: video is not a setting of the harness; did you mean VIDEO? (see .env.example)`,
    );
    writeFileSync(
      file,
      'TIMEOUT_SCALE=2\nDEBUG=pw:api\nPLAYWRIGHT_HTML_OPEN=never\nSANDBOX_HOST=x\nLOG_DIR=x\nTODO=x\n',
    );
    expect(envFileProblem(settingNames, file), "settings and other tools' variables").toBeUndefined();
    expect(envFileProblem(settingNames, `${file}.absent`)).toBeUndefined();
  });

  test('a line of .env that is no KEY=value is one line naming its place, never its content', () => {
    const file = test.info().outputPath('.env');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '# the date\n\nexport VIDEO=on\nTODAY 2026-03-01\n');
    expect(envFileProblem(settingNames, file)).toBe(
      `${file}:4: not a setting: a line of .env is KEY=value, or a # comment (see .env.example)`,
    );
    // What dotenv reads as settings: a quoted value over several lines (escaped quotes inside), `KEY: value`, a key
    // that starts with a digit, old Mac line ends; a quote never closed is a plain value, and the lines after it
    // are still read.
    const dotenvReads = [
      'NOTE="first line\nsecond line"\nTIMEOUT_SCALE=2\n',
      'JSON="{\n  \\"a\\": 1\n}"\nTODAY: 2026-03-01\n2FA_SECRET=x\n',
      'VIDEO=on\rTODAY=2026-03-01\r',
    ];
    for (const text of dotenvReads) {
      writeFileSync(file, text);
      expect(envFileProblem(settingNames, file), JSON.stringify(text)).toBeUndefined();
    }
    writeFileSync(file, 'A="abc\nTIMOUT_SCALE=2\n');
    expect(envFileProblem(settingNames, file)).toBe(
      `${file}:2: TIMOUT_SCALE is not a setting of the harness; did you mean TIMEOUT_SCALE? (see .env.example)`,
    );
  });

  test('a key of .env set twice, whose first value dotenv drops without a word, is one line naming both lines', () => {
    const file = test.info().outputPath('.env');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '# the run\nWORKERS=abc\nWORKERS=2\n');
    expect(envFileProblem(settingNames, file)).toBe(`${file}:3: WORKERS is set twice (lines 2 and 3): keep one`);
    // Any key, however given: a tool's variable loses its first value all the same.
    writeFileSync(file, 'NOTE="a\nb"\nDEBUG=pw:api\nexport DEBUG=pw:browser\n');
    expect(envFileProblem(settingNames, file)).toBe(`${file}:4: DEBUG is set twice (lines 3 and 4): keep one`);
  });

  test('a .env that cannot be read is one line naming it', () => {
    const folder = test.info().outputPath('env-folder');
    mkdirSync(folder, { recursive: true });
    expect(envFileProblem(settingNames, folder)).toBe(
      `${folder}: cannot be read (a folder, not a file); the settings are read from it (see .env.example)`,
    );
  });

  test('a CHROMIUM_PATH that is a file but not executable is refused', () => {
    const file = test.info().outputPath('chromium');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o644);
    expect(() => readConfig({ CHROMIUM_PATH: file })).toThrow(
      `Invalid setting CHROMIUM_PATH="${file}": must be the path of a Chromium executable file; this file is not executable (see .env.example)`,
    );
    chmodSync(file, 0o755);
    expect(readConfig({ CHROMIUM_PATH: file }).CHROMIUM_PATH).toBe(file);
  });

  test('a calendar date exists in the calendar', () => {
    expect(['2026-03-15', '2028-02-29', '2026-12-31'].filter(isCalendarDate)).toHaveLength(3);
    expect(
      ['2027-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-3-15', '2026-03-15T00:00'].filter(
        isCalendarDate,
      ),
    ).toEqual([]);
  });

  test('the browser is CHROMIUM_PATH first, then Debian headless shell when Playwright has none', () => {
    expect(resolveBrowser('/opt/chrome', () => false)).toEqual({
      executablePath: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
    const debian = resolveBrowser(undefined, (p) => p === '/usr/lib/chromium/chromium-headless-shell');
    expect(debian).toEqual({
      executablePath: '/usr/lib/chromium/chromium-headless-shell',
      source: 'debian-headless-shell',
    });
  });

  test('with no browser at all, the error gives both fixes', () => {
    expect(() => resolveBrowser(undefined, () => false)).toThrow(BrowserNotFound);
    expect(() => resolveBrowser(undefined, () => false)).toThrow(
      /npx playwright install chromium.*apt-get install chromium chromium-headless-shell/,
    );
  });
});

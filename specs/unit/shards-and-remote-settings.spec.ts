import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ConfigError, readConfig } from '../../harness/settings/config';
import { exposeNetwork, remoteBrowser } from '../../harness/session/remote-browser';
import { isShard, runOutputs } from '../../harness/settings/run-outputs';

test.describe('where a run writes its results', () => {
  test('a whole run writes the HTML report, allure-results and reports/junit.xml', () => {
    expect(runOutputs(['node', 'playwright', 'test'], 'shards/1/blob-report')).toEqual({
      blobDir: undefined,
      htmlReport: 'playwright-report',
      allureResults: 'allure-results',
      junitFile: 'reports/junit.xml',
    });
  });

  test('a shard writes a blob report into BLOB_DIR, its Allure results and JUnit file beside it', () => {
    expect(runOutputs(['test', '--shard=2/4'], 'shards/2/blob-report')).toEqual({
      blobDir: 'shards/2/blob-report',
      htmlReport: undefined,
      allureResults: 'shards/2/allure-results',
      junitFile: 'shards/2/reports/junit.xml',
    });
    expect(runOutputs(['test', '--shard', '1/2'], undefined)).toMatchObject({
      blobDir: 'blob-report',
      allureResults: 'allure-results',
    });
  });

  test('--shard is recognised in both of its forms, and only as itself', () => {
    expect(
      [['--shard=1/2'], ['--shard', '1/2'], ['--shards-of-glass'], ['shard']].map((argv) => isShard(argv)),
    ).toEqual([true, true, false, false]);
  });
});

test.describe('BLOB_DIR, which Playwright empties on every sharded run', () => {
  const rule =
    'must name a folder for blob reports only (Playwright empties it on every sharded run), e.g. shards/1/blob-report';

  test('a new folder, or one holding blob reports only, is accepted', () => {
    const dir = test.info().outputPath('shard-1', 'blob-report');
    expect(readConfig({ BLOB_DIR: dir }).BLOB_DIR).toBe(dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report-1.zip'), '');
    expect(readConfig({ BLOB_DIR: dir }).BLOB_DIR).toBe(dir);
  });

  for (const path of ['.', '..', process.cwd()])
    test(`"${path}" is refused: it would empty this checkout`, () => {
      expect(() => readConfig({ BLOB_DIR: path })).toThrow(
        `Invalid setting BLOB_DIR=${JSON.stringify(path)}: ${rule}; it is this checkout or a folder above it (see .env.example)`,
      );
    });

  test('a folder that holds anything but blob reports is refused, naming it', () => {
    const dir = test.info().outputPath('reports');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.md'), '');
    expect(() => readConfig({ BLOB_DIR: dir })).toThrow(ConfigError);
    expect(() => readConfig({ BLOB_DIR: dir })).toThrow(`${rule}; it holds "notes.md", which is not a blob report`);
  });

  test('a file is refused', () => {
    const file = test.info().outputPath('blob.zip');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    expect(() => readConfig({ BLOB_DIR: file })).toThrow(`${rule}; it names a file`);
  });
});

test.describe('a browser on a browser server', () => {
  const endpoint = 'ws://127.0.0.1:45123/3f1c';
  const rule =
    'must be a ws:// or wss:// URL, the endpoint a Playwright browser server prints (npm run browser-server)';

  for (const name of ['BROWSER_WS_ENDPOINT', 'PW_TEST_CONNECT_WS_ENDPOINT'])
    test(`${name} must be a ws:// URL`, () => {
      expect(readConfig({ [name]: 'wss://grid.example.com/playwright' })[name as 'BROWSER_WS_ENDPOINT']).toBe(
        'wss://grid.example.com/playwright',
      );
      expect(() => readConfig({ [name]: 'http://127.0.0.1:3000' })).toThrow(
        `Invalid setting ${name}="http://127.0.0.1:3000": ${rule} (see .env.example)`,
      );
    });

  test('no endpoint: the browser is launched here', () => {
    expect(remoteBrowser(readConfig({}), {})).toBeUndefined();
  });

  test('BROWSER_WS_ENDPOINT: the run connects and resolves no local browser', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(remoteBrowser(readConfig({ BROWSER_WS_ENDPOINT: endpoint }), env)).toEqual({
      executablePath: undefined,
      source: 'remote',
      wsEndpoint: endpoint,
    });
    // The config's connectOptions carry the loopback; Playwright's variables are left alone.
    expect(env).toEqual({});
  });

  test("Playwright's variable exposes the loopback too, unless it says what to expose", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(remoteBrowser(readConfig({ PW_TEST_CONNECT_WS_ENDPOINT: endpoint }), env)?.wsEndpoint).toBe(endpoint);
    expect(env.PW_TEST_CONNECT_EXPOSE_NETWORK).toBe(exposeNetwork);
    const chosen: NodeJS.ProcessEnv = { PW_TEST_CONNECT_EXPOSE_NETWORK: 'localhost' };
    remoteBrowser(readConfig({ PW_TEST_CONNECT_WS_ENDPOINT: endpoint }), chosen);
    expect(chosen.PW_TEST_CONNECT_EXPOSE_NETWORK).toBe('localhost');
  });

  test('two different endpoints are refused, naming both', () => {
    const config = readConfig({ BROWSER_WS_ENDPOINT: endpoint, PW_TEST_CONNECT_WS_ENDPOINT: 'ws://127.0.0.1:3000/' });
    expect(() => remoteBrowser(config, {})).toThrow(ConfigError);
    expect(() => remoteBrowser(config, {})).toThrow(
      `Invalid setting BROWSER_WS_ENDPOINT="${endpoint}": ` +
        'PW_TEST_CONNECT_WS_ENDPOINT names another browser server (ws://127.0.0.1:3000/); set one of them (see .env.example)',
    );
  });
});

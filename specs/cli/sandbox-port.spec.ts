import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readConfig } from '../../harness/settings/config';
import { scaled } from '../../harness/settings/timeouts';
import {
  sandboxPortToStart,
  servedURLVariable,
  servingLine,
  servingMessage,
  targetURL,
} from '../../harness/settings/sandbox-url';
import { ownSandboxPort, SandboxPortError, startSandbox } from '../../scripts/sandbox-server';
import { claimSparePort } from '../../scripts/spare-port';
import { holdAPort } from '../support/held-port';
import { playwrightCli, runCli } from './run-cli';

const portOf = (url: string) => Number(new URL(url).port);
/**
 * This worker's environment without what Playwright gives its workers, nor the URL of the sandbox this run serves
 * (under npm test, every project's run has one): a child run is a run of its own, starting its own sandbox.
 */
const parentless = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_)/.test(k) && k !== servedURLVariable));

test.describe('which port a sandbox serves on', () => {
  test('no SANDBOX_PORT: no port is named, and the suite drives what its sandbox announced once serving', () => {
    const config = readConfig({});
    expect(config.SANDBOX_PORT).toBeUndefined();
    expect(ownSandboxPort(config, 20, "the docs check's")).toBeUndefined();
    // The runner, as it loads the config: nothing has been served yet.
    expect(targetURL(config, {})).toBeUndefined();
    // Its workers: what the server printed, kept by Playwright under the group's name in capitals.
    const groups =
      servingLine.exec(`> npm output\n${servingMessage('/cache/abc', 'http://127.0.0.1:41234')}\n`)?.groups ?? {};
    expect(Object.keys(groups).map((k) => k.toUpperCase())).toEqual([servedURLVariable]);
    expect(targetURL(config, { [servedURLVariable]: groups.partner_harness_sandbox_url })).toBe(
      'http://127.0.0.1:41234',
    );
  });

  test('a named SANDBOX_PORT is used as is by the suite, and with its offset by the docs check and the bench', () => {
    const config = readConfig({ SANDBOX_PORT: '4400' });
    expect(targetURL(config, {})).toBe('http://127.0.0.1:4400');
    expect(ownSandboxPort(config, 20, "the docs check's")).toEqual({
      port: 4420,
      setting: "SANDBOX_PORT=4400 + 20 (the docs check's)",
    });
    expect(ownSandboxPort(config, 10, "the bench's")).toEqual({
      port: 4410,
      setting: "SANDBOX_PORT=4400 + 10 (the bench's)",
    });
    // BASE_URL is another deployment: no sandbox, whatever the port.
    expect(
      targetURL(readConfig({ SANDBOX_PORT: '4400', BASE_URL: 'https://partner.example.com' }), {
        [servedURLVariable]: 'http://127.0.0.1:41234',
      }),
    ).toBe('https://partner.example.com');
    expect(() => ownSandboxPort(readConfig({ SANDBOX_PORT: '65530' }), 20, "the docs check's")).toThrow(
      new SandboxPortError(
        "SANDBOX_PORT=65530 + 20 (the docs check's) is port 65550, past 65535; name a lower SANDBOX_PORT, or leave it empty to serve on free ports",
      ),
    );
  });

  test('two sandboxes started at once without a port each take a free one, and both answer', async () => {
    // Longer than the sandbox's own start limit (scaled too), so a start that fails says why.
    test.setTimeout(scaled(90_000));
    const [a, b] = await Promise.all([startSandbox(), startSandbox()]);
    try {
      expect(portOf(a.url)).not.toBe(portOf(b.url));
      for (const { url } of [a, b]) {
        const page = await fetch(`${url}/`);
        expect(page.status, url).toBe(200);
        expect(await page.text(), url).toContain('<div id="root"></div>');
      }
    } finally {
      a.stop();
      b.stop();
    }
  });

  test('a named port is served on exactly; named again while in use, it is refused in one line', async () => {
    test.setTimeout(scaled(90_000));
    // Free, and outside the range the system hands out by itself, so nothing takes it during the build.
    const { port, release } = await claimSparePort();
    try {
      const sandbox = await startSandbox({ port, setting: `SANDBOX_PORT=${port}` });
      try {
        expect(sandbox.url).toBe(`http://127.0.0.1:${port}`);
        await expect(startSandbox({ port, setting: `SANDBOX_PORT=${port}` })).rejects.toThrow(
          new SandboxPortError(
            `SANDBOX_PORT=${port}: port ${port} of 127.0.0.1 is already in use; name another SANDBOX_PORT, or leave it empty to serve on a free port`,
          ),
        );
        expect((await fetch(`${sandbox.url}/`)).status).toBe(200);
      } finally {
        sandbox.stop();
      }
    } finally {
      release();
    }
  });

  test('the browser server refuses a --host that is no address of this machine, in one line, exit code 2', () => {
    // 192.0.2.1 is a documentation address (RFC 5737): no machine has it.
    const run = runCli('scripts/browser-server.ts', ['--host', '192.0.2.1']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'browser-server: --host 192.0.2.1: no address of this machine to listen on (EADDRNOTAVAIL)',
    );
  });

  test('a named port is checked only where a run is about to start its sandbox on it', () => {
    const named = readConfig({ SANDBOX_PORT: '4400' });
    const runner = { starts: true, browser: true };
    expect(sandboxPortToStart(named, runner, ['test'], {})).toBe(4400);
    expect(sandboxPortToStart(readConfig({}), runner, ['test'], {})).toBeUndefined();
    // A worker; a run of unit specs only; a run against another deployment; a listing, which starts no server.
    expect(sandboxPortToStart(named, { starts: false, browser: true }, ['test'], {})).toBeUndefined();
    expect(sandboxPortToStart(named, { starts: true, browser: false }, ['test'], {})).toBeUndefined();
    const deployed = readConfig({ SANDBOX_PORT: '4400', BASE_URL: 'https://partner.example.com' });
    expect(sandboxPortToStart(deployed, runner, ['test'], {})).toBeUndefined();
    expect(sandboxPortToStart(named, runner, ['test', '--list'], {})).toBeUndefined();
    // A run started from inside a test drives its parent's sandbox, which holds the port.
    const parent = { [servedURLVariable]: 'http://127.0.0.1:4400' };
    expect(sandboxPortToStart(named, runner, ['test'], parent)).toBeUndefined();
  });

  test('each command refuses a named port in use with one line and exit code 2, before building or launching anything', async () => {
    const { port, server } = await holdAPort();
    try {
      expect(runCli('scripts/sandbox-serve.ts', ['--port', String(port)])).toEqual({
        status: 2,
        stdout: '',
        stderr:
          `sandbox:serve: --port ${port}: port ${port} of 127.0.0.1 is already in use; ` +
          'name a free port, or leave --port out (the suite: SANDBOX_PORT empty) to serve on any free port\n',
      });
      expect(runCli('scripts/browser-server.ts', ['--port', String(port)])).toEqual({
        status: 2,
        stdout: '',
        stderr:
          `browser-server: --port ${port}: port ${port} of 127.0.0.1 is already in use; ` +
          'name a free port, or leave --port out to listen on any free port\n',
      });
      const docsCheck = runCli('bindings/cli/docs-check.ts', ['--locale', 'en-US'], {
        env: { ...process.env, BASE_URL: '', SANDBOX_PORT: String(port - 20) },
      });
      expect(docsCheck.stderr).toBe(
        `docs:check: SANDBOX_PORT=${port - 20} + 20 (the docs check's): port ${port} of 127.0.0.1 is already in use; ` +
          'name another SANDBOX_PORT, or leave it empty to serve on a free port\n',
      );
      expect(docsCheck.status).toBe(2);
      // The suite, whichever command starts it (npm test, npm run e2e, playwright test): its web server is refused.
      // Its own output folder and reporter: should the refusal fail, the child's reports land there, not in this run's.
      const out = mkdtempSync(join(tmpdir(), 'taken-port-'));
      try {
        const suite = spawnSync(
          process.execPath,
          [playwrightCli, 'test', '--project=e2e-en-US', `--output=${out}`, '--reporter=dot', 'membership-options'],
          { encoding: 'utf8', env: { ...parentless(), BASE_URL: '', SANDBOX_PORT: String(port) } },
        );
        expect([suite.status, suite.stderr]).toEqual([
          2,
          `SANDBOX_PORT=${port}: port ${port} of 127.0.0.1 is already in use; ` +
            'name another SANDBOX_PORT, or leave it empty to serve on a free port\n',
        ]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    } finally {
      server.close();
    }
  });
});

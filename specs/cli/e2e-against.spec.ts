import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { filesUnder } from '../../scripts/report-scan/folders';
import { describeFinding, scanReports } from '../../scripts/report-scan/scan';
import { inKernelRange } from '../support/kernel-port-range';

const masked = '[test card ending 1111, masked]';

// A server on a free port that prints its address as Vite does when CI is set: coloured, the port in bold.
const colouredServer = `node -e "
const server = require('node:http').createServer((_, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => console.log('  Local:   \\x1b[36mhttp://127.0.0.1:\\x1b[1m' + server.address().port + '\\x1b[22m/\\x1b[39m'));
"`;

test.describe('scripts/e2e-against.sh on a free port', () => {
  test('drives the address a server printed in colour, as a dev server prints it on CI', () => {
    // --list: the address is what is checked here, not the specs behind it.
    const run = spawnSync(
      'bash',
      ['scripts/e2e-against.sh', 'from-log-probe', 'from-log', colouredServer, '--list', '--project=e2e-en-US'],
      {
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
    expect(run.stderr).not.toContain('nothing answers');
    expect(run.stdout).toMatch(/^== e2e against from-log-probe \(http:\/\/127\.0\.0\.1:\d+\)$/m);
  });

  test('free-port: finds a free port the system would not hand out by itself, gives it to the server for {port}, and drives that port', () => {
    const listen =
      "require('node:http').createServer((_, res) => res.end('ok')).listen(Number(process.env.PROBE_PORT), '127.0.0.1')";
    const server = `PROBE_PORT={port} node -e "${listen}"`;
    const run = spawnSync(
      'bash',
      ['scripts/e2e-against.sh', 'free-port-probe', 'free-port', server, '--list', '--project=e2e-en-US'],
      { encoding: 'utf8' },
    );
    expect(run.stderr).not.toContain('e2e-against:');
    const driven = /^== e2e against free-port-probe \(http:\/\/127\.0\.0\.1:(?<port>\d+)\)$/m.exec(run.stdout)?.groups;
    expect(driven, run.stdout).toBeDefined();
    // Outside the kernel's own range, no other process is given it while the server starts.
    expect(inKernelRange(Number(driven?.port)), `port ${driven?.port}`).toBe(false);
    const refused = spawnSync('bash', ['scripts/e2e-against.sh', 'free-port-probe', 'free-port', 'npm start'], {
      encoding: 'utf8',
    });
    expect([refused.status, refused.stderr]).toEqual([
      2,
      "e2e-against: free-port needs {port} in the server command, got 'npm start'\n",
    ]);
  });
});

test.describe('scripts/e2e-against.sh and card numbers', () => {
  test("masks a failed test's card numbers in its error context and trace, so the script's report scan passes", () => {
    // The script names its reporters on the command line, which replaces the config's, the mask with them: this
    // fails when it leaves the mask out. The child test fails on purpose with a number in its step's error (in the
    // trace, split by the diff's colour codes) and in an attachment.
    const name = `card-mask-probe-${test.info().repeatEachIndex}`;
    const out = `test-results/${name}`;
    const server = `node -e "require('node:http').createServer((_, res) => res.end('ok')).listen({port}, '127.0.0.1')"`;
    // Colours on, as a worker has them, whatever this run was given: the trace's diff is what is checked.
    const { NO_COLOR: _, ...env } = process.env;
    const run = spawnSync(
      'bash',
      ['scripts/e2e-against.sh', name, 'free-port', server, '--config=specs/cli/e2e-against-mask/playwright.config.ts'],
      { encoding: 'utf8', env },
    );
    // The child test failed, and the report scan after it found nothing.
    expect(run.stdout).toContain('1 failed');
    expect(run.stderr).not.toContain('check-reports: a test card number');
    expect(run.stdout).toMatch(/^check-reports: no card number in [1-9]/m);
    expect(scanReports([out]).findings.map(describeFinding)).toEqual([]);
    // Exactly what the failure writes: no file the mask left half-written beside them.
    const files = [...filesUnder(out)];
    const written = files.map((file) => file.slice(out.length + 1).replace(/^[^/]+\//, '…/'));
    expect(written.sort()).toEqual(['.last-run.json', '…/error-context.md', '…/trace.zip']);
    // Each held the number and holds the mask's mark instead: the scan had something to find.
    const fileOf = (end: string) => readFileSync(String(files.find((file) => file.endsWith(end))));
    expect(fileOf('/error-context.md').toString()).toContain(masked);
    const trace = strFromU8(unzipSync(fileOf('/trace.zip'))['test.trace'] ?? new Uint8Array());
    expect(trace).toContain(`${masked}\\u001b[27m`);
    expect(run.status).toBe(1);
  });
});

test.describe('scripts/e2e-against.sh refuses bad input before it starts the server', () => {
  // The server command leaves a file: a refusal must come before it runs.
  const refused = (name: string, env: NodeJS.ProcessEnv = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'e2e-against-'));
    const marker = join(dir, 'server-started');
    const run = spawnSync('bash', ['scripts/e2e-against.sh', name, 'http://127.0.0.1:9', `touch ${marker}`], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    const started = existsSync(marker);
    rmSync(dir, { recursive: true, force: true });
    return { status: run.status, lines: run.stderr.trim().split('\n'), started };
  };

  for (const name of ['..', '.', '', 'a/b', '-x'])
    test(`a name that is no folder of its own under test-results/ ("${name}"): one line, exit 2`, () => {
      expect(refused(name)).toEqual({
        status: 2,
        lines: [
          `e2e-against: <name> names the run's folder under test-results/ (letters, digits, '.', '_', '-'; not . or ..), got "${name}"`,
        ],
        started: false,
      });
    });

  test('a bad setting: its one line, exit 2', () => {
    const { status, lines, started } = refused('bad-setting', { TIMEOUT_SCALE: 'x' });
    expect({ status, started, lines: lines.length }).toEqual({ status: 2, started: false, lines: 1 });
    expect(lines[0]).toMatch(/^Invalid setting TIMEOUT_SCALE="x": /);
  });
});

import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

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

  test('free-port: finds a free port, gives it to the server for {port}, and drives that port', () => {
    const listen =
      "require('node:http').createServer((_, res) => res.end('ok')).listen(Number(process.env.PROBE_PORT), '127.0.0.1')";
    const server = `PROBE_PORT={port} node -e "${listen}"`;
    const run = spawnSync(
      'bash',
      ['scripts/e2e-against.sh', 'free-port-probe', 'free-port', server, '--list', '--project=e2e-en-US'],
      { encoding: 'utf8' },
    );
    expect(run.stderr).not.toContain('e2e-against:');
    expect(run.stdout).toMatch(/^== e2e against free-port-probe \(http:\/\/127\.0\.0\.1:\d+\)$/m);
    const refused = spawnSync('bash', ['scripts/e2e-against.sh', 'free-port-probe', 'free-port', 'npm start'], {
      encoding: 'utf8',
    });
    expect([refused.status, refused.stderr]).toEqual([
      2,
      "e2e-against: free-port needs {port} in the server command, got 'npm start'\n",
    ]);
  });
});

import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// A server on a free port that prints its address as Vite does when CI is set: coloured, the port in bold.
const colouredServer = `node -e "
const server = require('node:http').createServer((_, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => console.log('  Local:   \\x1b[36mhttp://127.0.0.1:\\x1b[1m' + server.address().port + '\\x1b[22m/\\x1b[39m'));
"`;

test.describe('scripts/e2e-against.sh from-log', () => {
  test('drives the address a server printed in colour, as a dev server prints it on CI', () => {
    // --list: the address is what is checked here, not the specs behind it.
    const run = spawnSync('bash', ['scripts/e2e-against.sh', 'from-log-probe', 'from-log', colouredServer, '--list', '--project=e2e-en-US'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(run.stderr).not.toContain('nothing answers');
    expect(run.stdout).toMatch(/^== e2e against from-log-probe \(http:\/\/127\.0\.0\.1:\d+\)$/m);
  });
});

// npm run browser-server [-- --port <n>] [--host <address>]
// Starts Playwright's browser server (`playwright run-server`) set up to launch the suite's browser (CHROMIUM_PATH,
// Playwright's, else Debian's, with the same flags), and prints its ws:// endpoint. The suite and the docs check
// drive it instead of launching a browser of their own when that endpoint is set (BROWSER_WS_ENDPOINT, or
// PW_TEST_CONNECT_WS_ENDPOINT). Ctrl-C closes its browsers and the server. Exit codes: 0 stopped, 1 the server
// ended by itself, 2 bad input.
import 'dotenv/config';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseOptions } from '../harness/command-options';
import { BrowserNotFound, chromiumArgs, resolveBrowser, type ResolvedBrowser } from '../harness/session/browser';
import { ConfigError } from '../harness/settings/config';
import { portInUse } from '../harness/settings/port-in-use';
import { checkedConfig } from '../harness/settings/settings';

const USAGE =
  'usage: npm run browser-server -- [--port <1024-65535, default any free port>] [--host <address, default 127.0.0.1>]';

function badInput(message: string): never {
  process.stderr.write(`browser-server: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { port?: string; host: string };
try {
  ({ values } = parseOptions({
    options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
  }));
} catch (e) {
  badInput(e instanceof Error ? e.message : String(e));
}
const port = values.port === undefined ? 0 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
if (port !== 0 && !(port >= 1024 && port <= 65535))
  badInput(`--port must be a port number from 1024 to 65535, got "${values.port}"`);
// The settings as the suite reads them (.env linted first), before the host and port are tried or anything started.
let browser: ResolvedBrowser;
try {
  browser = resolveBrowser(checkedConfig().CHROMIUM_PATH);
} catch (e) {
  if (e instanceof ConfigError || e instanceof BrowserNotFound) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  throw e;
}

// Port 0 asks whether the host is an address of this machine at all: a name that does not resolve, or another
// machine's address, is refused here, not as the server's exit.
const inUse = await portInUse(port, values.host).catch((error: NodeJS.ErrnoException) =>
  badInput(`--host ${values.host}: no address of this machine to listen on (${error.code ?? error.message})`),
);
if (port !== 0 && inUse) {
  process.stderr.write(
    `browser-server: --port ${port}: port ${port} of ${values.host} is already in use; name a free port, or leave --port out to listen on any free port\n`,
  );
  process.exit(2);
}

// run-server, not launchServer: it launches a browser for each client, and only a browser it launches for a
// client can reach that client's network (`exposeNetwork`), where the sandbox is served. An unguessable path,
// since whoever knows the endpoint can drive the browser.
const path = `/${randomBytes(16).toString('hex')}`;
// --unsafe lets the launch options in the endpoint (the suite's browser and flags) apply; the server then runs any
// executable a client names, which is why it listens on this machine only unless --host says otherwise.
// Playwright's own command line (the package's `./cli` export), run directly: its browsers are its children.
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const server = spawn(
  process.execPath,
  [cli, 'run-server', '--port', String(port), '--host', values.host, '--path', path, '--unsafe'],
  {
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
let stopping = false;
server.once('exit', (code) => {
  if (stopping) {
    console.log('browser-server: stopped');
    process.exit(0);
  }
  process.stderr.write(`browser-server: the server ended by itself (exit code ${code})\n`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopping = true;
    // run-server closes its browsers and exits when its input closes.
    server.stdin.end();
  });

let out = '';
server.stdout.on('data', (chunk: Buffer) => {
  out += chunk.toString();
  const listening = /^Listening on (ws:\S+)$/m.exec(out)?.[1];
  if (!listening || stopping) return;
  out = '';
  // Playwright's server reads launch options from the endpoint's query before the client's own: every client
  // gets this machine's browser and the suite's flags, whatever its own machine has.
  const launchOptions = { executablePath: browser.executablePath, args: chromiumArgs, headless: true };
  const endpoint = `${listening}?launch-options=${encodeURIComponent(JSON.stringify(launchOptions))}`;
  console.log(endpoint);
  console.log(
    `browser-server: ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}, server pid ${server.pid}; Ctrl-C stops it.`,
  );
  console.log(
    `browser-server: on the test machine, PW_TEST_CONNECT_WS_ENDPOINT='${endpoint}' npm test (or BROWSER_WS_ENDPOINT in .env)`,
  );
  if (values.host !== '127.0.0.1' && values.host !== 'localhost')
    console.log(
      `browser-server: listening on ${values.host}: anyone who can reach this port and knows the path can drive the browser and run programs here`,
    );
});

// npm run browser-server [-- --port <n>] [--host <address>]
// Starts a Playwright browser server with the suite's browser (CHROMIUM_PATH, Playwright's, else Debian's, and
// the same flags) and prints its ws:// endpoint. The suite and the docs check drive it instead of launching a
// browser of their own when that endpoint is set (BROWSER_WS_ENDPOINT, or PW_TEST_CONNECT_WS_ENDPOINT). Ctrl-C
// closes the browser and the server. Exit codes: 0 stopped, 1 the browser ended by itself, 2 bad input.
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { BrowserNotFound, chromiumArgs, resolveBrowser, type ResolvedBrowser } from '../fixtures/browser';
import { ConfigError, readConfig } from '../fixtures/config';

const USAGE = 'usage: npm run browser-server -- [--port <1024-65535, default any free port>] [--host <address, default 127.0.0.1>]';

function badInput(message: string): never {
  process.stderr.write(`browser-server: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { port?: string; host: string };
try {
  ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } }));
} catch (e) {
  badInput(e instanceof Error ? e.message : String(e));
}
const port = values.port === undefined ? 0 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
if (port !== 0 && !(port >= 1024 && port <= 65535)) badInput(`--port must be a port number from 1024 to 65535, got "${values.port}"`);

let browser: ResolvedBrowser;
try {
  browser = resolveBrowser(readConfig().CHROMIUM_PATH);
} catch (e) {
  if (e instanceof ConfigError || e instanceof BrowserNotFound) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  throw e;
}

// One browser for every client: each test's context is its own, and closes when its worker disconnects.
const server = await chromium.launchServer({ executablePath: browser.executablePath, args: chromiumArgs, port, host: values.host });
let stopping = false;
server.on('close', () => {
  if (stopping) return;
  process.stderr.write('browser-server: the browser ended by itself\n');
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopping = true;
    void server.close().then(() => {
      console.log('browser-server: stopped');
      process.exit(0);
    });
  });

console.log(server.wsEndpoint());
console.log(`browser-server: ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}, pid ${process.pid}; Ctrl-C stops it.`);
console.log(`browser-server: on the test machine, PW_TEST_CONNECT_WS_ENDPOINT=${server.wsEndpoint()} npm test (or BROWSER_WS_ENDPOINT in .env)`);
if (values.host !== '127.0.0.1' && values.host !== 'localhost')
  console.log(`browser-server: listening on ${values.host}: anyone who can reach this port and knows the path can drive the browser`);

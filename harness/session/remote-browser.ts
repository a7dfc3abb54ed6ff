import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, type ResolvedBrowser } from './browser';
import { ConfigError, type HarnessConfig } from '../settings/config';

/**
 * What a remote browser may reach through the test machine: its loopback, where the sandbox is served. The
 * browser's requests to 127.0.0.1 are carried back over the connection, so the sandbox needs no open port.
 */
export const exposeNetwork = '<loopback>';

/**
 * The browser server to drive, from BROWSER_WS_ENDPOINT or Playwright's PW_TEST_CONNECT_WS_ENDPOINT, or
 * undefined to launch a local browser. Playwright's variable bypasses the config's connectOptions and reads
 * what to expose from PW_TEST_CONNECT_EXPOSE_NETWORK, so that gets the loopback too unless it is set.
 */
export function remoteBrowser(
  config: HarnessConfig,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedBrowser | undefined {
  const { BROWSER_WS_ENDPOINT: ours, PW_TEST_CONNECT_WS_ENDPOINT: playwrights } = config;
  if (ours && playwrights && ours !== playwrights)
    throw new ConfigError(
      `Invalid setting BROWSER_WS_ENDPOINT=${JSON.stringify(ours)}: ` +
        `PW_TEST_CONNECT_WS_ENDPOINT names another browser server (${playwrights}); set one of them (see .env.example)`,
    );
  const wsEndpoint = playwrights ?? ours;
  if (!wsEndpoint) return undefined;
  if (playwrights) env.PW_TEST_CONNECT_EXPOSE_NETWORK ||= exposeNetwork;
  return { executablePath: undefined, source: 'remote', wsEndpoint };
}

/** Connects to the browser server, or launches the resolved local browser, for a command outside the suite. */
export async function openBrowser(browser: ResolvedBrowser): Promise<Browser> {
  if (browser.wsEndpoint)
    return chromium.connect(browser.wsEndpoint, {
      exposeNetwork: process.env.PW_TEST_CONNECT_EXPOSE_NETWORK || exposeNetwork,
    });
  return chromium.launch({ executablePath: browser.executablePath, args: chromiumArgs });
}

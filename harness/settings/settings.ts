import 'dotenv/config';
import { BrowserNotFound, resolveBrowser, type ResolvedBrowser } from '../session/browser';
import { ConfigError, readConfig, settingNames, type HarnessConfig } from './config';
import { envFileProblem } from './env-file';
import { remoteBrowser } from '../session/remote-browser';
import { targetURL } from './sandbox-url';

export interface Settings {
  config: HarnessConfig;
  /** BASE_URL, or the sandbox's URL; undefined in the runner until the sandbox has taken its free port. */
  baseURL: string | undefined;
  /** One seed for the whole run; each test derives its own from it and its title. */
  seed: number;
  /** The date the run's tests run on unless their spec sets one (TODAY). */
  today: string;
}

/** Settings of a run that drives a browser. */
export interface BrowserSettings extends Settings {
  browser: ResolvedBrowser;
}

/**
 * The settings as .env and the environment give them, .env linted first (envFileProblem): a key a letter off a
 * setting's name would otherwise leave that setting as it was without a word. A ConfigError names the first problem.
 */
export function checkedConfig(): HarnessConfig {
  const misspelt = envFileProblem(settingNames);
  if (misspelt) throw new ConfigError(misspelt);
  return readConfig();
}

/**
 * Reads .env and the environment once; a bad value, or no browser when one is needed, ends the process with
 * one line and exit code 2. `{ browser: false }` for a run that opens none (the unit project): it then needs
 * no Chromium on the machine.
 */
export function loadSettings(): BrowserSettings;
export function loadSettings(needs: { browser: boolean }): Settings & { browser: ResolvedBrowser | undefined };
export function loadSettings(needs = { browser: true }): Settings & { browser: ResolvedBrowser | undefined } {
  try {
    const config = checkedConfig();
    // Set once in the runner process so every worker, which inherits the environment, uses the same seed
    // and date, and a replay (FAKER_SEED=… TODAY=…) gives back the same run.
    if (config.FAKER_SEED === undefined) process.env.FAKER_SEED = String(Math.floor(Math.random() * 2 ** 31));
    process.env.TODAY = config.TODAY;
    return {
      config,
      // A browser server's browser is resolved on its own machine: this one may have no Chromium at all.
      browser: needs.browser ? (remoteBrowser(config) ?? resolveBrowser(config.CHROMIUM_PATH)) : undefined,
      baseURL: targetURL(config),
      seed: Number(process.env.FAKER_SEED),
      today: config.TODAY,
    };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof BrowserNotFound) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

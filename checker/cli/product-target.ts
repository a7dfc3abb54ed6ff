// What `npm run docs:check` drives: the product's sources hashed as the command starts (they name the records it
// saves), then a browser and, unless BASE_URL names a target, a sandbox of its own, started when the check first
// opens a session on it. Loaded once the input has passed: Playwright and the sandbox are the heavy part.
import type { HarnessConfig } from '../../harness/settings/config';
import type { NamedPort } from '../../scripts/sandbox-server';
import type { CheckOptions } from '../options';
import { sourcesFingerprint } from '../sources-fingerprint';

/**
 * The browser, the target's address (or how to start it), the date and the saved records a check runs with; a spec
 * may also prepare each browser context (CheckOptions.prepareContext).
 */
export type ProductTarget = Pick<CheckOptions, 'browser' | 'baseURL' | 'today' | 'saved' | 'prepareContext'>;

/** The settings that change the product or its browser without changing a source file. */
const SETTINGS = ['BACKEND', 'SERVICE_WORKERS', 'CHROMIUM_PATH', 'BROWSER_WS_ENDPOINT', 'PW_TEST_CONNECT_WS_ENDPOINT'];

/**
 * The hash of what drives the product: `sources` under `root`, `.env` and the settings, read before anything is
 * loaded from them; and how to hash the same again as the check ends: the sandbox is built, and the driving modules
 * loaded, when a session first needs them, and a file saved in between would be driven under the first hash.
 * Records are saved only when both agree.
 */
export function hashProductSources(saved: { root: string; sources: readonly string[] }): {
  hash: string;
  again: () => string;
} {
  // The settings the command was started with, both times: `.env`, which the command loads later, is hashed as a file.
  const settings = JSON.stringify(SETTINGS.map((key) => process.env[key] ?? null));
  const again = () => sourcesFingerprint(saved.root, [...saved.sources, '.env'], settings);
  return { hash: again(), again };
}

export interface ProductOptions {
  /** Where the records are saved (checker/record/saved-records.ts), under `sourcesHash`. */
  savedFolder: string;
  sourcesHash: string;
  /** The same hash as the check ends: records are saved only if it is still `sourcesHash`. */
  sourcesNow: () => string;
  /** --fresh: read no record back, and save what is driven. */
  fresh: boolean;
  /** --today; the settings' date when unset. */
  today?: string;
  /** The port of the command's own sandbox, when the settings name one. */
  port: (config: HarnessConfig) => NamedPort | undefined;
}

/** Starts what the check drives, runs `body` against it, and stops it, whatever `body` does. */
export async function withProduct<T>(o: ProductOptions, body: (target: ProductTarget) => Promise<T>): Promise<T> {
  const [{ loadSettings }, { openBrowser }, { startSandboxOrExit }, { SavedRecords }] = await Promise.all([
    import('../../harness/settings/settings'),
    import('../../harness/session/remote-browser'),
    import('../../scripts/sandbox-server'),
    import('../record/saved-records'),
  ]);
  const settings = loadSettings();
  // A sandbox of its own, on a free port unless SANDBOX_PORT names one: checks side by side, or beside the suite,
  // never meet. Started when the check first opens a session: a run that reads every record back needs none.
  let sandbox: ReturnType<typeof startSandboxOrExit> | undefined;
  const ownSandbox = () => (sandbox ??= startSandboxOrExit('docs:check', () => o.port(settings.config)));
  // A browser server's (BROWSER_WS_ENDPOINT, PW_TEST_CONNECT_WS_ENDPOINT), or one launched here.
  const browser = await openBrowser(settings.browser);
  // Records are saved for the sandbox built here from the sources that name them, never for another target;
  // --fresh reads none back, and saves what it drives.
  const saved = settings.config.BASE_URL
    ? undefined
    : new SavedRecords(o.savedFolder, o.sourcesHash, { fresh: o.fresh, sourcesNow: o.sourcesNow });
  try {
    const result = await body({
      browser,
      baseURL: settings.config.BASE_URL ?? (async () => (await ownSandbox()).url),
      today: o.today ?? settings.today,
      ...(saved && { saved }),
    });
    if (saved?.reused)
      console.log(
        `docs:check: ${saved.reused} of the product's records read back from an earlier run on the same sources (--fresh drives the product again)`,
      );
    return result;
  } finally {
    // Also when a page threw: every record held is whole, and what the other pages drove is kept.
    saved?.save();
    await browser.close();
    (await sandbox)?.stop();
  }
}

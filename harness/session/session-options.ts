import type { BrowserContextOptions } from '@playwright/test';
import { readConfig } from '../settings/config';

export interface TargetOptions {
  baseURL: string;
  locale: string;
  timezoneId: string;
}

/**
 * The options of every browser context the harness opens (the suite's projects, the docs check, the bench):
 * the target, the language and time zone, and service workers blocked, so the target's own worker cannot answer
 * a request in the browser before the harness's mocked backend sees it (SERVICE_WORKERS=allow lifts that). No
 * baseURL only in the Playwright runner before its sandbox has taken a free port: no test runs there.
 */
export function sessionContextOptions(
  o: Omit<TargetOptions, 'baseURL'> & { baseURL: string | undefined },
): BrowserContextOptions {
  return {
    baseURL: o.baseURL,
    locale: o.locale,
    timezoneId: o.timezoneId,
    serviceWorkers: readConfig().SERVICE_WORKERS,
  };
}

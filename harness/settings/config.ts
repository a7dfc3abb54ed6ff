import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { BackendSettingError, parseBackend } from '../session/backend-scope';
import { isCalendarDate } from './calendar-date';

/** The date every test runs on unless its spec sets one: fixed, so a run can be replayed on any later day. */
export const defaultToday = '2026-03-15';
/** The largest seed: faker's seeds and the per-test seeds are 32-bit. */
export const maxSeed = 2 ** 31 - 1;

const digits = /^\d+$/;

/** TIMEOUT_SCALE's ceiling: a target ten times slower than the reference machine is broken, not slow. */
export const maxTimeoutScale = 10;
const timeoutScaleAllowed = `must be a number from 1 to ${maxTimeoutScale}, e.g. 2 for a machine or target half as fast (every timeout doubles)`;
/** What DOCS_CHECK_PAGES and the docs check's --pages allow. */
export const docsCheckPagesAllowed = 'must be a whole number of browser pages from 1 to 999, e.g. 2';

/** What is wrong with CHROMIUM_PATH, or undefined when it names a file this user can run. */
function chromiumPathProblem(path: string): string | undefined {
  const allowed = 'must be the path of a Chromium executable file';
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    return `${allowed}; it names nothing on this machine`;
  }
  if (!isFile) return `${allowed}; it names a folder or a special file`;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return `${allowed}; this file is not executable`;
  }
  return undefined;
}

/**
 * What is wrong with BLOB_DIR as the folder of a shard's blob report, or undefined. Playwright empties that folder
 * at the end of every sharded run, so it must not hold anything else (and never be this checkout or above it).
 */
function blobDirProblem(path: string, cwd = process.cwd()): string | undefined {
  const allowed =
    'must name a folder for blob reports only (Playwright empties it on every sharded run), e.g. shards/1/blob-report';
  // From the folder to the checkout: no way up means the checkout is the folder or inside it.
  const up = relative(resolve(path), cwd);
  if (!up.startsWith('..') && !isAbsolute(up)) return `${allowed}; it is this checkout or a folder above it`;
  let names: string[];
  try {
    if (!statSync(path).isDirectory()) return `${allowed}; it names a file`;
    names = readdirSync(path);
  } catch {
    return undefined; // Not there yet: the run creates it.
  }
  const other = names.find((n) => !n.endsWith('.zip'));
  return other === undefined ? undefined : `${allowed}; it holds "${other}", which is not a blob report`;
}

/** A Playwright browser server's endpoint, as `npm run browser-server` or `npx playwright run-server` print it. */
const wsEndpoint = z.url({
  protocol: /^wss?$/,
  error: 'must be a ws:// or wss:// URL, the endpoint a Playwright browser server prints (npm run browser-server)',
});

/**
 * The harness's settings, from the environment (and `.env`, loaded by playwright.config.ts). A bad value
 * stops the run at once with one line naming the variable and what is allowed, instead of a confusing
 * failure later.
 */
const schema = z.object({
  BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://partner.example.com' })
    .optional(),
  // Unset: each sandbox (the suite's, the docs check's, the bench's) takes a free port, so runs side by side never meet.
  SANDBOX_PORT: z
    .string()
    .regex(digits, 'must be a port number from 1024 to 65535')
    .transform(Number)
    .refine((p) => p >= 1024 && p <= 65535, 'must be a port number from 1024 to 65535')
    .optional(),
  // Decimal digits only: Number() would also take "1e3", "0x10" or " 42", and a replay must name the same seed.
  FAKER_SEED: z
    .string()
    .regex(digits, `must be a whole number from 0 to ${maxSeed} (2^31-1), in decimal digits only`)
    .transform(Number)
    .refine((n) => n <= maxSeed, `must be a whole number from 0 to ${maxSeed} (2^31-1), in decimal digits only`)
    .optional(),
  TODAY: z
    .string()
    .refine(isCalendarDate, 'must be a calendar date as YYYY-MM-DD, e.g. 2026-03-15')
    .default(defaultToday),
  CHROMIUM_PATH: z
    .string()
    .superRefine((path, ctx) => {
      const problem = chromiumPathProblem(path);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  WORKERS: z
    .string()
    .regex(/^[1-9]\d*%?$/, 'must be a number of workers or a percentage of cores, e.g. 2 or 50%')
    .transform((w) => (w.endsWith('%') ? w : Number(w)))
    .optional(),
  RETRIES: z
    .string()
    .regex(/^[0-5]$/, 'must be a whole number from 0 to 5')
    .transform(Number)
    .optional(),
  // One factor for every timeout of the harness: a slower machine or target is slower at everything alike.
  TIMEOUT_SCALE: z
    .string()
    .regex(/^\d+(\.\d+)?$/, timeoutScaleAllowed)
    .transform(Number)
    .refine((n) => n >= 1 && n <= maxTimeoutScale, timeoutScaleAllowed)
    .default(1),
  DOCS_CHECK_PAGES: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, docsCheckPagesAllowed)
    .transform(Number)
    .optional(),
  VIDEO: z.enum(['off', 'on', 'retain-on-failure'], { error: 'must be off, on or retain-on-failure' }).default('off'),
  BACKEND: z
    .string()
    .transform((value, ctx) => {
      try {
        return parseBackend(value);
      } catch (error) {
        if (!(error instanceof BackendSettingError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    })
    .default(parseBackend('/api/')),
  // block: the target's own service worker cannot answer requests before the harness's mocked backend sees them.
  SERVICE_WORKERS: z.enum(['block', 'allow'], { error: 'must be block or allow' }).default('block'),
  // A sharded run's blob report goes here, with its Allure results and JUnit file beside it.
  BLOB_DIR: z
    .string()
    .superRefine((path, ctx) => {
      const problem = blobDirProblem(path);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  // A browser on another machine (or in a container): the run launches none of its own.
  BROWSER_WS_ENDPOINT: wsEndpoint.optional(),
  // Playwright's own name for the same; it wins over the config, so it is checked the same way.
  PW_TEST_CONNECT_WS_ENDPOINT: wsEndpoint.optional(),
});
export type HarnessConfig = z.infer<typeof schema>;
/** The names of the settings, as .env and the environment spell them. */
export const settingNames: readonly string[] = Object.keys(schema.shape);

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HarnessConfig {
  // An empty value in .env means "not set", as people write `BASE_URL=` to fall back to the sandbox.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  throw new ConfigError(
    `Invalid setting ${name}=${JSON.stringify(env[name] ?? '')}: ${issue?.message ?? 'invalid'} (see .env.example)`,
  );
}

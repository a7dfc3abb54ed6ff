import { relative } from 'node:path';
// Not from a11y.ts and baselines.ts, which load axe and the image comparison: the command line checks these options first.
import { a11yModes, DEFAULT_TOLERANCE, mediaDirFor, type A11yMode, type ScreenshotOptions } from '../screens/settings';

/**
 * The check's own seed for the sandbox's data, not the suite's random FAKER_SEED: the names and numbers on
 * screen are then the same every run, and so are the screenshots compared with the page's baselines.
 */
export const CHECK_SEED = 1;

/** The options of `docs:check` about screens, as parseArgs declares them. */
export const screenArgs = {
  'update-screenshots': { type: 'boolean', default: false },
  'screenshot-tolerance': { type: 'string' },
  a11y: { type: 'string', default: 'warn' },
  seed: { type: 'string' },
} as const;

interface ScreenValues {
  'update-screenshots'?: boolean;
  'screenshot-tolerance'?: string;
  a11y?: string;
  seed?: string;
}

/** Reads the screen options; a bad value is one line naming the option (`usage` exits 2). */
export function screenOptionsOf(
  values: ScreenValues,
  docFile: string,
  usage: (message: string) => never,
): { a11y: A11yMode; screenshots: ScreenshotOptions; seed: number } {
  const a11y = values.a11y ?? 'warn';
  if (!a11yModes.includes(a11y as A11yMode)) usage(`--a11y must be one of ${a11yModes.join(', ')}, got "${a11y}"`);
  const rawTolerance = values['screenshot-tolerance'];
  const tolerance = rawTolerance === undefined ? DEFAULT_TOLERANCE : Number(rawTolerance);
  if (rawTolerance !== undefined && (!/^\d*\.?\d+$/.test(rawTolerance.trim()) || !(tolerance >= 0 && tolerance <= 1)))
    usage(
      `--screenshot-tolerance must be a ratio of differing pixels from 0 to 1 (e.g. ${DEFAULT_TOLERANCE}), got "${rawTolerance}"`,
    );
  const rawSeed = values.seed;
  if (rawSeed !== undefined && (!/^\d{1,10}$/.test(rawSeed) || Number(rawSeed) > 2 ** 31 - 1))
    usage(`--seed must be a whole number from 0 to 2147483647, got "${rawSeed}"`);
  return {
    a11y: a11y as A11yMode,
    screenshots: {
      update: values['update-screenshots'] ?? false,
      tolerance,
      dir: mediaDirFor(relative(process.cwd(), docFile) || docFile),
    },
    seed: rawSeed === undefined ? CHECK_SEED : Number(rawSeed),
  };
}

import { relative } from 'node:path';
import type { CheckResult } from '../model';
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

/** One line per finding about screens: accessibility violations, changed screenshots, missing baselines. */
export function screenLines(result: CheckResult, docFile: string, mode: A11yMode): string[] {
  const lines: string[] = [];
  let missing = 0;
  for (const r of result.results)
    for (const p of r.procedures)
      for (const st of p.steps) {
        const at = `${r.locale} ${p.id} step ${st.n} (${docFile}:${st.line ?? '?'})`;
        for (const v of st.a11y?.violations ?? [])
          lines.push(
            `${mode === 'fail' ? 'A11Y' : 'WARNING a11y'} ${at}: ${v.rule} on ${v.path}: ${v.help} (${v.elements.map((e) => e.target).join(', ')}) ${v.helpUrl}`,
          );
        for (const e of st.a11y?.errors ?? [])
          lines.push(`${mode === 'fail' ? 'A11Y' : 'WARNING a11y'} ${at}: could not scan ${e}`);
        if (st.baseline?.status === 'changed')
          lines.push(
            `WARNING screenshot ${at}: ${st.baseline.message}${st.baseline.diff ? ` (difference: ${st.baseline.diff})` : ''}`,
          );
        if (st.baseline?.status === 'missing') missing++;
      }
  const s = result.summary;
  if (missing)
    lines.push(
      `NOTE ${missing} step screenshot(s) have no baseline yet: run \`npm run docs:check -- --update-screenshots\``,
    );
  if (s.screenshots?.updated)
    lines.push(
      `docs:check: wrote ${s.screenshots.updated} baseline screenshot(s) under ${mediaDirFor(relative(process.cwd(), result.doc) || result.doc)}`,
    );
  if (s.a11y)
    lines.push(
      `docs:check accessibility (axe, WCAG 2.1 A and AA, --a11y ${mode}): ${s.a11y.steps} steps scanned, ${s.a11y.violations} violation(s)${s.a11y.errors ? `, ${s.a11y.errors} screen(s) not scanned` : ''}`,
    );
  return lines;
}

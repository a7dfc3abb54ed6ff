import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { ScreenshotOptions } from './settings';
import { writeWhole } from '../write-whole';

export { DEFAULT_TOLERANCE, mediaDirFor, type ScreenshotOptions } from './settings';

export type BaselineStatus = 'same' | 'changed' | 'missing' | 'updated';

/** One step's screenshot against its baseline. */
export interface BaselineCheck {
  status: BaselineStatus;
  /** The baseline file, as the writer's page refers to it. */
  baseline: string;
  /** Differing pixels over all pixels, when compared. */
  ratio?: number;
  /** For a changed screen, in the output folder beside the new screen: a copy of the baseline and the difference. */
  baselineCopy?: string;
  diff?: string;
  message: string;
}

/**
 * A step's baseline, named for the flow step it shows (`agree-terms-en-US.png`), not for its number on the page: a
 * page that drops, adds or reorders steps still compares each step with its own screen.
 */
export const baselineName = (step: string, locale: string) => `${step}-${locale}.png`;

const percent = (ratio: number) => `${(ratio * 100).toFixed(3)}%`;

/** Differing pixels over all pixels (a different size differs everywhere), and the difference as an image. */
function compare(baseline: Buffer, current: Buffer): { ratio: number; diff?: Buffer; sizes?: string } {
  const a = PNG.sync.read(baseline);
  const b = PNG.sync.read(current);
  if (a.width !== b.width || a.height !== b.height)
    return { ratio: 1, sizes: `${b.width}×${b.height} against ${a.width}×${a.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  // Text is mostly anti-aliased edges: not counting them would let a changed word through.
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { includeAA: true });
  return { ratio: differing / (a.width * a.height), diff: PNG.sync.write(diff) };
}

/**
 * Writes or compares the screenshot of a documented step, `step` the flow step's name (stepImageName). `shot` is where
 * the run saved the new screen in `outDir`: a changed screen gets the baseline and the difference written beside it
 * for the report.
 */
export function checkBaseline(
  o: ScreenshotOptions,
  procedure: string,
  step: string,
  locale: string,
  screenshot: Buffer,
  outDir?: string,
  shot?: string,
): BaselineCheck {
  const baseline = join(o.dir, procedure, baselineName(step, locale));
  if (o.update) {
    mkdirSync(dirname(baseline), { recursive: true });
    writeWhole(baseline, screenshot);
    return { status: 'updated', baseline, message: `baseline written: ${baseline}` };
  }
  if (!existsSync(baseline))
    return {
      status: 'missing',
      baseline,
      message: `no baseline yet (${baseline}): run \`npm run docs:check -- --update-screenshots\``,
    };
  const stored = readFileSync(baseline);
  // Stable screens repeat byte for byte: decoding both is only needed when they differ.
  if (stored.equals(screenshot)) return { status: 'same', baseline, ratio: 0, message: '' };
  const { ratio, diff, sizes } = compare(stored, screenshot);
  if (ratio <= o.tolerance && !sizes) return { status: 'same', baseline, ratio, message: '' };
  const found: BaselineCheck = {
    status: 'changed',
    baseline,
    ratio,
    message: `the screen differs from its baseline ${baseline}: ${sizes ?? `${percent(ratio)} of its pixels`}, tolerance ${percent(o.tolerance)}`,
  };
  if (!outDir || !shot) return found;
  const stem = shot.replace(/\.png$/, '');
  writeWhole(join(outDir, `${stem}.baseline.png`), stored);
  found.baselineCopy = `${stem}.baseline.png`;
  if (diff) {
    writeWhole(join(outDir, `${stem}.diff.png`), diff);
    found.diff = `${stem}.diff.png`;
  }
  return found;
}

/**
 * After `--update-screenshots`: a procedure whose every step was written keeps only those baselines for the
 * locale, so a step the page dropped leaves no stale image behind. A procedure cut short keeps what it had.
 */
export function pruneBaselines(
  dir: string,
  procedure: string,
  locale: string,
  written: readonly (BaselineCheck | undefined)[],
): string[] {
  const folder = join(dir, procedure);
  if (written.length === 0 || written.some((b) => b?.status !== 'updated') || !existsSync(folder)) return [];
  const keep = new Set(written.map((b) => b?.baseline));
  const stale = readdirSync(folder)
    .filter((f) => f.endsWith(`-${locale}.png`))
    .map((f) => join(folder, f))
    .filter((f) => !keep.has(f));
  for (const f of stale) rmSync(f);
  return stale;
}

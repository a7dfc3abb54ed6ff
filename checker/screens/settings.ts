// What the check's screen options accept and where the step screenshots' baselines live. Plain values, apart from
// axe and the image comparison, so `docs:check` refuses a bad --a11y or --screenshot-tolerance before loading those.

/** `fail`: a violation fails the check (exit 1); `warn`: reported only; `off`: screens are not scanned. */
export type A11yMode = 'fail' | 'warn' | 'off';
export const a11yModes: readonly A11yMode[] = ['fail', 'warn', 'off'];

/** How the check treats each step's screenshot against the baseline kept beside the page. */
export interface ScreenshotOptions {
  /** Write each step's screenshot as its baseline (`--update-screenshots`) instead of comparing. */
  update: boolean;
  /** The ratio of differing pixels (0–1) a screen may have against its baseline before it counts as changed. */
  tolerance: number;
  /** The baselines' folder: `<page>.media` beside the page unless given. */
  dir: string;
}

/**
 * 0.01% of the pixels, about 90 of a 1280×720 screen. The same screen on the same machine gives the same bytes,
 * so the tolerance is not there for noise: a word changed in a line of text (0.045% here) is over it.
 */
export const DEFAULT_TOLERANCE = 0.0001;

/** `docs/pages/<page>.md` → `docs/pages/<page>.media`, as the pin file sits beside the page. */
export function mediaDirFor(docFile: string): string {
  return `${docFile.replace(/\.md$/i, '')}.media`;
}

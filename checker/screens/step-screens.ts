import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { A11yScanner, type A11yFindings, type A11yMode, type ScanCache } from './a11y';
import { checkBaseline, pruneBaselines, type ScreenshotOptions } from './baselines';
import type { CheckResult, LocaleResult, StepResult } from '../model';
import type { Observation } from '../read/observation';
import { writeWhole } from '../write-whole';

/** What a run does with the screens of its steps, beside checking the page against them. */
export interface ScreenOptions {
  /** Scan every screen a step passes through with axe (default `off` here; the CLI's default is `warn`). */
  a11y?: A11yMode;
  /** Compare each step's screenshot with its baseline beside the page, or write it (`update`). */
  screenshots?: ScreenshotOptions;
  outDir?: string;
}

/** Writes a step's screenshot into the output folder, when there is one; its path there, relative to it. */
export function saveStepScreenshot(
  o: ScreenOptions,
  procedure: string,
  name: string,
  observation: Observation,
): string | undefined {
  if (!o.outDir || !observation.screenshot) return undefined;
  const shot = join('screenshots', procedure, name);
  mkdirSync(dirname(join(o.outDir, shot)), { recursive: true });
  writeWhole(join(o.outDir, shot), observation.screenshot);
  return shot;
}

/** The accessibility scanner of one procedure's page, if the run scans; `scans` are the screens scanned so far. */
export function scannerFor(o: ScreenOptions, scans: ScanCache, page: Page, locale: string): A11yScanner | undefined {
  return o.a11y && o.a11y !== 'off' ? new A11yScanner(page, locale, scans) : undefined;
}

/** The name a flow step's images go by in its procedure's folder: its id without the flow's (`agree-terms`). */
export const stepImageName = (id: string): string => id.split('.').pop() ?? id;

/**
 * What one step's screens add to its result: its screenshot against the baseline of the flow step it shows
 * (`step`, stepImageName; documented steps only: a step the page lost has no place among the page's images) and
 * the accessibility of the screens it met.
 */
export function stepScreens(
  o: ScreenOptions,
  procedure: string,
  step: string | undefined,
  locale: string,
  observation: Observation,
  shot: string | undefined,
  a11y: A11yFindings | undefined,
): Pick<StepResult, 'baseline' | 'a11y'> {
  const baseline =
    o.screenshots && step !== undefined && observation.screenshot
      ? checkBaseline(o.screenshots, procedure, step, locale, observation.screenshot, o.outDir, shot)
      : undefined;
  return { ...(baseline ? { baseline } : {}), ...(a11y ? { a11y } : {}) };
}

/** The run's figures for the summary: what the scans found and how the screens compare with their baselines. */
export function screensSummary(results: readonly LocaleResult[]): Pick<CheckResult['summary'], 'a11y' | 'screenshots'> {
  const steps = results.flatMap((r) => r.procedures.flatMap((p) => p.steps));
  const scanned = steps.flatMap((s) => (s.a11y ? [s.a11y] : []));
  const compared = steps.flatMap((s) => (s.baseline ? [s.baseline.status] : []));
  return {
    ...(scanned.length
      ? {
          a11y: {
            steps: scanned.length,
            violations: scanned.reduce((n, a) => n + a.violations.length, 0),
            errors: scanned.reduce((n, a) => n + a.errors.length, 0),
          },
        }
      : {}),
    ...(compared.length ? { screenshots: { same: 0, changed: 0, missing: 0, updated: 0, ...countBy(compared) } } : {}),
  };
}

const countBy = <T extends string>(xs: readonly T[]) =>
  xs.reduce<Partial<Record<T, number>>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

/** After `--update-screenshots`, each fully written procedure keeps only the baselines it wrote. */
export function pruneWritten(o: ScreenOptions, results: readonly LocaleResult[]): string[] {
  if (!o.screenshots?.update) return [];
  const dir = o.screenshots.dir;
  return results.flatMap((r) =>
    r.procedures.flatMap((p) =>
      pruneBaselines(
        dir,
        p.id,
        r.locale,
        p.steps.filter((s) => s.n > 0 && s.line !== null).map((s) => s.baseline),
      ),
    ),
  );
}

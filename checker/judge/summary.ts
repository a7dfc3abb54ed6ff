import type { CheckResult, LinkResult, LocaleResult } from '../model';
import type { CheckOptions } from '../options';
import { screensSummary } from '../screens/step-screens';

const count = <T extends { status: string }>(xs: T[], s: string) => xs.filter((x) => x.status === s).length;
const tally = <T extends { status: string }>(xs: T[]) => ({
  ok: count(xs, 'ok'),
  drift: count(xs, 'drift'),
  unverified: count(xs, 'unverified'),
});

/** The whole check: how it ran, each language's results, and the counts of each verdict. */
export function summarize(o: CheckOptions, results: LocaleResult[], links?: LinkResult[]): CheckResult {
  const steps = results.flatMap((r) => r.procedures.flatMap((p) => p.steps));
  return {
    doc: o.doc.file,
    run: {
      seed: o.seed,
      today: o.today,
      a11y: o.a11y ?? 'off',
      ...(o.screenshots ? { screenshotTolerance: o.screenshots.tolerance } : {}),
    },
    results,
    ...(links && { links }),
    summary: {
      steps: steps.length,
      ...tally(steps),
      rules: tally(results.flatMap((r) => r.rules)),
      sentences: tally(results.flatMap((r) => r.sentences)),
      ...screensSummary(results),
      ...(links && { links: tally(links) }),
    },
  };
}

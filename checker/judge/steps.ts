import type { Fix, StepResult } from '../model';
import type { Statement } from '../parser';
import type { Alignment } from '../read/alignment';
import type { LabelCheck } from '../read/label-checks';
import type { StepReading } from '../read/steps';

/** Playwright's first line says what failed; its "waiting for" line names the control the product lacks. */
function whyStopped(error: Error): string {
  // eslint-disable-next-line no-control-regex -- Playwright colours its messages for terminals; reports want plain text.
  const lines = error.message.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const waiting = lines
    .find((l) => l.includes('waiting for '))
    ?.trim()
    .replace(/^-\s*/, '');
  return [lines[0] ?? '', waiting].filter(Boolean).join(' ');
}

function describeLabels(checks: readonly LabelCheck[]): string[] {
  return checks
    .filter((c) => !c.found)
    .map(
      (c) =>
        c.why ??
        (c.actual
          ? `the screen shows **${c.actual}** where the doc says **${c.expected}**`
          : `**${c.expected}** is not on screen`),
    );
}

/** The labels and paths of a step the product shows otherwise, each at the line of the sentence that names it. */
function labelFixes(checks: readonly LabelCheck[], statements: readonly Statement[], locale: string): Fix[] {
  return checks.flatMap(({ fix }) => {
    const at = fix && statements.find((s) => (s.labels[locale] ?? []).some((l) => l.text === fix.documented));
    return fix && at ? [{ ...fix, locale, line: at.line }] : [];
  });
}

/** The verdict on one step of the page: ok, drift (the page and the product differ), or unverified (not reached). */
function judgeStep(reading: StepReading, index: number, locale: string): StepResult {
  const { base } = reading;
  switch (reading.kind) {
    case 'not-reached':
      return { ...base, status: 'unverified', actual: [], message: `not reached: ${reading.why}` };
    case 'not-in-flow':
      return {
        ...base,
        status: 'drift',
        actual: [],
        message: 'the page documents a step that the product flow does not have here',
      };
    case 'stopped':
      return {
        ...base,
        status: 'drift',
        actual: [],
        ...reading.screens,
        message: `the product flow stopped here: ${whyStopped(reading.error)}`,
      };
    case 'not-documented':
      return {
        ...base,
        n: index + 1,
        status: 'drift',
        actual: [],
        ...reading.screens,
        message:
          'the page no longer documents this step, which the product still requires' +
          `${reading.pressed.length > 0 ? `: ${reading.pressed.map((n) => `**${n}**`).join(', ')}` : ''} (${reading.bound.id})`,
      };
    case 'read': {
      const { checks, links } = reading;
      const problems = [...describeLabels(checks), ...links.problems];
      const fixes = [...labelFixes(checks, reading.statements, locale), ...links.fixes];
      return {
        ...base,
        expected: checks.map((c) => c.expected),
        actual: checks.map((c) => c.actual ?? null),
        status: problems.length > 0 ? 'drift' : 'ok',
        ...reading.screens,
        message: problems.join('; '),
        ...(fixes.length > 0 && { fixes }),
      };
    }
  }
}

/**
 * A step the page documents at one place and the product requires at another is one move, not a loss and a gain:
 * one result, at the page's line for the step, with the screens of the place the product performed it (two swapped
 * steps are one move). The lost step pairs with the documented step most like it; a step where the flow stopped
 * keeps its own result, whose error says why.
 */
function foldMoves(
  { pairs, similarity }: Alignment,
  readings: readonly StepReading[],
  results: readonly StepResult[],
): StepResult[] {
  const folded = [...results];
  const lostAt = new Set<number>();
  const movedAt = new Set<number>();
  pairs.forEach((pair, i) => {
    const { bound } = pair;
    const lost = results[i];
    if (!bound || pair.doc || readings[i]?.kind !== 'not-documented' || !lost) return;
    let j = -1;
    pairs.forEach((other, k) => {
      const like = other.doc && !other.bound && !movedAt.has(k) ? similarity(other.doc, bound) : 0;
      const best = pairs[j]?.doc;
      if (like >= 0.3 && readings[k]?.kind === 'not-in-flow' && (!best || like > similarity(best, bound))) j = k;
    });
    const moved = pairs[j]?.doc;
    const gained = folded[j];
    if (!moved || !gained) return;
    const where = pairs
      .slice(0, i)
      .reverse()
      .find((p) => p.doc)?.doc;
    const requiredAt = where ? `right after step ${where.shown}` : 'first';
    const { screenshot, outlined, a11y } = lost;
    folded[j] = {
      ...gained,
      stepId: bound.id,
      ...(screenshot !== undefined && { screenshot }),
      ...(outlined !== undefined && { outlined }),
      ...(a11y && { a11y }),
      message: `out of order: the page documents this step (${bound.id}) as step ${moved.shown}, but the product requires it ${requiredAt}`,
    };
    lostAt.add(i);
    movedAt.add(j);
  });
  return folded.filter((_, i) => !lostAt.has(i));
}

/** The verdicts on one procedure's steps, moves told as such, and a drift for requests the backend did not know. */
export function judgeSteps(
  readings: readonly StepReading[],
  alignment: Alignment,
  locale: string,
  unhandled: readonly string[],
): StepResult[] {
  const results = foldMoves(
    alignment,
    readings,
    readings.map((reading, i) => judgeStep(reading, i, locale)),
  );
  if (unhandled.length > 0)
    results.push({
      n: 0,
      status: 'drift',
      expected: [],
      actual: [],
      line: alignment.procedure.line,
      message: `the product made API requests the mocked backend does not know: ${unhandled.join(', ')}`,
    });
  return results;
}

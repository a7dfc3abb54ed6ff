import type { Label } from '../parser';
import type { AriaNode } from './aria';

export interface LabelCheck {
  /** The documented label, as the page writes it. */
  expected: string;
  /** What the screen showed for it: the same text when found, else the nearest candidate. */
  actual: string | undefined;
  found: boolean;
}

const PRESSABLE = new Set(['button', 'link', 'menuitem', 'tab', 'option', 'radio', 'checkbox', 'switch']);

/** Levenshtein distance over code points; labels are short. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length] ?? 0;
}

function nearest(target: string, candidates: readonly string[], limit = 0.75): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(target.toLowerCase(), c.toLowerCase()) / Math.max(target.length, c.length, 1);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore <= limit ? best : undefined;
}

/**
 * Checks each documented label of a step against the accessible names the step put on screen, exactly
 * (case and spacing count). A menu path needs each of its parts; an English label kept with a gloss matches
 * either. A missing label is paired with the nearest thing on screen: first a control the step acted on that
 * no documented label accounts for (the renamed button), else the closest name.
 */
export function checkLabels(expected: readonly Label[], seen: readonly string[], acted: readonly AriaNode[]): LabelCheck[] {
  const names = new Set(seen);
  const wanted = new Set(expected.flatMap((l) => [...l.path, l.text, ...(l.gloss ? [l.gloss] : [])]));
  // Documented labels name what the user presses, so pressed controls come first as the likely rename.
  const pressable = acted.filter((n) => PRESSABLE.has(n.role));
  const unexplained = (pressable.length > 0 ? pressable : acted).map((n) => n.name).filter((n): n is string => !!n && !wanted.has(n));
  const checks: LabelCheck[] = [];
  for (const label of expected) {
    const parts = label.path.length > 1 ? label.path : [label.text];
    for (const part of parts) {
      const options = label.path.length > 1 ? [part] : [part, ...(label.gloss ? [label.gloss] : [])];
      const hit = options.find((o) => names.has(o));
      if (hit) checks.push({ expected: part, actual: hit, found: true });
      else {
        // One pressed control no documented label explains is the renamed one, whatever its new name.
        const blamed = unexplained.length === 1 ? unexplained[0] : nearest(part, unexplained);
        checks.push({ expected: part, actual: blamed ?? nearest(part, [...names]), found: false });
      }
    }
  }
  return checks;
}

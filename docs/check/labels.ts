import type { Label } from '../parser';
import { namesOf, reachedFrom, type AriaNode } from './aria';

export interface LabelCheck {
  /** The documented label, as the page writes it. */
  expected: string;
  /** What the screen showed for it: the same text when found, else the nearest candidate. */
  actual: string | undefined;
  found: boolean;
  /** Why a label that is on screen still does not hold (pressed elsewhere, only text, not on its path). */
  why?: string;
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

const PLACES = new Set(['heading', 'region', 'navigation', 'tab', 'tablist', 'menu', 'menubar', 'group', 'dialog', 'alertdialog', 'article', 'list', 'table', 'form', 'combobox', 'listbox', 'main', 'complementary']);

/** What a step showed, for checking its labels: screens (each a flat tree with depth), pressed controls, typed text. */
export interface Seen {
  captures: readonly { nodes: readonly AriaNode[] }[];
  acted: readonly AriaNode[];
  typed: readonly string[];
}

/** Is `child` reached from a node named `parent` on one screen (its subtree, or what its toggle expands)? */
function pathHolds(seen: Seen, parts: readonly string[]): boolean {
  return seen.captures.some(({ nodes }) => {
    let scope: readonly AriaNode[] = nodes;
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1) return scope.some((n) => n.name === part);
      const at = nodes.findIndex((n) => scope.includes(n) && n.name === part);
      if (at < 0) return false;
      scope = reachedFrom(nodes, at);
    }
    return false;
  });
}

/**
 * Checks each documented label of a step against what the step met, exactly (case and spacing count):
 * - a label the step presses must be the accessible name of the control it pressed (or the option it chose);
 * - a label it names as a place must be a heading, region, tab, menu or other landmark on one of its screens;
 * - a menu path holds as a path: each part is reached from the one before it;
 * - an English label kept with a gloss matches either; text the harness typed never counts.
 * A missing label is paired with what the screen shows instead: a control the step pressed that no documented
 * label accounts for (the renamed button), else the closest name.
 */
export function checkLabels(expected: readonly Label[], seen: Seen): LabelCheck[] {
  const typed = new Set(seen.typed);
  const nodes = seen.captures.flatMap((c) => c.nodes).filter((n) => !(n.name && typed.has(n.name)));
  const acted = seen.acted.filter((n) => !(n.name && typed.has(n.name)));
  const pressedNames = new Set(acted.map((n) => n.name).filter((n): n is string => !!n));
  const placeNames = new Set(nodes.filter((n) => PLACES.has(n.role)).map((n) => n.name).filter((n): n is string => !!n));
  const pressableOnScreen = new Set(nodes.filter((n) => PRESSABLE.has(n.role)).map((n) => n.name).filter((n): n is string => !!n));
  const shown = namesOf(nodes).filter((n) => !typed.has(n));
  const wanted = new Set(expected.flatMap((l) => [...l.path, l.text, ...(l.gloss ? [l.gloss] : [])]));
  const pressable = acted.filter((n) => PRESSABLE.has(n.role));
  const unexplained = (pressable.length > 0 ? pressable : acted).map((n) => n.name).filter((n): n is string => !!n && !wanted.has(n));
  const blame = (part: string) => (unexplained.length === 1 ? unexplained[0] : nearest(part, unexplained)) ?? nearest(part, shown);

  const checks: LabelCheck[] = [];
  for (const label of expected) {
    if (label.path.length > 1) {
      const missing = label.path.find((part) => !nodes.some((n) => n.name === part));
      if (missing !== undefined) checks.push({ expected: missing, actual: blame(missing), found: false });
      else if (!pathHolds(seen, label.path)) checks.push({ expected: label.text, actual: undefined, found: false, why: `**${label.path[label.path.length - 1] ?? ''}** is on screen but not reached from **${label.path.slice(0, -1).join(' > ')}**` });
      else checks.push({ expected: label.text, actual: label.text, found: true });
      continue;
    }
    const options = [label.text, ...(label.gloss ? [label.gloss] : [])];
    const hit = options.find((o) => pressedNames.has(o) || placeNames.has(o));
    if (hit) {
      checks.push({ expected: label.text, actual: hit, found: true });
      continue;
    }
    const idle = options.find((o) => pressableOnScreen.has(o));
    if (idle !== undefined) {
      const pressed = unexplained[0];
      checks.push({ expected: label.text, actual: pressed, found: false, why: `**${idle}** is on screen but the step ${pressed ? `selects **${pressed}**` : 'does not select it'}` });
      continue;
    }
    const asText = options.find((o) => shown.includes(o));
    if (asText !== undefined) checks.push({ expected: label.text, actual: asText, found: false, why: `**${asText}** is only text on screen, not a control or a heading, region, tab or menu` });
    else checks.push({ expected: label.text, actual: blame(label.text), found: false });
  }
  return checks;
}

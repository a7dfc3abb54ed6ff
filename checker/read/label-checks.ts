import type { Label } from '../parser';
import { namesOf, reachedFrom, type AriaNode } from './aria';
import { alternativesCheck, exampleCheck, type StepNames } from './label-alternatives';
import { nearestLabel } from './nearest-label';
import type { ReadonlyObservation } from './observation';

export interface LabelCheck {
  /** The documented label, as the page writes it. */
  expected: string;
  /** What the screen showed for it: the same text when found, else the nearest candidate. */
  actual: string | undefined;
  found: boolean;
  /** Why a label that is on screen still does not hold (pressed elsewhere, only text, not on its path). */
  why?: string;
  /**
   * The label or menu path as the page writes it and as the product shows it, when the product's text is known
   * exactly (the control the step pressed, a heading or region on its screens, the path it took): what a patch
   * of the page may write. A guess from the text on screen is never one.
   */
  fix?: { kind: 'label' | 'path'; documented: string; product: string };
}

/** Every name a label gives: its menu path, its text, its alternatives or examples, its gloss. */
export const namesOfLabel = (l: Label): string[] => [
  ...l.path,
  l.text,
  ...(l.anyOf ?? []),
  ...(l.gloss ? [l.gloss] : []),
];

const PRESSABLE = new Set(['button', 'link', 'menuitem', 'tab', 'option', 'radio', 'checkbox', 'switch']);

const PLACES = new Set([
  'heading',
  'region',
  'navigation',
  'tab',
  'tablist',
  'menu',
  'menubar',
  'group',
  'dialog',
  'alertdialog',
  'article',
  'list',
  'table',
  'form',
  'combobox',
  'listbox',
  'main',
  'complementary',
]);

/** Is `child` reached from a node named `parent` on one screen (its subtree, or what its toggle expands)? */
function pathHolds(seen: ReadonlyObservation, parts: readonly string[]): boolean {
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

const STEPS_ON = new Set(['button', 'link', 'menuitem', 'tab', 'treeitem']);

/**
 * The menu path the product takes to `last`, as long as the documented one: each part the nearest control
 * before it from which it is reached (a toggle's list, a menu's entries), on the first screen where the whole
 * path is there.
 */
export function productPath(seen: ReadonlyObservation, last: string, length: number): string[] | undefined {
  for (const { nodes } of seen.captures) {
    const at = nodes.findIndex((n) => n.name === last && STEPS_ON.has(n.role));
    if (at < 0) continue;
    const path = [last];
    let cur = at;
    while (path.length < length) {
      let parent = -1;
      for (let j = cur - 1; j >= 0 && parent < 0; j--) {
        const n = nodes[j];
        if (n?.name && STEPS_ON.has(n.role) && reachedFrom(nodes, j).includes(nodes[cur] as AriaNode)) parent = j;
      }
      if (parent < 0) break;
      path.unshift(nodes[parent]?.name ?? '');
      cur = parent;
    }
    if (path.length === length) return path;
  }
  return undefined;
}

/**
 * Pairs the labels the step did not find with the product's own text: the flow step's labels that no documented
 * label accounts for and that the step pressed or met as a place. One left on each side are each other; with
 * several, a label keeps the one it was already paired with. Text that only resembles a label is never enough.
 */
function productTexts(
  expected: readonly Label[],
  checks: LabelCheck[],
  productLabels: readonly string[],
  screen: { names: Set<string | undefined>; pressed: Set<string>; places: Set<string> },
  pathFix: (label: Label, last: string) => Pick<LabelCheck, 'fix'>,
): void {
  const accounted = new Set<string>();
  checks.forEach((c, i) => {
    const label = expected[i];
    if (!label) return;
    for (const text of namesOfLabel(label)) if (screen.names.has(text)) accounted.add(text);
    for (const part of c.fix?.product.split(' > ') ?? []) accounted.add(part);
  });
  const candidates = productLabels.filter((p) => !accounted.has(p) && (screen.pressed.has(p) || screen.places.has(p)));
  const open = checks.map((c, i) => ({ c, label: expected[i] })).filter(({ c }) => !c.found && !c.why && !c.fix);
  for (const { c, label } of open) {
    if (!label) continue;
    const product =
      open.length === 1 && candidates.length === 1 ? candidates[0] : candidates.find((p) => p === c.actual);
    if (product === undefined) continue;
    candidates.splice(candidates.indexOf(product), 1);
    const last = label.path[label.path.length - 1] ?? '';
    // A path whose last part is gone: the product's path to the control it became.
    const fix =
      label.path.length > 1
        ? c.expected === last
          ? pathFix(label, product).fix
          : undefined
        : { kind: 'label' as const, documented: label.text, product };
    if (!fix) continue;
    c.fix = fix;
    c.actual = label.path.length > 1 ? product : fix.product;
  }
}

/** Whether the step pressed each part of `path`, in its order (other presses between them allowed). */
function pressedInOrder(path: readonly string[], acted: readonly AriaNode[]): boolean {
  let next = 0;
  for (const n of acted) if (next < path.length && n.name === path[next] && PRESSABLE.has(n.role)) next++;
  return next === path.length;
}

/**
 * Checks each documented label of a step against what the step met, exactly (case and spacing count):
 * - a label the step presses must be the accessible name of the control it pressed (or the option it chose);
 * - a label it names as a place must be a heading, region, tab, menu or other landmark on one of its screens;
 * - a menu path holds as a path: each part is reached from the one before it, or the step pressed each in order;
 * - an English label kept with a gloss matches either; text the harness typed never counts;
 * - of alternatives ("**Add**, **Update** or **Change**") any one is enough; each example given must be on screen.
 * A missing label is paired with what the screen shows instead: a control the step pressed that no documented
 * label accounts for (the renamed button), else the closest name. Given the flow step's own labels, a label or
 * path whose product text is certain carries it as `fix`.
 */
export function checkLabels(
  expected: readonly Label[],
  seen: ReadonlyObservation,
  productLabels?: readonly string[],
): LabelCheck[] {
  const typed = new Set(seen.typed);
  const nodes = seen.captures.flatMap((c) => c.nodes).filter((n) => !(n.name && typed.has(n.name)));
  const acted = seen.acted.filter((n) => !(n.name && typed.has(n.name)));
  const pressedNames = new Set(acted.map((n) => n.name).filter((n): n is string => !!n));
  const placeNames = new Set(
    nodes
      .filter((n) => PLACES.has(n.role))
      .map((n) => n.name)
      .filter((n): n is string => !!n),
  );
  const pressableOnScreen = new Set(
    nodes
      .filter((n) => PRESSABLE.has(n.role))
      .map((n) => n.name)
      .filter((n): n is string => !!n),
  );
  const shown = namesOf(nodes).filter((n) => !typed.has(n));
  const wanted = new Set(expected.flatMap(namesOfLabel));
  const pressable = acted.filter((n) => PRESSABLE.has(n.role));
  const unexplained = (pressable.length > 0 ? pressable : acted)
    .map((n) => n.name)
    .filter((n): n is string => !!n && !wanted.has(n));
  const blame = (part: string) =>
    (unexplained.length === 1 ? unexplained[0] : nearestLabel(part, unexplained)) ?? nearestLabel(part, shown);
  const pathFix = (label: Label, last: string): Pick<LabelCheck, 'fix'> => {
    const path = productPath(seen, last, label.path.length);
    if (!path || path.join(' > ') === label.path.join(' > ')) return {};
    if (productLabels && !path.every((p) => productLabels.includes(p))) return {};
    return { fix: { kind: 'path', documented: label.text, product: path.join(' > ') } };
  };
  const names: StepNames = {
    pressed: pressedNames,
    places: placeNames,
    pressable: pressableOnScreen,
    shown,
    unexplained,
    wanted,
    productLabels,
    blame,
  };

  const checks: LabelCheck[] = [];
  for (const label of expected) {
    // A path the step took part by part ("Select **Benefits**, then **Go-To-Market**") holds as the user walked it.
    if (label.path.length > 1 && pressedInOrder(label.path, acted)) {
      checks.push({ expected: label.text, actual: label.text, found: true });
      continue;
    }
    if (label.path.length > 1) {
      const missing = label.path.find((part) => !nodes.some((n) => n.name === part));
      const last = label.path[label.path.length - 1] ?? '';
      if (missing !== undefined)
        checks.push({
          expected: missing,
          actual: blame(missing),
          found: false,
          ...(missing !== last ? pathFix(label, last) : {}),
        });
      else if (!pathHolds(seen, label.path)) {
        // The path the product takes instead, when it is certain, is what the screen shows for it.
        const { fix } = pathFix(label, last);
        checks.push({
          expected: label.text,
          actual: fix?.product,
          found: false,
          why: `**${last}** is on screen but not reached from **${label.path.slice(0, -1).join(' > ')}**`,
          ...(fix && { fix }),
        });
      } else checks.push({ expected: label.text, actual: label.text, found: true });
      continue;
    }
    checks.push(label.example ? exampleCheck(label, nodes, shown) : alternativesCheck(label, names));
  }
  if (productLabels)
    productTexts(
      expected,
      checks,
      productLabels,
      { names: new Set(nodes.map((n) => n.name)), pressed: new Set(unexplained), places: placeNames },
      pathFix,
    );
  return checks;
}

import type { Label } from '../parser';
import type { AriaNode } from './aria';
import type { LabelCheck } from './label-checks';
import { nearestLabel } from './nearest-label';

/** What a step met, by name, that a label of one name (or of alternatives, or examples) is read against. */
export interface StepNames {
  /** The controls the step pressed. */
  pressed: ReadonlySet<string>;
  /** The headings, regions, tabs, menus and other landmarks on its screens. */
  places: ReadonlySet<string>;
  /** The controls on its screens that can be pressed. */
  pressable: ReadonlySet<string>;
  /** Every name on its screens but the text the harness typed. */
  shown: readonly string[];
  /** What the step pressed (else acted on) that no documented label of the step names. */
  unexplained: readonly string[];
  /** Every name the step's documented labels give. */
  wanted: ReadonlySet<string>;
  /** The flow step's own labels, when known: the alternatives the product offers. */
  productLabels: readonly string[] | undefined;
  /** What the screen shows in place of a name it lacks. */
  blame: (name: string) => string | undefined;
}

/** "**Add**, **Update** or **Change**", as a message names a group of labels. */
function listed(names: readonly string[], or: string): string {
  const bold = names.map((n) => `**${n}**`);
  return bold.length < 2 ? (bold[0] ?? '') : `${bold.slice(0, -1).join(', ')} ${or} ${bold.at(-1) ?? ''}`;
}

/**
 * A label the page gives as an example ("such as **Silver Core** or **Gold Core**") names what the product shows:
 * each example must be on one of the step's screens, as a name or a text of its own.
 */
export function exampleCheck(label: Label, nodes: readonly AriaNode[], shown: readonly string[]): LabelCheck {
  const seen = new Set(nodes.flatMap((n) => [n.name, n.text]).filter((t): t is string => !!t));
  const examples = label.anyOf ?? [label.text];
  const missing = examples.filter((e) => !seen.has(e));
  const first = missing[0];
  if (first === undefined) return { expected: label.text, actual: label.text, found: true };
  const [are, them] = missing.length > 1 ? ['are', 'them'] : ['is', 'it'];
  return {
    expected: first,
    actual: nearestLabel(first, shown),
    found: false,
    why: `${listed(missing, 'and')} ${are} not on screen, though the page gives ${them} as an example`,
  };
}

/**
 * A label of one name, or of alternatives ("**Add**, **Update** or **Change**"), or kept in English with a gloss:
 * any one of its names seen as the step's control or place holds it, unless the product offers an alternative the
 * page leaves out. Else what the screen shows instead: the name as an idle control, as mere text, or another name.
 */
export function alternativesCheck(label: Label, met: StepNames): LabelCheck {
  // Alternatives: any one of them seen as the step's control or place is the step as documented.
  const options = [...(label.anyOf ?? [label.text]), ...(label.gloss ? [label.gloss] : [])];
  const hit = options.find((o) => met.pressed.has(o) || met.places.has(o));
  // The alternatives the product offers at this step are its flow step's labels: one the page leaves out is drift.
  const left = label.anyOf ? (met.productLabels ?? []).filter((p) => !met.wanted.has(p)) : [];
  if (hit && left.length > 0)
    return {
      expected: label.text,
      actual: hit,
      found: false,
      why: `the product also offers ${listed(left, 'and')} here, which the page leaves out of ${listed(label.anyOf ?? [], 'or')}`,
    };
  if (hit) return { expected: label.text, actual: hit, found: true };
  const idle = options.find((o) => met.pressable.has(o));
  if (idle !== undefined) {
    const pressed = met.unexplained[0];
    return {
      expected: label.text,
      actual: pressed,
      found: false,
      why: `**${idle}** is on screen but the step ${pressed ? `selects **${pressed}**` : 'does not select it'}`,
    };
  }
  const asText = options.find((o) => met.shown.includes(o));
  if (asText !== undefined)
    return {
      expected: label.text,
      actual: asText,
      found: false,
      why: `**${asText}** is only text on screen, not a control or a heading, region, tab or menu`,
    };
  if (label.anyOf && label.anyOf.length > 1) {
    const actual = met.unexplained[0] ?? nearestLabel(label.text, met.shown);
    const group = listed(label.anyOf, 'or');
    return {
      expected: label.text,
      actual,
      found: false,
      why: actual ? `the screen shows **${actual}** where the doc says ${group}` : `none of ${group} is on screen`,
    };
  }
  return { expected: label.text, actual: met.blame(label.text), found: false };
}

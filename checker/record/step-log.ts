import type { Action } from '../../pages/screen';
import type { AriaNode } from '../read/aria';
import { outlineBox, type Box } from '../screens/outline';
import type { Capture, Observation } from './observe';

/** The screen before an action (or as the step ends): its accessibility tree and, where it was taken, its image. */
export interface Look {
  capture: Capture;
  image?: Buffer;
  /** The control about to be used, where it was on the image; null when it was gone or hidden by then. */
  box?: Box | null;
  /** Whether the action had a control (a navigation has none) and what the control is called. */
  target: boolean;
  name?: string;
  /** The image with the control outlined, drawn once however many pages' readings pick this look. */
  outlined?: Buffer;
}

/** One action of a step as the product met it. */
export interface LoggedAction {
  kind: Action['kind'];
  /** The control acted on, as the accessibility tree names it. */
  node?: AriaNode;
  /** A selection's option. */
  choice?: string;
  /** What was typed: never a label the product shows. */
  typed?: string;
  /** The screen just before, for every action but typing (where the screen's controls do not change). */
  look?: Look;
}

/**
 * Everything one flow step showed, independent of any page's wording: which screen a page's reading of the step
 * is about depends on the labels that page names, so that choice is made afterwards (observationOf), and one log
 * serves every edited copy of a page.
 */
export interface StepLog {
  actions: LoggedAction[];
  end?: Look;
  /** The step stopped on an error, perhaps while taking a look: its reading shows what there is and reports the error. */
  failed?: true;
}

/** Which actions' looks a reading of the step takes its screenshot from: the documented press, else the first other press. */
interface Picks {
  shot?: number;
  pressed?: number;
}

const looksAt = (a: LoggedAction) => a.kind !== 'fill' && a.kind !== 'type';
const isDocumentedPress = (a: LoggedAction, documented: ReadonlySet<string>) =>
  (!!a.node?.name && documented.has(a.node.name)) ||
  (a.kind === 'select' && a.choice !== undefined && documented.has(a.choice));

function pick(actions: readonly LoggedAction[], documented: ReadonlySet<string>): Picks {
  const picks: Picks = {};
  actions.forEach((a, i) => {
    const documentedPress = isDocumentedPress(a, documented);
    // The screen just before the documented control is pressed is the one the step is about; when the step
    // presses a control the page does not name (a renamed button), the screen before that press shows the drift.
    if (documentedPress && looksAt(a) && picks.shot === undefined) picks.shot = i;
    else if (a.kind === 'click' && !documentedPress && picks.shot === undefined && picks.pressed === undefined)
      picks.pressed = i;
  });
  return picks;
}

/** Whether a reading with `documented` labels takes its screenshot before the newest action of `actions`, or, with `end`, as the step ends. */
export function needsImage(actions: readonly LoggedAction[], documented: ReadonlySet<string>, end = false): boolean {
  const { shot, pressed } = pick(actions, documented);
  return end
    ? shot === undefined && pressed === undefined
    : shot === actions.length - 1 || pressed === actions.length - 1;
}

function imageOf(look: Look, log: StepLog): Buffer | undefined {
  if (!look.image && log.failed) return undefined;
  if (!look.image)
    throw new Error(`the screen at ${look.capture.url} was not kept as an image for this reading of the step`);
  if (!look.box) return look.image;
  look.outlined ??= outlineBox(look.image, look.box);
  return look.outlined;
}

/** What the step showed a page that names `documented`: its screens, what it acted on and typed, its screenshot. */
export function observationOf(log: StepLog, documented: readonly string[]): Observation {
  const names = new Set(documented);
  const obs: Observation = { captures: [], acted: [], typed: [] };
  for (const a of log.actions) {
    if (a.node) obs.acted.push(a.node);
    if (a.kind === 'select' && a.choice !== undefined) obs.acted.push({ role: 'option', name: a.choice });
    if (a.typed !== undefined) obs.typed.push(a.typed);
    // Typing and choosing change a field's value, not the screen's controls and headings.
    if (a.look && !(a.kind === 'select' && !isDocumentedPress(a, names))) obs.captures.push(a.look.capture);
  }
  const { shot, pressed } = pick(log.actions, names);
  const at = shot ?? pressed;
  const chosen = at === undefined ? undefined : log.actions[at]?.look;
  if (chosen) {
    const image = imageOf(chosen, log);
    if (image) obs.screenshot = image;
    if (chosen.target && chosen.name !== undefined) obs.outlined = chosen.name;
  }
  if (log.end) {
    obs.captures.push(log.end.capture);
    const image = chosen ? undefined : imageOf(log.end, log);
    if (image) obs.screenshot = image;
  }
  return obs;
}

import type { Action } from '../../pages/screen';
import type { AriaNode } from '../read/aria';
import type { Box } from '../screens/outline';
import type { Capture } from './recorder';

/** The screen before an action (or as the step ends): its accessibility tree and, where it was taken, its image. */
export interface RecordedScreen {
  capture: Capture;
  image?: Buffer;
  /** The control about to be used, where it was on the image; null when it was gone or hidden by then. */
  box?: Box | null;
  /** Whether the action had a control (a navigation has none) and what the control is called. */
  target: boolean;
  name?: string;
  /** The image with the control outlined, kept for the other pages' readings that pick this look (the same bytes). */
  outlined?: Buffer;
}

/**
 * Where a pressed control was on the screen, and the row that holds it (the nearest table row or list item around
 * it): what a page that names a control by its place ("the down arrow at the far right of the row") is checked by.
 */
export interface Placement {
  box: Box;
  row?: Box;
}

/** One action of a step as the product met it. */
export interface RecordedAction {
  kind: Action['kind'];
  /** The control acted on, as the accessibility tree names it. */
  node?: AriaNode;
  /** Where the pressed control was, just before the press. */
  place?: Placement;
  /** A selection's option. */
  choice?: string;
  /** What was typed: never a label the product shows. */
  typed?: string;
  /** The screen just before, for every action but typing (where the screen's controls do not change). */
  look?: RecordedScreen;
}

/**
 * Everything one flow step showed, independent of any page's wording: which screen a page's reading of the step
 * is about depends on the labels that page names, so that choice is made afterwards (read/observation.ts), and one log
 * serves every edited copy of a page.
 */
export interface StepRecord {
  actions: RecordedAction[];
  end?: RecordedScreen;
  /** The step stopped on an error, perhaps while taking a look: its reading shows what there is and reports the error. */
  failed?: true;
}

/** Which actions' looks a reading of the step takes its screenshot from: the documented press, else the first other press. */
export interface Picks {
  shot?: number;
  pressed?: number;
}

const looksAt = (a: RecordedAction) => a.kind !== 'fill' && a.kind !== 'type';
export const isDocumentedPress = (a: RecordedAction, documented: ReadonlySet<string>) =>
  (!!a.node?.name && documented.has(a.node.name)) ||
  (a.kind === 'select' && a.choice !== undefined && documented.has(a.choice));

export function pick(actions: readonly RecordedAction[], documented: ReadonlySet<string>): Picks {
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
export function needsImage(actions: readonly RecordedAction[], documented: ReadonlySet<string>, end = false): boolean {
  const { shot, pressed } = pick(actions, documented);
  return end
    ? shot === undefined && pressed === undefined
    : shot === actions.length - 1 || pressed === actions.length - 1;
}

/**
 * Whether a record holds every screenshot a reading with `documented` labels takes: true of a record made for
 * every page (one before every press), and of one made for a page that names the same controls at this step.
 */
export function hasImagesFor(record: StepRecord, documented: ReadonlySet<string>): boolean {
  const { actions, end } = record;
  const lacking = actions.some((a, i) => a.look && !a.look.image && needsImage(actions.slice(0, i + 1), documented));
  return !lacking && !(end && !end.image && needsImage(actions, documented, true));
}

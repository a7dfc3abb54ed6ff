import { outlineBox } from '../screens/outline';
import type { AriaNode } from './aria';
import type { Capture } from '../record/recorder';
import { isDocumentedPress, pick, type Placement, type RecordedScreen, type StepRecord } from '../record/step-record';

/** What one documented step put in front of the user: every screen it passed through, and what it acted on. */
export interface Observation {
  captures: Capture[];
  /** The controls the step pressed or chose in, in order; a chosen option as `option "label"`. */
  acted: AriaNode[];
  /** What the harness typed during the step: never a label the product shows. */
  typed: string[];
  /** The controls the step pressed whose place was recorded, with where they were and the row that held them. */
  placed?: Placed[];
  screenshot?: Buffer;
  /** The name of the control outlined on the screenshot: the one the step was about to use. */
  outlined?: string;
}

/** A pressed control and where it was. */
export interface Placed extends Placement {
  node: AriaNode;
}

/** The parts of an observation a label is checked against, read only. */
export interface ReadonlyObservation {
  captures: readonly { nodes: readonly AriaNode[] }[];
  acted: readonly AriaNode[];
  typed: readonly string[];
}

async function imageOf(look: RecordedScreen, record: StepRecord): Promise<Buffer | undefined> {
  if (!look.image && record.failed) return undefined;
  if (!look.image)
    throw new Error(`the screen at ${look.capture.url} was not kept as an image for this reading of the step`);
  if (!look.box) return look.image;
  look.outlined ??= await outlineBox(look.image, look.box);
  return look.outlined;
}

/** What the step showed a page that names `documented`: its screens, what it acted on and typed, its screenshot. */
export async function observationOf(record: StepRecord, documented: readonly string[]): Promise<Observation> {
  const names = new Set(documented);
  const obs: Observation = { captures: [], acted: [], typed: [] };
  for (const a of record.actions) {
    if (a.node) obs.acted.push(a.node);
    if (a.node && a.place) (obs.placed ??= []).push({ node: a.node, ...a.place });
    if (a.kind === 'select' && a.choice !== undefined) obs.acted.push({ role: 'option', name: a.choice });
    if (a.typed !== undefined) obs.typed.push(a.typed);
    // Typing and choosing change a field's value, not the screen's controls and headings.
    if (a.look && !(a.kind === 'select' && !isDocumentedPress(a, names))) obs.captures.push(a.look.capture);
  }
  const { shot, pressed } = pick(record.actions, names);
  const at = shot ?? pressed;
  const chosen = at === undefined ? undefined : record.actions[at]?.look;
  if (chosen) {
    const image = await imageOf(chosen, record);
    if (image) obs.screenshot = image;
    if (chosen.target && chosen.name !== undefined) obs.outlined = chosen.name;
  }
  if (record.end) {
    obs.captures.push(record.end.capture);
    const image = chosen ? undefined : await imageOf(record.end, record);
    if (image) obs.screenshot = image;
  }
  return obs;
}

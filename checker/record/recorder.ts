import type { Locator, Page } from '@playwright/test';
import { scaled } from '../../harness/settings/timeouts';
import { hookPage, type Action } from '../../pages/screen';
import { parseAriaSnapshot, type AriaNode } from '../read/aria';
import type { Box } from '../screens/outline';
import { needsImage, type Placement, type RecordedAction, type RecordedScreen, type StepRecord } from './step-record';
import { ApiActivity } from './settle';

/** One look at the screen during a step: its accessibility tree (flat, with depth) and where it was. */
export interface Capture {
  nodes: AriaNode[];
  /** The tree as text: sentences are searched in it. */
  text: string;
  url: string;
}

/** The control's box in the viewport as it is at this moment, or null when it is not there or not rendered. */
async function boxNow(target: Locator): Promise<Box | null> {
  const box = await target
    .evaluateAll((elements) => {
      const rect = elements[0]?.getBoundingClientRect();
      return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    })
    .catch(() => undefined);
  return box && box.width > 0 && box.height > 0 ? box : null;
}

/** The pressed control's box and its row's (the nearest table row or list item around it), as they are now. */
async function placeNow(target: Locator): Promise<Placement | undefined> {
  const place = await target
    // No named function inside: the page runs this source as written, without the helpers a build adds to names.
    .evaluateAll((elements) =>
      elements.slice(0, 1).map((element) => {
        const rects = [element, element.parentElement?.closest('tr, [role="row"], li, [role="listitem"]')].map(
          (e) => e && e.getBoundingClientRect(),
        );
        return rects.map((r) => r && { x: r.x, y: r.y, width: r.width, height: r.height });
      }),
    )
    .then(([found]) => {
      const [box, row] = found ?? [];
      return box ? { box, ...(row && { row }) } : undefined;
    })
    .catch(() => undefined);
  return place && place.box.width > 0 && place.box.height > 0 ? place : undefined;
}

/**
 * Looks over the page objects' shoulder through their explicit action hook: before each action of a step
 * the screen is captured, so a label is checked on the screen where the step meets it, not only where it ends.
 * It logs what the product showed (step-record.ts); which of those screens a page's step is about is read from the
 * record afterwards, by the labels the page names.
 */
export class Recorder {
  private current: StepRecord | undefined;
  private documented: ReadonlySet<string> | undefined;
  private readonly unhook: () => void;
  private readonly activity: ApiActivity;

  /**
   * `onScreen` is told of each capture while the screen is still the one captured (the accessibility scan).
   * `places`: where each pressed control and its row were, for a page that names controls by their place
   * (read/positions.ts); a binding without such phrases never reads them, and the check skips a look per press.
   */
  constructor(
    private readonly page: Page,
    private readonly o: {
      onScreen?: (capture: Capture) => Promise<void>;
      places: boolean;
      /** Painted over in every screenshot (ProductSession.masked). */
      masked: readonly Locator[];
    },
  ) {
    this.unhook = hookPage(page, { onAction: (action) => this.beforeAction(action) });
    this.activity = new ApiActivity(page);
  }

  dispose(): void {
    this.unhook();
    this.activity.dispose();
  }

  private async beforeAction(action: Action): Promise<void> {
    const record = this.current;
    if (!record) return;
    const entry: RecordedAction = { kind: action.kind };
    if (action.target) {
      // A control that is not there is the action's failure to report, with its own message: don't wait long for
      // it here. One still loading is waited for, though: the screen it appears on is the one to capture, and a
      // loaded machine can take over a second to show it (the screenshot then came from the end of the step).
      const [node] = parseAriaSnapshot(await action.target.ariaSnapshot({ timeout: scaled(5_000) }).catch(() => ''));
      if (node) entry.node = node;
      if (action.kind === 'click' && this.o.places) {
        const place = await placeNow(action.target);
        if (place) entry.place = place;
      }
    }
    if (action.kind === 'select' && action.choice !== undefined) entry.choice = action.choice;
    if (action.typed !== undefined) entry.typed = action.typed;
    record.actions.push(entry);
    // Typing changes a field's value, not the screen's controls and headings: the screen is looked at before
    // each press, choice and navigation (and when the step ends), which is where it can change.
    if (action.kind === 'fill' || action.kind === 'type') return;
    // A navigation is never the pressed control of a screenshot; a press or a choice may be, for some page.
    const image = action.kind !== 'navigate' && (!this.documented || needsImage(record.actions, this.documented));
    entry.look = await this.look(image, action.target, entry.node?.name);
  }

  private async look(image: boolean, target?: Locator, name?: string): Promise<RecordedScreen> {
    // The screenshot shows the screen with its data, as every run shows it.
    if (image) await this.activity.settled();
    const text = await this.page.locator('body').ariaSnapshot();
    const look: RecordedScreen = {
      capture: { nodes: parseAriaSnapshot(text), text, url: this.page.url() },
      target: !!target,
      ...(name !== undefined && { name }),
    };
    if (image) {
      // Where the control is now, without waiting for it: a wait with a time limit outlines it on a quiet machine
      // and not on a loaded one (the same screen, other bytes). One that is gone or hidden is not outlined.
      look.box = target ? await boxNow(target) : null;
      // The screen as the user sees it, still (no animation mid-way, no caret). Nothing of the product is restyled
      // for it: a page restyled just before the capture is repainted there, and that repaint's anti-aliasing varies
      // from run to run (the same screen, other bytes). The outline is drawn on the image (outline.ts). The mask
      // is Playwright's overlay of flat boxes over the fields, added for the capture only; screens without the
      // fields came out byte for byte as before it.
      look.image = await this.page.screenshot({
        animations: 'disabled',
        caret: 'hide',
        scale: 'css',
        mask: [...this.o.masked],
      });
    }
    await this.o.onScreen?.(look.capture);
    return look;
  }

  /**
   * Runs `body` as one logged step; a step that fails still returns what it saw, with the error. With the labels
   * of the one page it is read for, only the screenshots that page's reading takes are taken; without, one before
   * every press and choice, so that any copy of the page can be read from the record.
   */
  async record(
    body: () => Promise<void>,
    documented?: readonly string[],
  ): Promise<{ record: StepRecord; error?: Error }> {
    const record: StepRecord = { actions: [] };
    this.current = record;
    this.documented = documented && new Set(documented);
    let error: Error | undefined;
    try {
      await body();
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    this.current = undefined;
    if (error) record.failed = true;
    const image = !this.documented || needsImage(record.actions, this.documented, true);
    const end = await this.look(image).catch(() => undefined);
    if (end) record.end = end;
    return error ? { record, error } : { record };
  }
}

import type { Locator, Page } from '@playwright/test';
import { hookPage, type Action } from '../../pages';
import { parseAriaSnapshot, type AriaNode } from './aria';
import { outlineBox } from './outline';
import { ApiActivity } from './settle';

/** One look at the screen during a step: its accessibility tree (flat, with depth) and where it was. */
export interface Capture {
  nodes: AriaNode[];
  /** The tree as text: sentences are searched in it. */
  text: string;
  url: string;
}

/** What one documented step put in front of the user: every screen it passed through, and what it acted on. */
export interface Observation {
  captures: Capture[];
  /** The controls the step pressed or chose in, in order; a chosen option as `option "label"`. */
  acted: AriaNode[];
  /** What the harness typed during the step: never a label the product shows. */
  typed: string[];
  screenshot?: Buffer;
  /** The name of the control outlined on the screenshot: the one the step was about to use. */
  outlined?: string;
  /** The screen before the step's first press of a control the page does not name: the drift's screen, if no other. */
  pressedScreenshot?: { image: Buffer; outlined?: string };
}

export const emptyObservation = (): Observation => ({ captures: [], acted: [], typed: [] });

/**
 * Looks over the page objects' shoulder through their explicit action hook: before each action of a step
 * the screen is captured, so a label is checked on the screen where the step meets it, not only where it ends.
 */
export class Recorder {
  private current: Observation | undefined;
  private documented = new Set<string>();
  private readonly unhook: () => void;
  private readonly activity: ApiActivity;

  /** `onScreen` is told of each capture while the screen is still the one captured (the accessibility scan). */
  constructor(
    private readonly page: Page,
    private readonly onScreen?: (capture: Capture) => Promise<void>,
  ) {
    this.unhook = hookPage(page, { onAction: (action) => this.beforeAction(action) });
    this.activity = new ApiActivity(page);
  }

  dispose(): void {
    this.unhook();
    this.activity.dispose();
  }

  private async beforeAction(action: Action): Promise<void> {
    const obs = this.current;
    if (!obs) return;
    let pressedDocumented = false;
    let name: string | undefined;
    if (action.target) {
      // A control that is not there is the action's failure to report, with its own message: don't wait long for
      // it here. One still loading is waited for, though: the screen it appears on is the one to capture, and a
      // loaded machine can take over a second to show it (the screenshot then came from the end of the step).
      const [node] = parseAriaSnapshot(await action.target.ariaSnapshot({ timeout: 5_000 }).catch(() => ''));
      if (node) {
        obs.acted.push(node);
        name = node.name;
        pressedDocumented = !!node.name && this.documented.has(node.name);
      }
    }
    if (action.kind === 'select' && action.choice !== undefined) {
      obs.acted.push({ role: 'option', name: action.choice });
      pressedDocumented ||= this.documented.has(action.choice);
    }
    if (action.typed !== undefined) obs.typed.push(action.typed);
    // Typing and choosing change a field's value, not the screen's controls and headings: the screen is looked at
    // before each press and navigation (and when the step ends), which is where it can change.
    if (action.kind === 'fill' || action.kind === 'type' || (action.kind === 'select' && !pressedDocumented)) return;
    // The screen just before the documented control is pressed is the one the step is about; when the step
    // presses a control the page does not name (a renamed button), the screen before that press shows the drift.
    const pressing = action.kind === 'click' ? action.target : undefined;
    await this.capture(obs, pressedDocumented && !obs.screenshot, action.target, name);
    if (pressing && !pressedDocumented && !obs.screenshot && !obs.pressedScreenshot) {
      await this.activity.settled();
      obs.pressedScreenshot = { image: await this.screenshot(pressing), ...(name !== undefined && { outlined: name }) };
    }
  }

  private async capture(obs: Observation, screenshot: boolean, target?: Locator, name?: string): Promise<void> {
    // The screenshot shows the screen with its data, as every run shows it.
    if (screenshot) await this.activity.settled();
    const text = await this.page.locator('body').ariaSnapshot();
    const capture = { nodes: parseAriaSnapshot(text), text, url: this.page.url() };
    obs.captures.push(capture);
    if (screenshot) {
      obs.screenshot = await this.screenshot(target);
      if (target && name !== undefined) obs.outlined = name;
    }
    await this.onScreen?.(capture);
  }

  /**
   * The screen as the user sees it, still (no animation mid-way, no caret), with the control about to be used
   * outlined on the image. Nothing on the page is changed for it: a page restyled just before the capture is
   * repainted there, and that repaint's anti-aliasing varies from run to run (the same screen, other bytes).
   */
  private async screenshot(target?: Locator): Promise<Buffer> {
    // A control that is gone or hidden by now is not outlined: the screen is still the step's.
    const box = target ? await target.boundingBox({ timeout: 1_000 }).catch(() => null) : null;
    const image = await this.page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    return box ? outlineBox(image, box) : image;
  }

  /** Runs `body` as one observed step; a step that fails still returns what it saw, with the error. */
  async observe(body: () => Promise<void>, documented: readonly string[] = []): Promise<{ observation: Observation; error?: Error }> {
    const obs = emptyObservation();
    this.current = obs;
    this.documented = new Set(documented);
    let error: Error | undefined;
    try {
      await body();
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    this.current = undefined;
    // A step whose documented control was never pressed: the screen before it pressed another, else as it ends.
    if (!obs.screenshot && obs.pressedScreenshot) {
      obs.screenshot = obs.pressedScreenshot.image;
      if (obs.pressedScreenshot.outlined !== undefined) obs.outlined = obs.pressedScreenshot.outlined;
    }
    await this.capture(obs, !obs.screenshot).catch(() => undefined);
    return error ? { observation: obs, error } : { observation: obs };
  }
}

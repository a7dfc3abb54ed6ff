import type { Page } from '@playwright/test';
import { hookPage, type Action } from '../../pages';
import { parseAriaSnapshot, type AriaNode } from './aria';
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
    if (action.target) {
      // A control that is not there is the action's failure to report, with its own message: don't wait long for
      // it here. One still loading is waited for, though: the screen it appears on is the one to capture, and a
      // loaded machine can take over a second to show it (the screenshot then came from the end of the step).
      const [node] = parseAriaSnapshot(await action.target.ariaSnapshot({ timeout: 5_000 }).catch(() => ''));
      if (node) {
        obs.acted.push(node);
        pressedDocumented = !!node.name && this.documented.has(node.name);
      }
    }
    if (action.kind === 'select' && action.choice !== undefined) {
      obs.acted.push({ role: 'option', name: action.choice });
      pressedDocumented ||= this.documented.has(action.choice);
    }
    if (action.typed !== undefined) obs.typed.push(action.typed);
    // The screen just before the documented control is pressed is the one the step is about.
    await this.capture(obs, pressedDocumented && !obs.screenshot);
  }

  private async capture(obs: Observation, screenshot: boolean): Promise<void> {
    // The screenshot shows the screen with its data, as every run shows it.
    if (screenshot) await this.activity.settled();
    const text = await this.page.locator('body').ariaSnapshot();
    const capture = { nodes: parseAriaSnapshot(text), text, url: this.page.url() };
    obs.captures.push(capture);
    // Still screens: no animation mid-way, no blinking caret, so the same screen gives the same image.
    if (screenshot) obs.screenshot = await this.page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
    await this.onScreen?.(capture);
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
    // A step whose documented control was never pressed (a URL, a menu path) is shown as it ends.
    await this.capture(obs, !obs.screenshot).catch(() => undefined);
    return error ? { observation: obs, error } : { observation: obs };
  }
}

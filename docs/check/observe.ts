import type { Locator, Page } from '@playwright/test';
import { parseAriaSnapshot, type AriaNode } from './aria';

/** What one documented step put in front of the user: every screen it passed through, and what it acted on. */
export interface Observation {
  nodes: AriaNode[];
  /** The controls the page objects acted on during the step, as `role "name"`. */
  acted: AriaNode[];
  /** The screen's accessibility tree as text, once per capture: sentences can be searched in it. */
  text: string[];
  urls: string[];
  screenshot?: Buffer;
}

const ACTIONS = ['click', 'dblclick', 'fill', 'selectOption', 'check', 'press'] as const;
const recorders = new WeakMap<Page, Recorder>();
let users = 0;
let restore: (() => void) | undefined;

/**
 * Looks over the page objects' shoulder: before each action of a step, the screen is snapshotted as the
 * accessibility tree, so a label is checked on the screen where the step meets it, not only where it ends.
 * The page objects stay unchanged; the check installs this for its run and removes it afterwards.
 */
export function installObserver(anyLocator: Locator): () => void {
  users++;
  if (!restore) {
    const proto = Object.getPrototypeOf(anyLocator) as Record<string, unknown>;
    const originals = ACTIONS.map((action) => [action, proto[action]] as const);
    for (const [action, original] of originals) {
      const call = original as (this: Locator, ...args: unknown[]) => Promise<unknown>;
      proto[action] = async function (this: Locator, ...args: unknown[]) {
        await recorders.get(this.page())?.beforeAction(this);
        return call.apply(this, args);
      };
    }
    restore = () => {
      for (const [action, original] of originals) proto[action] = original;
    };
  }
  // Put the page objects' locators back as they were once the last check is done, so specs that run later
  // in the same worker are not observed.
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--users === 0) {
      restore?.();
      restore = undefined;
    }
  };
}

export class Recorder {
  private current: Observation | undefined;
  private documented = new Set<string>();

  constructor(private readonly page: Page) {
    recorders.set(page, this);
  }

  start(documented: readonly string[] = []): void {
    this.current = { nodes: [], acted: [], text: [], urls: [] };
    this.documented = new Set(documented);
  }

  async beforeAction(target: Locator): Promise<void> {
    const obs = this.current;
    if (!obs) return;
    const [node] = parseAriaSnapshot(await target.ariaSnapshot());
    if (node) obs.acted.push(node);
    // The screen just before the documented control is pressed is the one the step is about.
    await this.capture(obs, !!node?.name && this.documented.has(node.name));
  }

  private async capture(obs: Observation, screenshot: boolean): Promise<void> {
    // The snapshot carries the screen's text as well, so one call serves the labels and the rules' sentences.
    const snapshot = await this.page.locator('body').ariaSnapshot();
    obs.nodes.push(...parseAriaSnapshot(snapshot));
    obs.text.push(snapshot);
    obs.urls.push(this.page.url());
    if (screenshot) obs.screenshot = await this.page.screenshot();
  }

  async stop(): Promise<Observation> {
    const obs = this.current ?? { nodes: [], acted: [], text: [], urls: [] };
    // A step whose documented control was never pressed (a URL, a menu path) is shown as it ends.
    await this.capture(obs, !obs.screenshot);
    this.current = undefined;
    return obs;
  }

  /** Runs `body` as one observed step; a step that fails still returns what it saw, with the error. */
  async observe(body: () => Promise<void>, documented: readonly string[] = []): Promise<{ observation: Observation; error?: Error }> {
    this.start(documented);
    let error: Error | undefined;
    try {
      await body();
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    return { observation: await this.stop().catch(() => ({ nodes: [], acted: [], text: [], urls: [] })), error };
  }
}

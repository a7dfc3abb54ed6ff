import type { Locator, Page } from '@playwright/test';
import { parseAriaSnapshot, type AriaNode } from './aria';

/** What one documented step put in front of the user: every screen it passed through, and what it acted on. */
export interface Observation {
  nodes: AriaNode[];
  /** The controls the page objects acted on during the step, as `role "name"`. */
  acted: AriaNode[];
  text: string[];
  urls: string[];
  screenshot?: Buffer;
}

const ACTIONS = ['click', 'dblclick', 'fill', 'selectOption', 'check', 'press'] as const;
const recorders = new WeakMap<Page, Recorder>();
let installed = false;

/**
 * Looks over the page objects' shoulder: before each action of a step, the screen is snapshotted as the
 * accessibility tree, so a label is checked on the screen where the step meets it, not only where it ends.
 * The page objects stay unchanged; only the check's own process installs this.
 */
export function installObserver(anyLocator: Locator): void {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(anyLocator) as Record<string, unknown>;
  for (const action of ACTIONS) {
    const original = proto[action] as (this: Locator, ...args: unknown[]) => Promise<unknown>;
    proto[action] = async function (this: Locator, ...args: unknown[]) {
      await recorders.get(this.page())?.beforeAction(this);
      return original.apply(this, args);
    };
  }
}

export class Recorder {
  private current: Observation | undefined;

  constructor(private readonly page: Page) {
    recorders.set(page, this);
  }

  start(): void {
    this.current = { nodes: [], acted: [], text: [], urls: [] };
  }

  async beforeAction(target: Locator): Promise<void> {
    const obs = this.current;
    if (!obs) return;
    obs.acted.push(...parseAriaSnapshot(await target.ariaSnapshot()).slice(0, 1));
    await this.capture(obs, true);
  }

  private async capture(obs: Observation, screenshot: boolean): Promise<void> {
    obs.nodes.push(...parseAriaSnapshot(await this.page.locator('body').ariaSnapshot()));
    obs.text.push(await this.page.locator('body').innerText());
    obs.urls.push(this.page.url());
    // The screen just before the step's last action shows what the step documents (the button to press).
    if (screenshot) obs.screenshot = await this.page.screenshot();
  }

  async stop(): Promise<Observation> {
    const obs = this.current ?? { nodes: [], acted: [], text: [], urls: [] };
    await this.capture(obs, !obs.screenshot);
    this.current = undefined;
    return obs;
  }

  /** Runs `body` as one observed step; a step that fails still returns what it saw, with the error. */
  async observe(body: () => Promise<void>): Promise<{ observation: Observation; error?: Error }> {
    this.start();
    let error: Error | undefined;
    try {
      await body();
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    return { observation: await this.stop().catch(() => ({ nodes: [], acted: [], text: [], urls: [] })), error };
  }
}

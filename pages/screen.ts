import type { Locator, Page } from '@playwright/test';

/** What a page object is about to do to a control: the docs check snapshots the screen at that moment. */
export interface Action {
  kind: 'click' | 'select' | 'fill' | 'type' | 'navigate';
  /** The control acted on; none for a navigation. */
  target?: Locator;
  /** For a selection, the option's label; for a navigation, the path. */
  choice?: string;
  /** What a fill types, so a tool can tell typed text from the product's labels. Card numbers are never filled. */
  typed?: string;
}

export type ActionListener = (action: Action) => Promise<void>;
/** Runs `body` as one named report step (Playwright's test.step inside a test). */
export type StepReporter = <T>(title: string, body: () => Promise<T>) => Promise<T>;

export interface PageHooks {
  /** Told of every action just before it happens (the docs check snapshots the screen then). */
  onAction?: ActionListener;
  /** Names a group of actions in the report (the suite's fixtures pass test.step). */
  step?: StepReporter;
}

const hooks = new WeakMap<Page, PageHooks>();

/**
 * Lets the suite or a tool watch what the page objects do on one page, through this explicit hook rather
 * than by wrapping Playwright's classes. Hooks of the same page are merged; the returned function removes them.
 */
export function hookPage(page: Page, added: PageHooks): () => void {
  const before = hooks.get(page) ?? {};
  hooks.set(page, { ...before, ...added });
  return () => hooks.set(page, before);
}

export function hooksOf(page: Page): PageHooks {
  return hooks.get(page) ?? {};
}

/**
 * Base of every page object: the user's actions go through these methods, so whoever listens sees each
 * control just before it is used. Page objects act; they never assert.
 */
export abstract class Screen {
  /** All of the screen: every landmark and whatever sits outside them, as a screen contract describes it. */
  readonly everything: Locator;

  constructor(public readonly page: Page) {
    // eslint-disable-next-line playwright/no-raw-locators -- no role names the page as a whole; its body is all of it
    this.everything = page.locator('body');
  }

  private async announce(action: Action): Promise<void> {
    await hooksOf(this.page).onAction?.(action);
  }

  /** A group of actions under one report step, where the page is reported (the suite), else just the body. */
  protected step<T>(title: string, body: () => Promise<T>): Promise<T> {
    const step = hooksOf(this.page).step;
    return step ? step(title, body) : body();
  }

  protected async click(target: Locator): Promise<void> {
    await this.announce({ kind: 'click', target });
    await target.click();
  }

  /** Two presses delivered to the control itself before the product answers the first, as an impatient user makes. */
  protected async clickTwice(target: Locator): Promise<void> {
    await this.announce({ kind: 'click', target });
    await target.evaluate((element: HTMLElement) => {
      element.click();
      element.click();
    });
  }

  /** Chooses an option by its value or its label. */
  protected async select(target: Locator, option: string): Promise<void> {
    await this.announce({ kind: 'select', target, choice: option });
    await target.selectOption(option);
  }

  protected async fill(target: Locator, value: string): Promise<void> {
    await this.announce({ kind: 'fill', target, typed: value });
    await target.fill(value);
  }

  protected async navigate(path: string): Promise<void> {
    await this.announce({ kind: 'navigate', choice: path });
    await this.page.goto(path);
  }
}

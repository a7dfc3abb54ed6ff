import type { Page } from '@playwright/test';
import type { Store } from '../../../mocks/store';
import { parseAriaSnapshot } from '../aria';

const ACTIONABLE = new Set(['button', 'switch', 'checkbox', 'menuitem', 'menuitemcheckbox', 'tab', 'radio']);

/** Counts the page's requests in flight, and waits for none. */
class InFlight {
  private open = 0;
  private idle: (() => void)[] = [];
  private readonly started = () => void this.open++;
  private readonly finished = () => {
    if (--this.open === 0) for (const resolve of this.idle.splice(0)) resolve();
  };

  constructor(private readonly page: Page) {
    page.on('request', this.started);
    page.on('requestfinished', this.finished);
    page.on('requestfailed', this.finished);
  }

  /** One frame after an action (so what it started has started), then until every request has an answer. */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    if (this.open > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  dispose(): void {
    this.page.off('request', this.started);
    this.page.off('requestfinished', this.finished);
    this.page.off('requestfailed', this.finished);
  }
}

/**
 * Presses every actionable control of the screen at `path`, each on a freshly loaded copy of it, and names,
 * per effect, the controls after which the backend shows it. A negative rule ("no way to turn it back on",
 * "no self-service cancel") is checked against what each control does, whatever it is called.
 */
export async function pressEveryControl<K extends string>(
  page: Page, path: string, ready: () => Promise<void>, store: Store, effects: Record<K, (store: Store) => boolean>,
): Promise<Record<K, string[]>> {
  const inFlight = new InFlight(page);
  const found = Object.fromEntries(Object.keys(effects).map((k) => [k, [] as string[]])) as Record<K, string[]>;
  try {
    await page.goto(path);
    await ready();
    const controls = parseAriaSnapshot(await page.getByRole('main').ariaSnapshot()).filter((n) => ACTIONABLE.has(n.role) && !n.attrs?.includes('disabled'));
    for (const control of controls) {
      await page.goto(path);
      await ready();
      await page.getByRole('main').getByRole(control.role as 'button', control.name ? { name: control.name, exact: true } : {}).first().click();
      await inFlight.settle();
      for (const [effect, holds] of Object.entries(effects) as [K, (s: Store) => boolean][]) if (holds(store)) found[effect].push(`${control.role} "${control.name ?? ''}"`);
    }
    return found;
  } finally {
    inFlight.dispose();
  }
}

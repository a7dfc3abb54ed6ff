import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator } from '@playwright/test';

// A video shows the number as it is typed and no scan reads a video: the suite keeps none of a context typed into.
const typedInto = new WeakSet<BrowserContext>();

/** Whether a secret was typed into a page of `context`. */
export const secretTypedIn = (context: BrowserContext): boolean => typedInto.has(context);

/**
 * Types a secret (a card number) into a field so that no call Playwright records carries it. Every recorded
 * call lands with its parameters in report steps, traces and blob reports: `fill`, `type`, `press` and
 * `keyboard.insertText` name what they type, and so do a `page.evaluate` argument, a route's fulfilled body
 * and a CDP command. A binding's answer to the page is the one channel that is not recorded, so the page asks
 * a one-off binding for the value and inserts it at the caret with the browser's own editing command, which
 * fires the trusted `beforeinput` and `input` events a user's typing fires (React sees a change).
 *
 * The field is left blurred, as a user tabbing out leaves it: a form that masks the number out of focus (the
 * sandbox shows the last four) has masked it before any later step looks at the screen.
 */
export async function typeSecret(field: Locator, secret: string): Promise<void> {
  const page = field.page();
  typedInto.add(page.context());
  // Unique per call: bindings outlive the call on a page until disposed, and a name may be exposed only once.
  const binding = `__secret_${randomUUID().replaceAll('-', '')}`;
  let handedOut = false;
  const exposed = await page.exposeBinding(binding, () => {
    // One answer only: nothing else the page runs later can read the value again.
    if (handedOut) return null;
    handedOut = true;
    return secret;
  });
  try {
    await field.clear();
    await field.focus();
    const taken = await field.evaluate(async (input: HTMLInputElement, name) => {
      const ask = (window as unknown as Record<string, () => Promise<string | null>>)[name];
      const value = ask ? await ask() : null;
      if (value === null) return false;
      document.execCommand('insertText', false, value);
      const ok = input.value === value;
      input.blur();
      // Only whether it worked comes back: the returned value is recorded too.
      return ok;
    }, binding);
    if (!taken) throw new Error('The field did not take the typed value (is it focusable and editable?)');
  } finally {
    await exposed.dispose();
  }
}

import type { BrowserContext } from '@playwright/test';
import { injectIntoPages, type Rewrites } from '../support/served-sandbox';

/** A button another build of the product could ship under the subscription's Actions, offering what the page says does not exist. */
export interface PlantedControl {
  /** Its name, e.g. "Turn automatic renewal back on". */
  name: string;
  /** The Actions heading it goes under, in the locale under test. */
  actions: string;
  /** Shown only where the details say this label has this value (Automatic renewal: Off); always when not given. */
  onlyWhere?: { label: string; value: string };
  /** Pressed, it does nothing, or asks the backend to turn renewal back on and shows nothing of the answer. */
  does: 'nothing' | 'a quiet request';
}

/** Runs in the page: adds the button as the screen renders, and again whenever the product renders the details anew. */
function plant(control: PlantedControl): void {
  const place = () => {
    const actions = [...document.querySelectorAll('main section')].find(
      (s) => s.querySelector('h2')?.textContent === control.actions,
    );
    if (!actions || actions.querySelector('[data-planted]')) return;
    const where = control.onlyWhere;
    if (where) {
      const row = [...document.querySelectorAll('main tr')].find(
        (r) => r.querySelector('th')?.textContent === where.label,
      );
      if (row?.querySelector('td')?.textContent !== where.value) return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = control.name;
    button.dataset['planted'] = '';
    if (control.does === 'a quiet request')
      button.addEventListener('click', () => {
        const id = location.pathname.split('/').pop() ?? '';
        const body = JSON.stringify({ autoRenew: true });
        void fetch(`/api/subscriptions/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body,
        }).catch(() => undefined);
      });
    const paragraph = document.createElement('p');
    paragraph.append(button);
    actions.append(paragraph);
  };
  new MutationObserver(place).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

/** Serves every page with `control` planted, as a release that shipped it would show it; `rewrites` counts the pages served so. */
export async function plantControl(
  context: BrowserContext,
  control: PlantedControl,
  rewrites: Rewrites,
): Promise<void> {
  const argument = JSON.stringify(control).replace(/</g, '\\u003c');
  await injectIntoPages(context, `<script>(${plant.toString()})(${argument})</script>`, rewrites);
}

import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { pressEveryControl } from '../../harness/every-control';
import { scaled } from '../../harness/settings/timeouts';
import { byLocale, wordingFor, screensFor } from '../expected';
import { plantControl } from './planted-control';

// Tests of the screen contract the e2e spec of turning automatic renewal off holds the details to
// (specs/e2e/turn-off-automatic-renewal.spec.ts, specs/expected/screens.ts): they break the product the way the
// contract claims to catch, and watch it fail. A test of a spec's own check, so it runs with the harness's specs.
// The release the screen contract is for: one that shows a way back which the page says does not exist. Pressing
// every control passes it (the button does nothing, or the backend refuses its request and the screen says
// nothing); only the contract of what the screen shows catches it.
test.describe('A "Turn automatic renewal back on" button the contract does not list', () => {
  test.use({ scenario: 'subscriber', subscription: { autoRenew: false } });

  for (const { does, pressed: pressing, requests } of [
    { does: 'nothing', pressed: 'does nothing', requests: [] },
    { does: 'a quiet request', pressed: 'asks the backend, which refuses, and shows nothing', requests: [409] },
  ] as const) {
    test(`fails the screen contract, though no press turns renewal back on (pressed, it ${pressing})`, async ({
      context,
      page,
      store,
      locale,
      subscriptionPage,
    }) => {
      const says = wordingFor(locale).subscription;
      const name = byLocale(locale, { 'en-US': 'Turn automatic renewal back on', 'ko-KR': '자동 갱신 다시 켜기' });
      const planted = subscriptionPage.actions.getByRole('button', { name, exact: true });
      const rewrites = { count: 0 };
      await plantControl(
        context,
        { name, actions: says.actions, onlyWhere: { label: says.autoRenew, value: says.off }, does },
        rewrites,
      );
      const id = store.activeSubscription()?.id ?? '';
      const answers = patchesAnswered(page);

      const pressed = await pressEveryControl({
        page,
        open: () => subscriptionPage.openDetails(id),
        controls: subscriptionPage.controls,
        progress: subscriptionPage.progress,
        check: () => expect(store.subscriptions.find(id)?.autoRenew, 'automatic renewal, in the backend').toBe(false),
        known: [subscriptionPage.renewButton, planted],
      });
      expect(pressed).toContain(`button "${name}"`);
      expect(answers, 'what the backend answered the planted button').toEqual(requests);
      expect(rewrites.count, 'pages served with the button planted').toBeGreaterThan(0);

      // The screen as it settles, with the planted button; then the contract fails at its first look, not after
      // waiting out the whole expect timeout for a match that cannot come.
      await subscriptionPage.openDetails(id);
      await expect(subscriptionPage.detail(says.autoRenew)).toHaveText(says.off);
      await expect(planted).toBeVisible();
      await expect(
        expect(subscriptionPage.everything).toMatchAriaSnapshot(screensFor(locale).subscriptionDetails('off'), {
          timeout: scaled(1_000),
        }),
      ).rejects.toThrow(`button "${name}"`);
    });
  }
});

/** The status of each answer to a PATCH of a subscription, as they come. */
function patchesAnswered(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (response) => void (response.request().method() === 'PATCH' && statuses.push(response.status())));
  return statuses;
}

import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { backendAnswer, callApi } from '../../harness/session/backend';
import { pressEveryControl } from '../../harness/every-control';
import { byLocale, wordingFor, screensFor } from '../expected';

test.describe('Turn off automatic Action Pack subscription renewal', () => {
  test.use({ scenario: 'subscriber' });

  test('turns off in the 3 documented steps and leaves no way to turn it back on, by effect or by sight', async ({
    page,
    store,
    labels,
    locale,
    offersPage,
    subscriptionPage,
    turnOff,
  }) => {
    const says = wordingFor(locale);
    const screens = screensFor(locale);
    const id = store.activeSubscription()?.id ?? '';
    await page.goto('/');
    await turnOff.findPurchasedActionPack();
    await turnOff.selectSubscription();
    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.on);
    await expect(subscriptionPage.everything).toMatchAriaSnapshot(
      screens.subscriptionDetails('on', 'partnership open'),
    );
    await turnOff.turnOffAutomaticRenewal();

    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.off);
    await expect(subscriptionPage.turnOffButton).toBeHidden();
    expect(store.subscriptions.find(id)?.autoRenew).toBe(false);
    // Every control and heading the screen shows, and nothing else: a control offering to turn it back on fails
    // here whether it works, does nothing or fails quietly.
    await expect(subscriptionPage.everything).toMatchAriaSnapshot(
      screens.subscriptionDetails('just turned off', 'partnership open'),
    );

    // Whatever a control is called, none may turn it back on: each is pressed on a freshly loaded details page.
    await pressEveryControl({
      page,
      open: () => subscriptionPage.openDetails(id),
      controls: subscriptionPage.controls,
      progress: subscriptionPage.progress,
      check: () => expect(store.subscriptions.find(id)?.autoRenew, 'automatic renewal, in the backend').toBe(false),
      known: [subscriptionPage.renewButton],
      step: (title, body) => test.step(title, body),
    });

    await subscriptionPage.openDetails(id);
    await expect(subscriptionPage.notice).toHaveText(says.subscription.cannotTurnOn);
    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.off);
    await expect(subscriptionPage.everything).toMatchAriaSnapshot(screens.subscriptionDetails('off'));
    // The page says it is turned off "from your purchased offers list": that list offers no way back either.
    await offersPage.open();
    await expect(offersPage.everything).toMatchAriaSnapshot(screens.purchasedOffers('off', 'partnership open'));
  });

  test('the backend refuses to turn automatic renewal back on, with a clear 409', async ({
    page,
    store,
    labels,
    locale,
    subscriptionPage,
    turnOff,
  }) => {
    const id = store.activeSubscription()?.id ?? '';
    await subscriptionPage.goto(id);
    await turnOff.turnOffAutomaticRenewal();
    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(
      wordingFor(locale).subscription.off,
    );

    const answer = await callApi(page, 'PATCH', `/api/subscriptions/${id}`, { autoRenew: true });
    expect(answer).toEqual({
      status: 409,
      body: expect.objectContaining({
        message: "Automatic renewal can't be turned back on until you renew the subscription.",
      }),
    });
    expect(store.activeSubscription()?.autoRenew).toBe(false);
  });

  for (const [failure, answer] of [
    [
      'a server error',
      () => HttpResponse.json({ code: 'unavailable', message: 'Service unavailable' }, { status: 500 }),
    ],
    ['a dropped connection', () => HttpResponse.error()],
  ] as const) {
    test(`${failure} while turning off leaves renewal on with a clear message, and the retry works`, async ({
      store,
      labels,
      locale,
      network,
      subscriptionPage,
      turnOff,
    }) => {
      const says = wordingFor(locale);
      network.use(http.patch('*/api/subscriptions/:id', answer, { once: true }));
      await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
      await turnOff.turnOffAutomaticRenewal();

      await expect(subscriptionPage.alert).toHaveText(says.subscription.turnOffError);
      await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.on);
      expect(store.activeSubscription()?.autoRenew).toBe(true);

      await turnOff.turnOffAutomaticRenewal();
      await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.off);
      await expect(subscriptionPage.alert).toBeHidden();
    });
  }

  test('a slow backend shows progress until the change is made', async ({
    store,
    labels,
    locale,
    network,
    subscriptionPage,
    turnOff,
  }) => {
    const says = wordingFor(locale);
    // The backend answers only once the test has seen the screen wait: slow for as long as the test needs, on
    // any machine, and no longer.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    network.use(
      http.patch('*/api/subscriptions/:id', async ({ request }) => {
        await held;
        return backendAnswer(store, request);
      }),
    );
    const id = store.activeSubscription()?.id ?? '';
    await subscriptionPage.goto(id);
    await turnOff.turnOffAutomaticRenewal();
    await expect(subscriptionPage.progress).toHaveText(says.subscription.turningOff);
    await expect(subscriptionPage.turnOffButton).toBeDisabled();
    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.on);
    expect(store.subscriptions.find(id)?.autoRenew, 'automatic renewal, in the backend, before it answers').toBe(true);

    answer();
    await expect(subscriptionPage.detail(labels.subscription.autoRenew)).toHaveText(says.subscription.off);
    await expect(subscriptionPage.progress).toBeHidden();
  });
});

test.describe('Renewal reminder, after automatic renewal is turned off', () => {
  test.use({ scenario: 'subscriber' });

  test.describe('with 20 days left on 15 March 2026', () => {
    test.use({ today: '2026-03-15', subscription: { renewsInDays: 20, autoRenew: false } });

    test('reminds the partner to renew, on the offers list and in the details', async ({
      page,
      store,
      locale,
      offersPage,
      subscriptionPage,
    }) => {
      expect(store.activeSubscription()?.renewalDate).toBe('2026-04-04');
      const reminder = wordingFor(locale).offers.reminder({
        date: byLocale(locale, { 'en-US': 'April 4, 2026', 'ko-KR': '2026년 4월 4일' }),
      });
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.reminder).toHaveText(reminder);
      await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
      await expect(subscriptionPage.reminder).toHaveText(reminder);
    });
  });

  // The window is 30 days: the last day inside it and the first day outside it.
  test.describe('with 30 days left', () => {
    test.use({ subscription: { renewsInDays: 30, autoRenew: false } });

    test('reminds the partner: 30 days is inside the window', async ({ page, offersPage }) => {
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.reminder).toBeVisible();
    });
  });

  test.describe('with 31 days left', () => {
    test.use({ subscription: { renewsInDays: 31, autoRenew: false } });

    test('does not remind yet, on the offers list or in the details', async ({
      page,
      store,
      offersPage,
      subscriptionPage,
    }) => {
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.subscriptionLink).toBeVisible();
      await expect(offersPage.reminder).toHaveCount(0);
      await subscriptionPage.goto(store.activeSubscription()?.id ?? '');
      await expect(subscriptionPage.details).toBeVisible();
      await expect(subscriptionPage.reminder).toHaveCount(0);
    });
  });

  test.describe('with automatic renewal on and 10 days left', () => {
    test.use({ subscription: { renewsInDays: 10, autoRenew: true } });

    test('does not remind: the subscription renews by itself', async ({ page, offersPage }) => {
      await page.goto('/');
      await offersPage.open();
      await expect(offersPage.subscriptionLink).toBeVisible();
      await expect(offersPage.reminder).toHaveCount(0);
    });
  });
});

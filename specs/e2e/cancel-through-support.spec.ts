import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { pressEveryControl } from '../../harness/every-control';
import { addSupportRequests } from '../../mocks/store';
import { hookPage, type Action } from '../../pages';
import type { NewRequestForm } from '../../pages/support-pages';
import { wordingFor, screensFor } from '../expected';

test.describe('Cancel your Action Pack subscription', () => {
  test.use({ scenario: 'subscriber' });

  test('there is no self-service cancel: the details and the purchased offers list offer none, and no control ends the subscription', async ({
    page,
    store,
    locale,
    offersPage,
    subscriptionPage,
  }) => {
    const screens = screensFor(locale);
    const held = store.activeSubscription();
    expect(held).toBeDefined();
    const { id, startDate, renewalDate } = held ?? { id: '', startDate: '', renewalDate: '' };
    // By sight: every control and heading on both screens, and nothing else, so a control offering to cancel fails
    // here whether it works or not.
    await subscriptionPage.openDetails(id);
    await expect(subscriptionPage.everything).toMatchAriaSnapshot(screens.subscriptionDetails('on'));
    await offersPage.open();
    await expect(offersPage.everything).toMatchAriaSnapshot(screens.purchasedOffers('on', 'partnership open'));
    // By effect:
    // Whatever a control is called, none may end the subscription or cut its term short; each is pressed on a
    // freshly loaded details page, from the same account (turning off automatic renewal is allowed, and undone).
    await pressEveryControl({
      page,
      open: () => subscriptionPage.openDetails(id),
      controls: subscriptionPage.controls,
      progress: subscriptionPage.progress,
      check: () =>
        expect(store.subscriptions.all(), 'subscriptions, in the backend').toEqual([
          expect.objectContaining({ id, startDate, renewalDate }),
        ]),
      reset: () => {
        store.subscriptions.delete(id);
        if (held) store.subscriptions.create(held);
      },
      known: [subscriptionPage.renewButton, subscriptionPage.turnOffButton],
      step: (title, body) => test.step(title, body),
    });
  });

  test('opens a request in the 4 documented steps and follows its status under Service requests', async ({
    page,
    store,
    labels,
    locale,
    newRequestForm: form,
    requestsPage,
    cancel,
  }) => {
    const says = wordingFor(locale);
    const title = `Cancel Action Pack ${store.faker.string.numeric(4)}`;
    await cancel.goToSupport();
    await cancel.reportProblemWithNewRequest();
    await cancel.chooseInvoicePaymentOrReconciliationHelp();
    await expect(form.fields.contactEmail).toHaveValue(store.partner.contact.email);
    await cancel.fillRequiredInformationAndSubmit({
      title,
      description: 'Please cancel my Microsoft Action Pack subscription.',
    });
    await expect(form.confirmation).toBeVisible();
    await expect(form.confirmation).toHaveText(
      says.support.submitted({ number: store.supportRequests.all()[0]?.number ?? '' }),
    );

    await cancel.checkStatusOf(title);
    await expect(requestsPage.detail(labels.requests.status)).toHaveText(says.requests.statusOpen);
    await expect(requestsPage.detail(labels.support.typeOfProblem)).toHaveText(
      says.support.types['billing-invoice-payment'],
    );
    expect(store.supportRequests.all()).toEqual([
      expect.objectContaining({
        title,
        problemType: 'billing-invoice-payment',
        status: 'open',
        contactEmail: store.partner.contact.email,
      }),
    ]);

    await page.reload();
    await expect(requestsPage.requestHeading).toHaveText(title);
    await expect(requestsPage.detail(labels.requests.status)).toHaveText(says.requests.statusOpen);
  });

  test('missing required information is refused with a message for each field, and nothing is sent', async ({
    store,
    locale,
    newRequestForm: form,
    cancel,
  }) => {
    const says = wordingFor(locale).support;
    const messages = says.fieldErrors;
    await cancel.goToSupport();
    await cancel.reportProblemWithNewRequest();
    await cancel.fillRequiredInformationAndSubmit({});
    await expect(form.typeOfProblem).toHaveAccessibleDescription(says.chooseTypeError);
    expect(store.supportRequests.size).toBe(0);

    await cancel.chooseInvoicePaymentOrReconciliationHelp();
    await cancel.fillRequiredInformationAndSubmit({ contactEmail: 'not-an-address' });
    await expect(form.alert).toHaveText(says.fixErrors);
    await expect(form.fields.title).toHaveAccessibleDescription(messages.title);
    await expect(form.fields.description).toHaveAccessibleDescription(messages.description);
    await expect(form.fields.contactEmail).toHaveAccessibleDescription(messages.contactEmail);
    expect(store.supportRequests.size).toBe(0);
  });

  test('pressing Submit twice opens one request', async ({ page, store, newRequestForm: form, cancel }) => {
    const posts: string[] = [];
    page.on(
      'request',
      (r) => void (r.method() === 'POST' && r.url().endsWith('/api/support-requests') && posts.push(r.url())),
    );
    await cancel.goToSupport();
    await cancel.reportProblemWithNewRequest();
    await cancel.chooseInvoicePaymentOrReconciliationHelp();
    await form.fillIn({ title: 'Cancel Action Pack', description: 'Please cancel.' });
    await form.submitTwice();
    await expect(form.confirmation).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(store.supportRequests.size).toBe(1);
  });

  test("what the partner chose and typed before the account's contact loaded is kept, and the contact fills in around it", async ({
    store,
    network,
    newRequestForm: form,
    cancel,
    labels,
  }) => {
    await cancel.goToSupport();
    // The account's details held back until the partner has chosen and typed: a slow backend, as a user meets it.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    network.use(http.get('*/api/partner', () => held.then(() => undefined)));
    await cancel.reportProblemWithNewRequest();
    await cancel.chooseInvoicePaymentOrReconciliationHelp();
    await form.fillIn({ title: 'Cancel Action Pack', description: 'Please cancel.' });
    await expect(form.fields.contactName).toHaveValue('');
    answer();
    await expect(form.fields.contactName).toHaveValue(store.partner.contact.name);
    await expect(form.fields.contactEmail).toHaveValue(store.partner.contact.email);
    await expect(form.typeOfProblem).toHaveValue('billing-invoice-payment');
    await expect(form.typeOfProblem.getByRole('option', { selected: true })).toHaveText(
      labels.support.types['billing-invoice-payment'],
    );
    await expect(form.fields.title).toHaveValue('Cancel Action Pack');
    await expect(form.fields.description).toHaveValue('Please cancel.');
  });

  for (const [press, submit] of [
    ['Submit', (form: NewRequestForm) => form.fillRequiredInformationAndSubmit({})],
    ['Submit twice', (form: NewRequestForm) => form.submitTwice()],
  ] as const)
    test(`a form filled in before the account's contact has loaded is sent (${press}) once it shows the contact, with it`, async ({
      page,
      store,
      network,
      newRequestForm: form,
      cancel,
    }) => {
      await cancel.goToSupport();
      // The account's details held back until the form is filled and Submit is in reach: a slow backend.
      let sent = false;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      network.use(http.get('*/api/partner', () => held.then(() => undefined)));
      // Each action as the page objects announce it, just before it happens, with whether the contact was sent by then.
      const actions: { action: Action; sent: boolean }[] = [];
      const unhook = hookPage(page, { onAction: async (action) => void actions.push({ action, sent }) });
      await cancel.reportProblemWithNewRequest();
      await cancel.chooseInvoicePaymentOrReconciliationHelp();
      await form.fillIn({ title: 'Cancel Action Pack', description: 'Please cancel.' });
      const submitting = submit(form);
      // A press that does not wait for the contact is announced before anything goes to the browser, so by the time
      // this answer comes back it is on record.
      await expect(form.fields.contactName).toHaveValue('');
      sent = true;
      release();
      await submitting;
      unhook();
      const presses = actions.filter(({ action }) => action.target === form.submitButton);
      expect(
        presses.map(({ sent }) => sent),
        "whether the account's contact had been sent at each press of Submit",
      ).toEqual([true]);
      await expect(form.confirmation).toBeVisible();
      expect(store.supportRequests.all()).toEqual([
        expect.objectContaining({
          contactName: store.partner.contact.name,
          contactEmail: store.partner.contact.email,
          contactPhone: store.partner.contact.phone,
        }),
      ]);
    });

  test('a backend error on Submit keeps what was typed, and the retry opens one request', async ({
    store,
    locale,
    network,
    newRequestForm: form,
    cancel,
  }) => {
    network.use(
      http.post(
        '*/api/support-requests',
        () => HttpResponse.json({ code: 'unavailable', message: 'Unavailable' }, { status: 503 }),
        { once: true },
      ),
    );
    await cancel.goToSupport();
    await cancel.reportProblemWithNewRequest();
    await cancel.chooseInvoicePaymentOrReconciliationHelp();
    await cancel.fillRequiredInformationAndSubmit({ title: 'Cancel Action Pack', description: 'Please cancel.' });
    await expect(form.alert).toHaveText(wordingFor(locale).support.submitError);
    await expect(form.fields.title).toHaveValue('Cancel Action Pack');
    await expect(form.fields.description).toHaveValue('Please cancel.');

    await form.submitButton.click();
    await expect(form.confirmation).toBeVisible();
    expect(store.supportRequests.size).toBe(1);
  });

  test('an empty request list says there are no open requests', async ({ page, locale, requestsPage }) => {
    await page.goto('/');
    await requestsPage.showOpenRequests();
    await expect(requestsPage.emptyMessage).toHaveText(wordingFor(locale).requests.noneOpen);
    await expect(requestsPage.rows).toHaveCount(0);
  });

  test('Open lists only the open requests', async ({ page, store, requestsPage }) => {
    addSupportRequests(store, [
      { title: 'Open one', status: 'open' },
      { title: 'Closed one', status: 'closed' },
      { title: 'Open two', status: 'open' },
      { title: 'Closed two', status: 'closed' },
    ]);
    await page.goto('/');
    await requestsPage.showOpenRequests();
    await expect(requestsPage.rows.getByRole('link')).toHaveText(['Open one', 'Open two']);
  });
});

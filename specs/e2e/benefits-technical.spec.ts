import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { colleaguesOf } from '../../mocks/store';
import { wordingFor } from '../expected';

/** "Request … submitted" with whatever number the backend gave, in the locale's wording. */
const submitted = (locale: string | undefined) =>
  new RegExp(
    `^${wordingFor(locale)
      .benefits.requestSubmitted({ number: '\u0000' })
      .split('\u0000')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\S+')}$`,
  );

test.describe('Manage technical benefits', () => {
  test.use({ scenario: 'subscriber' });

  test('a support benefit is assigned to a user with an alternative email, in the documented sub-steps a to c', async ({
    page,
    store,
    benefitsPage,
    technical,
  }) => {
    await page.goto('/');
    const support = benefitsPage.technicalName('support');
    await technical.selectTab();
    await technical.expand(support);
    const [user] = colleaguesOf(store);
    await technical.chooseUser(user);
    await technical.enterAlternativeEmail('support-contact@example.net');
    await technical.assignUser();
    await expect(benefitsPage.assignedUsers(support)).toHaveCount(1);
    await expect(benefitsPage.assignedUsers(support)).toContainText('support-contact@example.net');
    expect(store.benefits.findBy((b) => b.kind === 'support')?.assignments).toEqual([
      expect.objectContaining({ userId: user.id, alternativeEmail: 'support-contact@example.net' }),
    ]);
  });

  test("an alternative email equal to the user's account email is refused on the field, and nothing is assigned", async ({
    page,
    store,
    locale,
    benefitsPage,
    technical,
  }) => {
    await page.goto('/');
    const support = benefitsPage.technicalName('support');
    await technical.selectTab();
    await technical.expand(support);
    const [user] = colleaguesOf(store);
    await technical.chooseUser(user);
    await technical.enterAlternativeEmail(user.email.toUpperCase());
    await technical.assignUser();
    const field = benefitsPage.alternativeEmail(support);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(
      new RegExp(`^${wordingFor(locale).benefits.fieldErrors.sameEmail.replace(/[.()]/g, '\\$&')}`),
    );
    await expect(field).toHaveValue(user.email.toUpperCase());
    expect(store.benefits.findBy((b) => b.kind === 'support')?.assignments).toEqual([]);
  });

  test('advisory hours are requested through the request form with Submit request', async ({
    page,
    store,
    locale,
    benefitsPage,
    technical,
  }) => {
    await page.goto('/');
    await technical.selectTab();
    await technical.requestAssistance({ phase: 'design', description: 'Review our hybrid identity design.' });
    // The request's number shows once the backend has answered (a progress status shows before): only then is the
    // store read.
    const status = benefitsPage.details(benefitsPage.technicalName('advisory-hours')).getByRole('status');
    await expect(status).toHaveText(submitted(locale));
    const [request] = store.advisoryRequests.all();
    expect(request).toMatchObject({ phase: 'design', description: 'Review our hybrid identity design.' });
    await expect(status).toHaveText(wordingFor(locale).benefits.requestSubmitted({ number: request?.number ?? '' }));
  });

  test('a backend error on Submit request keeps what was typed, and the retry sends one request', async ({
    page,
    store,
    locale,
    network,
    benefitsPage,
    technical,
  }) => {
    network.use(
      http.post('*/api/advisory-requests', () => HttpResponse.json({ code: 'x', message: 'x' }, { status: 503 }), {
        once: true,
      }),
    );
    await page.goto('/');
    await technical.selectTab();
    await technical.requestAssistance({ phase: 'deployment', description: 'Help deploying our app.' });
    const advisory = benefitsPage.technicalName('advisory-hours');
    await expect(benefitsPage.details(advisory).getByRole('alert')).toHaveText(
      wordingFor(locale).benefits.errors.generic,
    );
    await expect(benefitsPage.advisoryField(advisory, 'phase')).toHaveValue('deployment');
    await expect(benefitsPage.advisoryField(advisory, 'description')).toHaveValue('Help deploying our app.');
    expect(store.advisoryRequests.size).toBe(0);
    await benefitsPage.submitRequest(advisory);
    await expect(benefitsPage.details(advisory).getByRole('status')).toHaveText(submitted(locale));
    expect(store.advisoryRequests.size).toBe(1);
  });
});

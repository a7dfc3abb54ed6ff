import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { colleaguesOf } from '../../mocks/store';
import { VISUAL_STUDIO } from '../../flows/benefits';
import { callApi } from '../../harness/session/backend';
import { wordingFor } from '../expected';

test.describe('Manage Visual Studio subscriptions', () => {
  test.use({ scenario: 'subscriber' });

  test('a user from the list, then Assign user; reassigning removes the user and assigns a different one', async ({
    page,
    store,
    benefitsPage,
    visualStudio,
  }) => {
    await page.goto('/');
    await visualStudio.selectTab();
    await visualStudio.expand(VISUAL_STUDIO);
    const [first, second] = colleaguesOf(store);
    await visualStudio.assignUser(VISUAL_STUDIO, first);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toHaveCount(1);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toContainText(first.name);
    await visualStudio.reassign(VISUAL_STUDIO, first, second);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toHaveCount(1);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toContainText(second.name);
    expect(store.benefits.findBy((b) => b.product === VISUAL_STUDIO)?.assignments.map((a) => a.userId)).toEqual([
      second.id,
    ]);
  });

  test('the same user assigned twice is refused with a clear message, and holds one seat', async ({
    page,
    store,
    locale,
    benefitsPage,
    visualStudio,
  }) => {
    await page.goto('/');
    await visualStudio.selectTab();
    await visualStudio.expand(VISUAL_STUDIO);
    const [user] = colleaguesOf(store);
    await visualStudio.assignUser(VISUAL_STUDIO, user);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toHaveCount(1);
    await visualStudio.assignUser(VISUAL_STUDIO, user);
    await expect(benefitsPage.details(VISUAL_STUDIO).getByRole('alert')).toHaveText(
      wordingFor(locale).benefits.errors['already-assigned']({ name: user.name }),
    );
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toHaveCount(1);
    expect(store.benefits.findBy((b) => b.product === VISUAL_STUDIO)?.assignments).toHaveLength(1);
  });

  test('a backend error on Assign user keeps the chosen user, and the retry assigns once', async ({
    page,
    store,
    locale,
    network,
    benefitsPage,
    visualStudio,
  }) => {
    network.use(
      http.post(
        '*/api/benefits/:id/assignments',
        () => HttpResponse.json({ code: 'x', message: 'x' }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    await page.goto('/');
    await visualStudio.selectTab();
    await visualStudio.expand(VISUAL_STUDIO);
    const [user] = colleaguesOf(store);
    await visualStudio.assignUser(VISUAL_STUDIO, user);
    await expect(benefitsPage.details(VISUAL_STUDIO).getByRole('alert')).toHaveText(
      wordingFor(locale).benefits.errors.generic,
    );
    await expect(benefitsPage.userList(VISUAL_STUDIO)).toHaveValue(user.id);
    await benefitsPage.assignUser(VISUAL_STUDIO);
    await expect(benefitsPage.assignedUsers(VISUAL_STUDIO)).toHaveCount(1);
    expect(store.benefits.findBy((b) => b.product === VISUAL_STUDIO)?.assignments).toHaveLength(1);
  });

  for (const role of ['user-admin', 'admin-agent', 'mpn-partner-admin'] as const)
    test.describe(`signed in as ${role}`, () => {
      test.use({ role });

      test('the benefits are listed to view, no control assigns, the notice says how to become a global admin, and the backend refuses', async ({
        page,
        store,
        locale,
        benefitsPage,
        visualStudio,
      }) => {
        await page.goto('/');
        await visualStudio.selectTab();
        await visualStudio.expand(VISUAL_STUDIO);
        await expect(benefitsPage.roleNotice).toContainText(
          wordingFor(locale).benefits.roleNotice({ role: wordingFor(locale).benefits.roles[role] }),
        );
        await expect(benefitsPage.roleNotice.getByRole('listitem')).toHaveCount(3);
        for (const tab of ['software', 'cloud', 'visual-studio', 'technical'] as const) {
          await benefitsPage.selectTab(tab);
          for (const arrow of await benefitsPage.expandButtons.all()) await arrow.click();
          await expect(benefitsPage.expandButtons.first()).toBeVisible();
          await expect(benefitsPage.assigningControls).toHaveCount(0);
        }
        const benefit = store.benefits.findBy((b) => b.product === VISUAL_STUDIO);
        const [, user] = store.users.all();
        const refused = await callApi(page, 'POST', `/api/benefits/${benefit?.id ?? ''}/assignments`, {
          userId: user?.id,
        });
        expect(refused.status).toBe(403);
        expect(store.benefits.all().flatMap((b) => b.assignments)).toEqual([]);
      });
    });
});

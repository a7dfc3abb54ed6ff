import { http, HttpResponse } from 'msw';
import { expect, test } from '../../fixtures';
import { SOFTWARE } from '../../flows/benefits';
import { wordingFor } from '../expected';

test.describe('Manage software benefits', () => {
  test.use({ scenario: 'subscriber' });

  test('Get keys reveals the license keys with their special instructions; a language and an OS bring the download links', async ({
    page,
    store,
    benefitsPage,
    software,
  }) => {
    await page.goto('/');
    await software.selectTab();
    await software.expand(SOFTWARE);
    await expect(benefitsPage.licenseKeys(SOFTWARE)).toBeHidden();
    await software.getKeys(SOFTWARE);
    // The keys show once the backend has answered: only then is the store read.
    await expect(benefitsPage.licenseKeys(SOFTWARE)).toBeVisible();
    const stored = store.benefits.findBy((b) => b.product === SOFTWARE);
    const [key] = stored?.keys ?? [];
    expect(key, 'the backend revealed a key').toBeDefined();
    await expect(benefitsPage.licenseKeys(SOFTWARE).getByRole('row').nth(1)).toHaveText(
      `${key?.key ?? ''}${key?.instructions ?? ''}`,
    );
    await expect(benefitsPage.downloadLinks(SOFTWARE)).toHaveCount(0);
    await software.chooseLanguage(SOFTWARE, 'ko-KR');
    await expect(benefitsPage.downloadLinks(SOFTWARE)).toHaveCount(0);
    await software.chooseOperatingSystem(SOFTWARE, '64-bit');
    await expect(benefitsPage.downloadLinks(SOFTWARE)).toHaveCount(2);
    for (const link of await benefitsPage.downloadLinks(SOFTWARE).all())
      await expect(link).toHaveAttribute('href', /\/ko-KR\/64-bit\//);

    // The keys stay revealed, the same keys, on a fresh load.
    await page.reload();
    await software.selectTab();
    await software.expand(SOFTWARE);
    await expect(benefitsPage.licenseKeys(SOFTWARE)).toContainText(key?.key ?? 'no key');
  });

  test('a backend error on Get keys says so, reveals nothing, and the retry reveals the keys', async ({
    page,
    store,
    locale,
    network,
    benefitsPage,
    software,
  }) => {
    network.use(
      http.post(
        '*/api/benefits/:id/keys',
        () => HttpResponse.json({ code: 'unavailable', message: 'x' }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    await page.goto('/');
    await software.selectTab();
    await software.expand(SOFTWARE);
    await software.getKeys(SOFTWARE);
    await expect(benefitsPage.details(SOFTWARE).getByRole('alert')).toHaveText(wordingFor(locale).benefits.errors.keys);
    await expect(benefitsPage.licenseKeys(SOFTWARE)).toBeHidden();
    expect(store.benefits.findBy((b) => b.product === SOFTWARE)?.keys).toBeNull();
    await software.getKeys(SOFTWARE);
    await expect(benefitsPage.licenseKeys(SOFTWARE)).toBeVisible();
  });
});

import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './labels';
import { docStep } from './procedures';

export class ConfirmationDialog {
  readonly dialog: Locator;
  readonly closeButton: Locator;

  constructor(
    public readonly page: Page,
    l: Catalog,
    private readonly procedure: 'subscribe' | 'renew',
  ) {
    this.dialog = page.getByRole('dialog', { name: l.wizard.confirmed });
    this.closeButton = this.dialog.getByRole('button', { name: l.wizard.close, exact: true });
  }

  async close(): Promise<void> {
    await docStep(this.procedure, this.procedure === 'renew' ? 9 : 7, async () => {
      await this.dialog.waitFor();
      await this.closeButton.click();
    });
  }
}

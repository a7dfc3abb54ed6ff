import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { Screen } from './screen';

export class ConfirmationDialog extends Screen {
  readonly dialog: Locator;
  readonly closeButton: Locator;

  constructor(page: Page, l: Catalog) {
    super(page);
    this.dialog = page.getByRole('dialog', { name: l.wizard.confirmed });
    this.closeButton = this.dialog.getByRole('button', { name: l.wizard.close, exact: true });
  }

  async close(): Promise<void> {
    await this.dialog.waitFor();
    await this.click(this.closeButton);
  }
}

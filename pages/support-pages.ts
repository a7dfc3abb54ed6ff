import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './labels';
import { docStep } from './procedures';

/** Partner Center support: the only way the documentation gives to cancel an Action Pack subscription. */
export class SupportPage {
  readonly heading: Locator;
  readonly reportProblems: Locator;
  readonly newRequest: Locator;

  constructor(
    public readonly page: Page,
    l: Catalog,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.support.heading, exact: true });
    this.reportProblems = main.getByRole('link', { name: l.support.reportProblems });
    this.newRequest = main.getByRole('button', { name: l.support.newRequest });
  }

  /** The documented address is https://partnercenter.microsoft.com/partner/support; its path is the same on every target. */
  async goToSupport(): Promise<void> {
    await docStep('cancel', 1, async () => {
      await this.page.goto('/partner/support');
      await this.heading.waitFor();
    });
  }

  async reportProblemWithNewRequest(): Promise<void> {
    await docStep('cancel', 2, async () => {
      await this.reportProblems.click();
      await this.newRequest.click();
    });
  }
}

export interface RequestDetails {
  title: string;
  description: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export class NewRequestForm {
  readonly heading: Locator;
  readonly typeOfProblem: Locator;
  readonly fields: Record<'title' | 'description' | 'contactName' | 'contactEmail' | 'contactPhone', Locator>;
  readonly submitButton: Locator;
  readonly alert: Locator;
  readonly confirmation: Locator;
  readonly progress: Locator;

  constructor(
    public readonly page: Page,
    private readonly l: Catalog,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.support.formHeading });
    this.typeOfProblem = main.getByRole('combobox', { name: l.support.typeOfProblem, exact: true });
    this.fields = {
      title: main.getByRole('textbox', { name: l.support.title, exact: true }),
      description: main.getByRole('textbox', { name: l.support.description }),
      contactName: main.getByRole('textbox', { name: l.support.contactName }),
      contactEmail: main.getByRole('textbox', { name: l.support.contactEmail }),
      contactPhone: main.getByRole('textbox', { name: l.support.contactPhone }),
    };
    this.submitButton = main.getByRole('button', { name: l.support.submit, exact: true });
    this.alert = main.getByRole('alert');
    this.confirmation = main.getByRole('status').filter({ hasText: l.support.submitted.split('{{')[0] ?? '' });
    this.progress = main.getByRole('status');
  }

  async chooseInvoicePaymentOrReconciliationHelp(): Promise<void> {
    await docStep('cancel', 3, async () => {
      await this.typeOfProblem.click();
      await this.typeOfProblem.selectOption({ label: this.l.support.types['billing-invoice-payment'] });
    });
  }

  async fill(details: Partial<RequestDetails>): Promise<void> {
    for (const [field, value] of Object.entries(details) as [keyof RequestDetails, string | undefined][])
      if (value !== undefined) await this.fields[field].fill(value);
  }

  async fillRequiredInformationAndSubmit(details: Partial<RequestDetails>): Promise<void> {
    await docStep('cancel', 4, async () => {
      await this.fill(details);
      await this.submitButton.click();
    });
  }

  /** Two presses on Submit before the first is answered. */
  async submitTwice(): Promise<void> {
    await this.submitButton.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
  }
}

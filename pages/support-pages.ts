import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { Screen } from './screen';

/** Partner Center support: the only way the documentation gives to cancel an Action Pack subscription. */
export class SupportPage extends Screen {
  readonly heading: Locator;
  readonly reportProblems: Locator;
  readonly newRequest: Locator;

  constructor(page: Page, l: Catalog) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.support.heading, exact: true });
    this.reportProblems = main.getByRole('link', { name: l.support.reportProblems });
    this.newRequest = main.getByRole('button', { name: l.support.newRequest });
  }

  /** Support is at /partner/support on every deployment. */
  async goToSupport(): Promise<void> {
    await this.navigate('/partner/support');
    await this.heading.waitFor();
  }

  async reportProblemWithNewRequest(): Promise<void> {
    await this.click(this.reportProblems);
    await this.click(this.newRequest);
  }
}

export interface RequestDetails {
  title: string;
  description: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

const contactFields = ['contactName', 'contactEmail', 'contactPhone'] as const;

export class NewRequestForm extends Screen {
  readonly heading: Locator;
  readonly typeOfProblem: Locator;
  readonly fields: Record<'title' | 'description' | 'contactName' | 'contactEmail' | 'contactPhone', Locator>;
  readonly submitButton: Locator;
  readonly alert: Locator;
  readonly confirmation: Locator;
  readonly progress: Locator;

  constructor(
    page: Page,
    private readonly l: Catalog,
  ) {
    super(page);
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
    // Anchored and case-sensitive: the progress line ("Submitting your request…") contains "request" too.
    const lead = (l.support.submitted.split('{{')[0] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.confirmation = main.getByRole('status').filter({ hasText: new RegExp(`^${lead}`) });
    this.progress = main.getByRole('status');
  }

  async chooseInvoicePaymentOrReconciliationHelp(): Promise<void> {
    await this.click(this.typeOfProblem);
    await this.select(this.typeOfProblem, this.l.support.types['billing-invoice-payment']);
  }

  /** The type for cancelling a membership benefit or offer with a refund. */
  async chooseCancelMembershipBenefit(): Promise<void> {
    await this.click(this.typeOfProblem);
    await this.select(this.typeOfProblem, this.l.support.types['benefit-cancellation']);
  }

  async fillIn(details: Partial<RequestDetails>): Promise<void> {
    for (const [field, value] of Object.entries(details) as [keyof RequestDetails, string | undefined][])
      if (value !== undefined) await this.fill(this.fields[field], value);
  }

  async fillRequiredInformationAndSubmit(details: Partial<RequestDetails>): Promise<void> {
    await this.fillIn(details);
    await this.waitForTheAccountsContact(details);
    await this.click(this.submitButton);
  }

  /** Two presses on Submit before the first is answered. */
  async submitTwice(): Promise<void> {
    await this.waitForTheAccountsContact({});
    await this.clickTwice(this.submitButton);
  }

  /**
   * A partner presses Submit once the form shows the account's contact, which loads after the form: pressed
   * before, the request goes without it. The fields typed in this call are the caller's, not the account's.
   * A wait, not a check (page objects act; specs assert), within the page's own timeout as any action is:
   * Playwright has no locator wait for a field's value.
   */
  private async waitForTheAccountsContact(typed: Partial<RequestDetails>): Promise<void> {
    for (const field of contactFields) {
      if (typed[field] !== undefined) continue;
      const input = await this.fields[field].elementHandle();
      try {
        await this.page.waitForFunction((el) => (el as HTMLInputElement | null)?.value !== '', input);
      } finally {
        await input.dispose();
      }
    }
  }
}

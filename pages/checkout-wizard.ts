import type { Locator, Page } from '@playwright/test';
import { typeSecret } from './card-typing';
import type { Catalog } from './labels';
import { docStep, reportStep } from './procedures';

export interface CardDetails {
  holderName: string;
  number: string;
  expiryMonth: number;
  expiryYear: number;
  securityCode: string;
  postalCode: string;
}

/**
 * The order wizard behind Subscribe now and Renew subscriptions. Renewal documents the same screens two
 * steps later (after Actions and the order check), so one page object serves both procedures.
 */
export class CheckoutWizard {
  readonly stepHeading: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly buyButton: Locator;
  readonly termsLink: Locator;
  readonly addWayToPayButton: Locator;
  readonly storedCards: Locator;
  readonly chargedNotice: Locator;
  readonly alert: Locator;
  readonly progress: Locator;
  readonly fields: Record<'holderName' | 'cardNumber' | 'expiryMonth' | 'expiryYear' | 'securityCode' | 'postalCode', Locator>;
  private readonly offset: number;

  constructor(
    public readonly page: Page,
    private readonly l: Catalog,
    private readonly procedure: 'subscribe' | 'renew',
  ) {
    this.offset = procedure === 'renew' ? 2 : 0;
    const main = page.getByRole('main');
    this.stepHeading = main.getByRole('heading', { level: 2 });
    this.next = main.getByRole('button', { name: l.wizard.next, exact: true });
    this.back = main.getByRole('button', { name: l.app.back, exact: true });
    this.buyButton = main.getByRole('button', { name: l.wizard.buy, exact: true });
    this.termsLink = main.getByRole('link', { name: new RegExp(`^${l.wizard.termsLink}`) });
    this.addWayToPayButton = main.getByRole('button', { name: l.wizard.addWayToPay, exact: true });
    this.storedCards = main.getByRole('group', { name: l.wizard.chooseWayToPay }).getByRole('radio');
    this.chargedNotice = main.getByText(l.wizard.chargedNow);
    this.alert = main.getByRole('alert');
    this.progress = main.getByRole('status');
    this.fields = {
      holderName: main.getByLabel(l.wizard.holderName, { exact: true }),
      cardNumber: main.getByLabel(l.wizard.cardNumber, { exact: true }),
      expiryMonth: main.getByLabel(l.wizard.expiryMonth, { exact: true }),
      expiryYear: main.getByLabel(l.wizard.expiryYear, { exact: true }),
      securityCode: main.getByLabel(l.wizard.securityCode, { exact: true }),
      postalCode: main.getByLabel(l.wizard.postalCode, { exact: true }),
    };
  }

  private step<T>(subscribeStep: number, body: () => Promise<T>): Promise<T> {
    return docStep(this.procedure, subscribeStep + this.offset, body);
  }

  /** Renew 3: the renewal wizard opens on the order details. */
  async verifyOrderDetails(): Promise<void> {
    if (this.procedure !== 'renew') throw new Error('Only renewal starts with the order details');
    await docStep('renew', 3, async () => {
      await this.stepHeading.filter({ hasText: this.l.wizard.verify }).waitFor();
      await this.next.click();
    });
  }

  async agreeToTerms(): Promise<void> {
    await this.step(2, async () => {
      await this.stepHeading.filter({ hasText: this.l.wizard.termsStep }).waitFor();
      await this.next.click();
    });
  }

  async continueToPaymentDetails(): Promise<void> {
    await this.step(3, async () => {
      await this.stepHeading.filter({ hasText: this.l.wizard.billingStep }).waitFor();
      await this.next.click();
    });
  }

  /** Documented as "if you need to enter payment details": only when no way to pay is on file. */
  async addWayToPay(): Promise<void> {
    await this.step(4, () => this.addWayToPayButton.click());
  }

  /** With a card: fills the new-card form. Without: keeps the stored way to pay. Then Next. */
  async enterPaymentDetails(card?: CardDetails): Promise<void> {
    await this.step(5, async () => {
      if (card) await this.fillCard(card);
      await this.next.click();
    });
  }

  async fillCard(card: CardDetails): Promise<void> {
    await this.fields.holderName.fill(card.holderName);

    // Through typeSecret: no recorded call carries the number, so reports and traces show the last four only.
    await reportStep(`Type card number ending ${card.number.slice(-4)}`, () => typeSecret(this.fields.cardNumber, card.number));

    await this.fields.expiryMonth.selectOption(String(card.expiryMonth));
    await this.fields.expiryYear.selectOption(String(card.expiryYear));
    await this.fields.securityCode.fill(card.securityCode);
    await this.fields.postalCode.fill(card.postalCode);
  }

  async buy(): Promise<void> {
    await this.step(6, async () => {
      await this.stepHeading.filter({ hasText: this.l.wizard.reviewStep }).waitFor();
      await this.buyButton.click();
    });
  }

  /**
   * Two clicks on Buy before the first is answered, as an impatient user makes. Both are delivered to the
   * button itself: a mouse double-click can land beside it once the progress line has moved it.
   */
  async doubleClickBuy(): Promise<void> {
    await this.step(6, async () => {
      await this.stepHeading.filter({ hasText: this.l.wizard.reviewStep }).waitFor();
      await this.buyButton.evaluate((button: HTMLButtonElement) => {
        button.click();
        button.click();
      });
    });
  }
}

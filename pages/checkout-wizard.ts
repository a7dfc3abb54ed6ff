import type { Locator, Page } from '@playwright/test';
import { typeSecret } from './card-typing';
import type { Catalog } from './catalog';
import { Screen } from './screen';

export interface CardDetails {
  holderName: string;
  number: string;
  expiryMonth: number;
  expiryYear: number;
  securityCode: string;
  postalCode: string;
}

/** The order wizard behind Subscribe now and Renew subscriptions: the same screens for both. */
export class CheckoutWizard extends Screen {
  readonly stepHeading: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly buyButton: Locator;
  readonly termsLink: Locator;
  readonly addWayToPayButton: Locator;
  /** With a way to pay on file (a declined card, say): adds another. */
  readonly addAnotherWayToPayButton: Locator;
  readonly storedCards: Locator;
  readonly chargedNotice: Locator;
  readonly alert: Locator;
  readonly progress: Locator;
  /** The fields that hold card data (the number, the security code): a screenshot the harness takes masks them. */
  readonly cardData: Locator;
  readonly fields: Record<
    'holderName' | 'cardNumber' | 'expiryMonth' | 'expiryYear' | 'securityCode' | 'postalCode',
    Locator
  >;

  constructor(
    page: Page,
    private readonly l: Catalog,
  ) {
    super(page);
    const main = page.getByRole('main');
    this.stepHeading = main.getByRole('heading', { level: 2 });
    this.next = main.getByRole('button', { name: l.wizard.next, exact: true });
    this.back = main.getByRole('button', { name: l.app.back, exact: true });
    this.buyButton = main.getByRole('button', { name: l.wizard.buy, exact: true });
    this.termsLink = main.getByRole('link', { name: new RegExp(`^${l.wizard.termsLink}`) });
    this.addWayToPayButton = main.getByRole('button', { name: l.wizard.addWayToPay, exact: true });
    this.addAnotherWayToPayButton = main.getByRole('button', { name: l.wizard.addAnotherWayToPay, exact: true });
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
    this.cardData = this.fields.cardNumber.or(this.fields.securityCode);
  }

  /** The renewal wizard opens on the order details. */
  async verifyOrderDetails(): Promise<void> {
    await this.stepHeading.filter({ hasText: this.l.wizard.verify }).waitFor();
    await this.click(this.next);
  }

  async agreeToTerms(): Promise<void> {
    await this.stepHeading.filter({ hasText: this.l.wizard.termsStep }).waitFor();
    await this.click(this.next);
  }

  async continueToPaymentDetails(): Promise<void> {
    await this.stepHeading.filter({ hasText: this.l.wizard.billingStep }).waitFor();
    await this.click(this.next);
  }

  /** Only offered when no way to pay is on file. */
  async addWayToPay(): Promise<void> {
    await this.click(this.addWayToPayButton);
  }

  async addAnotherWayToPay(): Promise<void> {
    await this.click(this.addAnotherWayToPayButton);
  }

  /** Back one step of the wizard. */
  async goBack(): Promise<void> {
    await this.click(this.back);
  }

  /** With a card: fills the new-card form. Without: keeps the stored way to pay. Then Next. */
  async enterPaymentDetails(card?: CardDetails): Promise<void> {
    if (card) await this.fillCard(card);
    await this.click(this.next);
  }

  async fillCard(card: CardDetails): Promise<void> {
    await this.fill(this.fields.holderName, card.holderName);

    // Through typeSecret: no recorded call carries the number, so reports and traces show the last four only.
    await this.step(`Type card number ending ${card.number.slice(-4)}`, () =>
      typeSecret(this.fields.cardNumber, card.number),
    );

    await this.select(this.fields.expiryMonth, String(card.expiryMonth));
    await this.select(this.fields.expiryYear, String(card.expiryYear));
    await this.fill(this.fields.securityCode, card.securityCode);
    await this.fill(this.fields.postalCode, card.postalCode);
  }

  async buy(): Promise<void> {
    await this.stepHeading.filter({ hasText: this.l.wizard.reviewStep }).waitFor();
    await this.click(this.buyButton);
  }

  /**
   * Two clicks on Buy before the first is answered, as an impatient user makes. Both are delivered to the
   * button itself: a mouse double-click can land beside it once the progress line has moved it.
   */
  async doubleClickBuy(): Promise<void> {
    await this.stepHeading.filter({ hasText: this.l.wizard.reviewStep }).waitFor();
    await this.clickTwice(this.buyButton);
  }
}

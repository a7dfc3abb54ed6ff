import type { CardDetails, Catalog } from '../../pages';
import { testCard } from '../cards';
import { Flow, type FlowMethod, type FlowStep } from '../flow';

/**
 * The order wizard's steps, which Subscribe and Renew both document (Renew after two steps of its own):
 * one set of methods, under each procedure's own step ids.
 */
export abstract class CheckoutFlow extends Flow {
  protected abstract readonly procedure: 'subscribe' | 'renew';

  agreeToTerms(): Promise<void> {
    return this.step(`${this.procedure}.agree-terms`, () => this.pages.checkoutWizard.agreeToTerms());
  }

  continueToPaymentDetails(): Promise<void> {
    return this.step(`${this.procedure}.continue-to-payment`, () =>
      this.pages.checkoutWizard.continueToPaymentDetails(),
    );
  }

  /** Documented "if you need to enter payment details": only offered when no way to pay is on file. */
  addWayToPay(): Promise<void> {
    return this.step(`${this.procedure}.add-way-to-pay`, () => this.pages.checkoutWizard.addWayToPay());
  }

  /** With a card: a new way to pay; without: the one on file. */
  enterPaymentDetails(card?: CardDetails): Promise<void> {
    return this.step(`${this.procedure}.enter-payment`, () => this.pages.checkoutWizard.enterPaymentDetails(card));
  }

  buy(): Promise<void> {
    return this.step(`${this.procedure}.buy`, () => this.pages.checkoutWizard.buy());
  }

  close(): Promise<void> {
    return this.step(`${this.procedure}.close`, () => this.pages.confirmationDialog.close());
  }
}

/** The wizard's methods and the step ids they report, for a procedure's definition. */
export function checkoutMethods(procedure: 'subscribe' | 'renew'): Record<FlowMethod<CheckoutFlow>, string> {
  return {
    agreeToTerms: `${procedure}.agree-terms`,
    continueToPaymentDetails: `${procedure}.continue-to-payment`,
    addWayToPay: `${procedure}.add-way-to-pay`,
    enterPaymentDetails: `${procedure}.enter-payment`,
    buy: `${procedure}.buy`,
    close: `${procedure}.close`,
  };
}

/** The wizard's steps for a procedure's definition, from the terms onwards. */
export function checkoutSteps<F extends CheckoutFlow>(procedure: 'subscribe' | 'renew'): FlowStep<F>[] {
  const next = (l: Catalog) => [l.wizard.next];
  return [
    {
      id: `${procedure}.agree-terms`,
      about: 'next agree terms conditions internal use',
      labels: next,
      perform: (f) => f.agreeToTerms(),
    },
    {
      id: `${procedure}.continue-to-payment`,
      about: 'next add payment details',
      labels: next,
      perform: (f) => f.continueToPaymentDetails(),
    },
    {
      id: `${procedure}.add-way-to-pay`,
      about: 'get started add way to pay need enter payment',
      labels: (l) => [l.wizard.addWayToPay],
      perform: (f) => f.addWayToPay(),
    },
    {
      id: `${procedure}.enter-payment`,
      about: 'enter your payment details then next',
      labels: next,
      perform: (f, { store }) => f.enterPaymentDetails(testCard(store)),
    },
    {
      id: `${procedure}.buy`,
      about: 'review order details buy purchase charged',
      labels: (l) => [l.wizard.buy],
      perform: (f) => f.buy(),
    },
    {
      id: `${procedure}.close`,
      about: 'order confirmed close',
      labels: (l) => [l.wizard.close],
      perform: (f) => f.close(),
    },
  ];
}

/** On the Partner Center menu, Partnership > Offers: where every procedure but Cancel starts. */
export const offersPath = (l: Catalog) => [l.nav.label, l.nav.partnership, l.nav.offers];

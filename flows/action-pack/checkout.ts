import type { CardDetails, Catalog } from '../../pages';
import { testCard } from '../cards';
import type { FlowContext } from '../flow';

/**
 * The order wizard's steps, which Subscribe and Renew both document (Renew after two steps of its own):
 * the same entries, under each procedure's own step ids.
 */
export function checkoutSteps(procedure: 'subscribe' | 'renew') {
  const next = (l: Catalog) => [l.wizard.next];
  return {
    agreeToTerms: {
      id: `${procedure}.agree-terms`,
      about: 'next agree terms conditions internal use',
      labels: next,
      act: ({ pages }: FlowContext) => pages.checkoutWizard.agreeToTerms(),
    },
    continueToPaymentDetails: {
      id: `${procedure}.continue-to-payment`,
      about: 'next add payment details',
      labels: next,
      act: ({ pages }: FlowContext) => pages.checkoutWizard.continueToPaymentDetails(),
    },
    /** Documented "if you need to enter payment details": only offered when no way to pay is on file. */
    addWayToPay: {
      id: `${procedure}.add-way-to-pay`,
      about: 'get started add way to pay need enter payment',
      labels: (l: Catalog) => [l.wizard.addWayToPay],
      act: ({ pages }: FlowContext) => pages.checkoutWizard.addWayToPay(),
    },
    /** With a card: a new way to pay; without: the one on file. */
    enterPaymentDetails: {
      id: `${procedure}.enter-payment`,
      about: 'enter your payment details then next',
      labels: next,
      act: ({ pages }: FlowContext, card?: CardDetails) => pages.checkoutWizard.enterPaymentDetails(card),
      perform(this: { enterPaymentDetails(card?: CardDetails): Promise<void> }, { store }: FlowContext) {
        return this.enterPaymentDetails(testCard(store));
      },
    },
    buy: {
      id: `${procedure}.buy`,
      about: 'review order details buy purchase charged',
      labels: (l: Catalog) => [l.wizard.buy],
      act: ({ pages }: FlowContext) => pages.checkoutWizard.buy(),
    },
    close: {
      id: `${procedure}.close`,
      about: 'order confirmed close',
      labels: (l: Catalog) => [l.wizard.close],
      act: ({ pages }: FlowContext) => pages.confirmationDialog.close(),
    },
  };
}

/** On the Partner Center menu, Partnership > Offers: where every procedure but Cancel starts. */
export const offersPath = (l: Catalog) => [l.nav.label, l.nav.partnership, l.nav.offers];

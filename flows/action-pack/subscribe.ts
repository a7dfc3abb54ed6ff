import { testCard } from '../cards';
import type { CardDetails } from '../../pages';
import { defineFlow, Flow } from '../flow';

export class SubscribeFlow extends Flow {
  selectSubscribeNow(): Promise<void> {
    return this.step('subscribe.open-offers', () => this.pages.offersPage.selectSubscribeNow());
  }

  agreeToTerms(): Promise<void> {
    return this.step('subscribe.agree-terms', () => this.pages.checkoutWizard.agreeToTerms());
  }

  continueToPaymentDetails(): Promise<void> {
    return this.step('subscribe.continue-to-payment', () => this.pages.checkoutWizard.continueToPaymentDetails());
  }

  addWayToPay(): Promise<void> {
    return this.step('subscribe.add-way-to-pay', () => this.pages.checkoutWizard.addWayToPay());
  }

  /** With a card: a new way to pay; without: the one on file. */
  enterPaymentDetails(card?: CardDetails): Promise<void> {
    return this.step('subscribe.enter-payment', () => this.pages.checkoutWizard.enterPaymentDetails(card));
  }

  buy(): Promise<void> {
    return this.step('subscribe.buy', () => this.pages.checkoutWizard.buy());
  }

  doubleClickBuy(): Promise<void> {
    return this.step('subscribe.buy', () => this.pages.checkoutWizard.doubleClickBuy(), 'pressed twice');
  }

  close(): Promise<void> {
    return this.step('subscribe.close', () => this.pages.confirmationDialog.close());
  }
}

const offersPath = (l: { nav: { label: string; partnership: string; offers: string } }) => [l.nav.label, l.nav.partnership, l.nav.offers];

export const subscribe = defineFlow({
  anchor: 'subscribe-to-microsoft-action-pack',
  scenario: 'member-without-payment-method',
  create: (ctx, reporter) => new SubscribeFlow(ctx, reporter),
  steps: [
    { id: 'subscribe.open-offers', about: 'menu partnership offers available subscribe now', labels: (l) => [...offersPath(l), l.offers.available, l.offers.subscribeNow], perform: (f) => f.selectSubscribeNow() },
    { id: 'subscribe.agree-terms', about: 'next agree terms conditions internal use rights', labels: (l) => [l.wizard.next], perform: (f) => f.agreeToTerms() },
    { id: 'subscribe.continue-to-payment', about: 'next add payment details', labels: (l) => [l.wizard.next], perform: (f) => f.continueToPaymentDetails() },
    { id: 'subscribe.add-way-to-pay', about: 'get started add way to pay need enter payment', labels: (l) => [l.wizard.addWayToPay], perform: (f) => f.addWayToPay() },
    { id: 'subscribe.enter-payment', about: 'enter your payment details then next', labels: (l) => [l.wizard.next], perform: (f, { store }) => f.enterPaymentDetails(testCard(store)) },
    { id: 'subscribe.buy', about: 'review order details buy purchase charged', labels: (l) => [l.wizard.buy], perform: (f) => f.buy() },
    { id: 'subscribe.close', about: 'order confirmed close', labels: (l) => [l.wizard.close], perform: (f) => f.close() },
  ],
});

export { offersPath };

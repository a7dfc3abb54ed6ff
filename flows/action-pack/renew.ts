import { testCard } from '../cards';
import type { CardDetails } from '../../pages';
import { defineFlow, Flow } from '../flow';
import { offersPath } from './subscribe';

export class RenewFlow extends Flow {
  findPurchasedActionPack(): Promise<void> {
    return this.step('renew.open-offers', () => this.pages.offersPage.findPurchasedActionPack());
  }

  renewSubscriptions(): Promise<void> {
    return this.step('renew.renew-subscriptions', () => this.pages.subscriptionPage.renewSubscriptions());
  }

  verifyOrderDetails(): Promise<void> {
    return this.step('renew.verify-order', () => this.pages.checkoutWizard.verifyOrderDetails());
  }

  agreeToTerms(): Promise<void> {
    return this.step('renew.agree-terms', () => this.pages.checkoutWizard.agreeToTerms());
  }

  continueToPaymentDetails(): Promise<void> {
    return this.step('renew.continue-to-payment', () => this.pages.checkoutWizard.continueToPaymentDetails());
  }

  addWayToPay(): Promise<void> {
    return this.step('renew.add-way-to-pay', () => this.pages.checkoutWizard.addWayToPay());
  }

  enterPaymentDetails(card?: CardDetails): Promise<void> {
    return this.step('renew.enter-payment', () => this.pages.checkoutWizard.enterPaymentDetails(card));
  }

  buy(): Promise<void> {
    return this.step('renew.buy', () => this.pages.checkoutWizard.buy());
  }

  close(): Promise<void> {
    return this.step('renew.close', () => this.pages.confirmationDialog.close());
  }
}

export const renew = defineFlow({
  anchor: 'renew-your-action-pack-subscription',
  scenario: 'subscriber',
  // Automatic renewal off, close to expiry and no card on file: the page's every step, the reminder included.
  subscription: { renewsInDays: 20, autoRenew: false, paymentMethodOnFile: false },
  create: (ctx, reporter) => new RenewFlow(ctx, reporter),
  steps: [
    { id: 'renew.open-offers', about: 'menu partnership offers purchased', labels: (l) => [...offersPath(l), l.offers.purchased], perform: (f) => f.findPurchasedActionPack() },
    { id: 'renew.renew-subscriptions', about: 'action pack subscription details renew subscriptions under actions', labels: (l) => [l.offers.subscription, l.subscription.renew, l.subscription.actions], perform: (f) => f.renewSubscriptions() },
    { id: 'renew.verify-order', about: 'verify order details next', labels: (l) => [l.wizard.next], perform: (f) => f.verifyOrderDetails() },
    { id: 'renew.agree-terms', about: 'next agree terms conditions internal use', labels: (l) => [l.wizard.next], perform: (f) => f.agreeToTerms() },
    { id: 'renew.continue-to-payment', about: 'next add payment details', labels: (l) => [l.wizard.next], perform: (f) => f.continueToPaymentDetails() },
    { id: 'renew.add-way-to-pay', about: 'get started add way to pay need enter payment', labels: (l) => [l.wizard.addWayToPay], perform: (f) => f.addWayToPay() },
    { id: 'renew.enter-payment', about: 'enter your payment details then next', labels: (l) => [l.wizard.next], perform: (f, { store }) => f.enterPaymentDetails(testCard(store)) },
    { id: 'renew.buy', about: 'review order details buy purchase charged', labels: (l) => [l.wizard.buy], perform: (f) => f.buy() },
    { id: 'renew.close', about: 'order confirmed close', labels: (l) => [l.wizard.close], perform: (f) => f.close() },
  ],
});

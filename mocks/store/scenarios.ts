import type { Subscription } from '../../app/src/api/contract';
import { addDays, anniversaryIn } from './dates';
import { Store, type PaymentMethodRow, type SupportRequestRow } from './store';

/** The partner accounts a test can start from. */
export type Scenario = 'member-without-payment-method' | 'member-with-payment-method' | 'non-member' | 'subscriber';
export const scenarios: readonly Scenario[] = [
  'member-without-payment-method',
  'member-with-payment-method',
  'non-member',
  'subscriber',
];

export interface SubscriberOptions {
  /** Days until the subscription's renewal date; random within the year when omitted. */
  renewsInDays?: number;
  autoRenew?: boolean;
  /** False: the card the subscription was bought with has since been removed. */
  paymentMethodOnFile?: boolean;
}

export function addStoredCard(store: Store): PaymentMethodRow {
  const f = store.faker;
  return store.paymentMethods.create({
    id: store.id('pm'),
    brand: 'visa',
    last4: '1111',
    holderName: store.partner.contact.name,
    expiryMonth: f.number.int({ min: 1, max: 12 }),
    expiryYear: store.now().getUTCFullYear() + f.number.int({ min: 1, max: 5 }),
    outcome: 'approve',
  });
}

export function addSubscription(store: Store, options: SubscriberOptions = {}): Subscription {
  const card = store.paymentMethods.all()[0] ?? addStoredCard(store);
  const renewsIn = options.renewsInDays ?? store.faker.number.int({ min: 31, max: 330 });
  const renewalDate = addDays(store.today(), renewsIn);
  const startDate = anniversaryIn(renewalDate, Number(renewalDate.slice(0, 4)) - 1);
  if (options.paymentMethodOnFile === false) store.paymentMethods.delete(card.id);
  return store.subscriptions.create({
    id: store.id('sub'),
    offerId: 'action-pack',
    startDate,
    renewalDate,
    autoRenew: options.autoRenew ?? true,
    paymentMethodId: card.id,
  });
}

/** Existing service requests: faker fills in what a test does not fix. */
export function addSupportRequests(
  store: Store,
  requests: Partial<Pick<SupportRequestRow, 'title' | 'status'>>[],
): void {
  const f = store.faker;
  requests.forEach((request, i) => {
    store.supportRequests.create({
      id: store.id('sr'),
      number: f.string.numeric({ length: 10, allowLeadingZeros: false }),
      problemType: f.helpers.arrayElement(['account-access', 'offers-and-benefits', 'other'] as const),
      title: request.title ?? f.hacker.phrase().replace(/\.$/, ''),
      description: f.lorem.sentence(),
      contactName: store.partner.contact.name,
      contactEmail: store.partner.contact.email,
      contactPhone: store.partner.contact.phone,
      status: request.status ?? f.helpers.arrayElement(['open', 'closed'] as const),
      // Newest first on screen: give each a distinct day, in the order given.
      createdOn: addDays(store.today(), -(i + 1)),
    });
  });
}

export function seedScenario(store: Store, scenario: Scenario, subscriber: SubscriberOptions = {}): Store {
  switch (scenario) {
    case 'non-member':
      store.partner = { ...store.partner, membership: 'none' };
      break;
    case 'member-with-payment-method':
      addStoredCard(store);
      break;
    case 'subscriber':
      addSubscription(store, subscriber);
      break;
    case 'member-without-payment-method':
      break;
  }
  return store;
}

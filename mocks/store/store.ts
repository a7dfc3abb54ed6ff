import { Faker, base, en } from '@faker-js/faker';
import type {
  AccountUser,
  AdvisoryRequest,
  Benefit,
  GoToMarketOffer,
  IsoDate,
  MarketingContact,
  Money,
  Order,
  Partner,
  PartnerRole,
  PaymentMethod,
  Subscription,
  SupportRequest,
} from '../../app/src/api/contract';
import { Collection } from './collection';
import { toIsoDate } from './dates';

export interface PaymentMethodRow extends PaymentMethod {
  /** Decided when the card was added, from its (test) number; the number itself is never stored. */
  outcome: 'approve' | 'decline';
}
export interface OrderRow extends Order {
  idempotencyKey: string;
}
export interface ChargeRow {
  id: string;
  orderId: string;
  paymentMethodId: string;
  amount: Money;
  chargedOn: IsoDate;
}
export interface SupportRequestRow extends SupportRequest {
  idempotencyKey?: string;
}
export interface AdvisoryRequestRow extends AdvisoryRequest {
  idempotencyKey: string;
}
/** A Go-To-Market offer as stored: its status and expiry follow from when activation was requested and the clock. */
export type GoToMarketOfferRow = Pick<GoToMarketOffer, 'id' | 'benefit' | 'type' | 'requestedOn'>;

/**
 * The backend's whole state for one test (or one `npm start` session). Handlers read and write it; specs
 * read it to assert what the backend was asked to do (one charge, no subscription, …).
 */
export class Store {
  readonly faker: Faker;
  partner: Partner;
  actionPackPrice: Money = { amount: 47_500, currency: 'USD' };
  readonly paymentMethods = new Collection<PaymentMethodRow>();
  readonly subscriptions = new Collection<Subscription>();
  readonly orders = new Collection<OrderRow>();
  readonly charges = new Collection<ChargeRow>();
  readonly supportRequests = new Collection<SupportRequestRow>();
  // Membership benefits (mocks/store/benefits.ts grants them from what the partner holds, on first use).
  /** The signed-in user's role: only a global admin assigns benefits. */
  role: PartnerRole = 'global-admin';
  readonly users = new Collection<AccountUser>();
  readonly benefits = new Collection<Benefit>();
  readonly goToMarketOffers = new Collection<GoToMarketOfferRow>();
  readonly advisoryRequests = new Collection<AdvisoryRequestRow>();
  marketingContact: MarketingContact | null = null;
  /** The backend's clock; the fixtures move it together with the browser's `page.clock`. */
  now: () => Date = () => new Date();

  constructor(readonly seed: number) {
    this.faker = new Faker({ locale: [en, base], seed });
    this.partner = this.newPartner();
  }

  /**
   * Fixes the backend's clock on a calendar date, at 17:00 UTC; returns that instant so the browser's clock can be
   * set to it too. The product reads dates in UTC, as the backend does, so both see `date`; the browser's own time
   * zone, which nothing reads for a date, shows 09:00 in Los Angeles and 02:00 the next day in Seoul.
   */
  fixDate(date: IsoDate): Date {
    const now = new Date(`${date}T17:00:00Z`);
    this.now = () => now;
    return now;
  }

  today(): IsoDate {
    return toIsoDate(this.now());
  }

  id(prefix: string): string {
    return `${prefix}-${this.faker.string.alphanumeric({ length: 10, casing: 'lower' })}`;
  }

  private newPartner(): Partner {
    const f = this.faker;
    return {
      id: f.string.uuid(),
      companyName: f.company.name(),
      mpnId: f.string.numeric({ length: 7, allowLeadingZeros: false }),
      membership: 'network',
      competencies: [],
      billingAddress: {
        line1: f.location.streetAddress(),
        city: f.location.city(),
        postalCode: f.location.zipCode('#####'),
        country: 'United States',
      },
      contact: {
        name: f.person.fullName(),
        email: f.internet.email({ provider: 'example.com' }).toLowerCase(),
        phone: f.phone.number({ style: 'national' }),
      },
    };
  }

  activeSubscription(): Subscription | undefined {
    return this.subscriptions.all()[0];
  }
}

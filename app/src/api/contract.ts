// The REST contract between the sandbox front end and any backend behind `/api`.
// The sandbox's client parses every response with these schemas, and the mocked backend parses every
// request body with them, so a change on either side that breaks the contract fails the spec that made it.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const Money = z.object({
  /** Minor units (cents) so sums never drift. */
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
});
export type Money = z.infer<typeof Money>;

export const Membership = z.enum(['none', 'network']);
export const Partner = z.object({
  id: z.string(),
  companyName: z.string(),
  mpnId: z.string().regex(/^\d{7}$/),
  membership: Membership,
  competencies: z.array(z.object({ name: z.string(), level: z.enum(['silver', 'gold']) })),
  billingAddress: z.object({ line1: z.string(), city: z.string(), postalCode: z.string(), country: z.string() }),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
});
export type Partner = z.infer<typeof Partner>;

export const Eligibility = z.discriminatedUnion('eligible', [
  z.object({ eligible: z.literal(true) }),
  z.object({ eligible: z.literal(false), reason: z.enum(['not-network-member', 'already-subscribed']) }),
]);
export const Offer = z.object({
  id: z.literal('action-pack'),
  price: Money,
  termMonths: z.literal(12),
  eligibility: Eligibility,
});
export type Offer = z.infer<typeof Offer>;

export const PaymentMethod = z.object({
  id: z.string(),
  brand: z.enum(['visa', 'mastercard', 'amex', 'discover']),
  last4: z.string().regex(/^\d{4}$/),
  holderName: z.string(),
  expiryMonth: z.number().int().min(1).max(12),
  expiryYear: z.number().int(),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const NewPaymentMethod = z.object({
  holderName: z.string().trim().min(1, 'Enter the name on the card.'),
  cardNumber: z.string().regex(/^\d{12,19}$/, 'Enter a valid card number.'),
  expiryMonth: z.number().int().min(1, 'Choose the expiration month.').max(12, 'Choose the expiration month.'),
  expiryYear: z.number().int().min(2000, 'Choose the expiration year.'),
  securityCode: z.string().regex(/^\d{3,4}$/, 'Enter the 3 or 4 digit security code.'),
  postalCode: z.string().trim().min(1, 'Enter the billing postal code.'),
});
export type NewPaymentMethod = z.infer<typeof NewPaymentMethod>;

export const Subscription = z.object({
  id: z.string(),
  offerId: z.literal('action-pack'),
  /** The purchase date: the subscription renews each year on this month and day. */
  startDate: IsoDate,
  renewalDate: IsoDate,
  autoRenew: z.boolean(),
  paymentMethodId: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

export const PlaceOrder = z.object({
  offerId: z.literal('action-pack'),
  kind: z.enum(['purchase', 'renewal']),
  subscriptionId: z.string().optional(),
  paymentMethodId: z.string().min(1),
  acceptedTerms: z.literal(true, { error: 'The terms and conditions must be accepted.' }),
  /** One key per checkout, so a retried or repeated Buy never charges twice. */
  idempotencyKey: z.string().min(8),
});
export type PlaceOrder = z.infer<typeof PlaceOrder>;

export const Order = z.object({
  id: z.string(),
  kind: z.enum(['purchase', 'renewal']),
  subscriptionId: z.string(),
  amount: Money,
  paymentMethodId: z.string(),
  chargedOn: IsoDate,
});
export type Order = z.infer<typeof Order>;

export const PlaceOrderResult = z.object({ order: Order, subscription: Subscription });
export type PlaceOrderResult = z.infer<typeof PlaceOrderResult>;

export const UpdateSubscription = z.object({ autoRenew: z.boolean() }).strict();
export type UpdateSubscription = z.infer<typeof UpdateSubscription>;

export const ProblemType = z.enum(['billing-invoice-payment', 'account-access', 'offers-and-benefits', 'other']);
export type ProblemType = z.infer<typeof ProblemType>;

export const NewSupportRequest = z.object({
  problemType: ProblemType,
  title: z.string().trim().min(1, 'Enter a title.'),
  description: z.string().trim().min(1, 'Describe the problem.'),
  contactName: z.string().trim().min(1, 'Enter a contact name.'),
  contactEmail: z.email('Enter a valid email address.'),
  contactPhone: z.string().trim().min(1, 'Enter a phone number.'),
  idempotencyKey: z.string().min(8),
});
export type NewSupportRequest = z.infer<typeof NewSupportRequest>;

export const SupportRequest = z.object({
  id: z.string(),
  number: z.string(),
  problemType: ProblemType,
  title: z.string(),
  description: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  status: z.enum(['open', 'closed']),
  createdOn: IsoDate,
});
export type SupportRequest = z.infer<typeof SupportRequest>;

export const ApiError = z.object({
  message: z.string(),
  code: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export const routes = {
  partner: '/api/partner',
  offers: '/api/offers',
  paymentMethods: '/api/payment-methods',
  orders: '/api/orders',
  subscriptions: '/api/subscriptions',
  subscription: (id: string) => `/api/subscriptions/${encodeURIComponent(id)}`,
  supportRequests: '/api/support-requests',
  supportRequest: (id: string) => `/api/support-requests/${encodeURIComponent(id)}`,
} as const;

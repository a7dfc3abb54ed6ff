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

export const ProblemType = z.enum([
  'billing-invoice-payment',
  'account-access',
  'offers-and-benefits',
  'benefit-cancellation',
  'other',
]);
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

// Membership benefits: what the partner bought (Action Pack) and what its competencies earn (Go-To-Market offers).

/** The signed-in user's Partner Center role; only a global admin assigns benefits. */
export const PartnerRole = z.enum(['global-admin', 'user-admin', 'admin-agent', 'mpn-partner-admin']);
export type PartnerRole = z.infer<typeof PartnerRole>;

/** A user of the company's Partner Center account (Account settings > User management). */
export const AccountUser = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type AccountUser = z.infer<typeof AccountUser>;

export const BenefitCategory = z.enum(['software', 'cloud', 'visual-studio', 'technical']);
export type BenefitCategory = z.infer<typeof BenefitCategory>;

/**
 * How a benefit is started: license keys (software, license-based cloud), a user assigned (usage-based Azure
 * to yourself, Visual Studio, support with an alternative email), or a request form (advisory hours).
 */
export const BenefitKind = z.enum(['license-keys', 'azure-usage', 'user-seats', 'support', 'advisory-hours']);
export type BenefitKind = z.infer<typeof BenefitKind>;

export const LicenseKey = z.object({ key: z.string(), instructions: z.string() });
export const Assignment = z.object({
  userId: z.string(),
  alternativeEmail: z.string().optional(),
  assignedOn: IsoDate,
});
export type Assignment = z.infer<typeof Assignment>;

export const Benefit = z.object({
  id: z.string(),
  category: BenefitCategory,
  kind: BenefitKind,
  /** The product's own name, the same in every language (Windows 10 Enterprise (upgrade), Microsoft Azure). */
  product: z.string(),
  quantity: z.number().int().positive(),
  /** The subscription it came with. */
  subscriptionId: z.string(),
  /** Revealed by Get keys; null until then. */
  keys: z.array(LicenseKey).nullable(),
  assignments: z.array(Assignment),
  /** For software: the installation packages' languages and operating systems. */
  languages: z.array(z.string()),
  operatingSystems: z.array(z.enum(['32-bit', '64-bit'])),
});
export type Benefit = z.infer<typeof Benefit>;

export const Download = z.object({ name: z.string(), url: z.url() });
export type Download = z.infer<typeof Download>;

export const MarketingContact = z.object({
  userId: z.string(),
  email: z.string(),
  phone: z.string(),
  /** A language tag (en-US, ko-KR). */
  language: z.string(),
});
export type MarketingContact = z.infer<typeof MarketingContact>;

export const NewMarketingContact = z.object({
  userId: z.string().min(1, 'Choose a user.'),
  email: z.email('Enter a valid email address.'),
  phone: z.string().trim().min(1, 'Enter a phone number.'),
  language: z.string().min(2, 'Choose a preferred language.'),
});
export type NewMarketingContact = z.infer<typeof NewMarketingContact>;

export const GoToMarketOffer = z.object({
  id: z.string(),
  /** The benefit the offer sits under: Silver Core, Gold Core. */
  benefit: z.enum(['silver-core', 'gold-core']),
  type: z.enum(['campaign-in-a-box', 'solution-finder-listing', 'co-marketing', 'case-study']),
  status: z.enum(['available', 'pending', 'active']),
  requestedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
});
export type GoToMarketOffer = z.infer<typeof GoToMarketOffer>;

export const Benefits = z.object({
  role: PartnerRole,
  /** What the role allows: assigning benefits (global admin), managing Go-To-Market offers (and MPN partner admin). */
  canAssign: z.boolean(),
  canManageGoToMarket: z.boolean(),
  signedInUserId: z.string(),
  users: z.array(AccountUser),
  benefits: z.array(Benefit),
  marketingContact: MarketingContact.nullable(),
  offers: z.array(GoToMarketOffer),
});
export type Benefits = z.infer<typeof Benefits>;

export const NewAssignment = z.object({
  userId: z.string().min(1, 'Choose a user.'),
  alternativeEmail: z.email('Enter a valid email address.').optional(),
});
export type NewAssignment = z.infer<typeof NewAssignment>;

export const NewAdvisoryRequest = z.object({
  benefitId: z.string().min(1),
  phase: z.enum(['presales', 'design', 'deployment', 'app-development']),
  description: z.string().trim().min(1, 'Describe what you need help with.'),
  idempotencyKey: z.string().min(8),
});
export type NewAdvisoryRequest = z.infer<typeof NewAdvisoryRequest>;

export const AdvisoryRequest = NewAdvisoryRequest.omit({ idempotencyKey: true }).extend({
  id: z.string(),
  number: z.string(),
  createdOn: IsoDate,
});
export type AdvisoryRequest = z.infer<typeof AdvisoryRequest>;

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
  benefits: '/api/benefits',
  benefitKeys: (id: string) => `/api/benefits/${encodeURIComponent(id)}/keys`,
  benefitDownloads: (id: string) => `/api/benefits/${encodeURIComponent(id)}/downloads`,
  benefitAssignments: (id: string) => `/api/benefits/${encodeURIComponent(id)}/assignments`,
  benefitAssignment: (id: string, userId: string) =>
    `/api/benefits/${encodeURIComponent(id)}/assignments/${encodeURIComponent(userId)}`,
  advisoryRequests: '/api/advisory-requests',
  marketingContact: '/api/marketing-contact',
  offerActivation: (id: string) => `/api/go-to-market-offers/${encodeURIComponent(id)}/activation`,
} as const;

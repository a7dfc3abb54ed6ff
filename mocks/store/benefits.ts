import { Faker, base, en } from '@faker-js/faker';
import type { AccountUser, Benefit, GoToMarketOffer, IsoDate, Subscription } from '../../app/src/api/contract';
import { addDays, anniversaryIn } from './dates';
import type { GoToMarketOfferRow, Store } from './store';

/**
 * What a Microsoft Action Pack subscription includes, as the first page lists it ("Subscribe to Action Pack
 * to: …"): the products and how many of each, sorted into the Benefits tabs. Technical benefits are the kinds
 * the second page names (product support incidents, partner advisory hours).
 */
export const actionPackBenefits: readonly Omit<Benefit, 'id' | 'subscriptionId' | 'keys' | 'assignments'>[] = [
  {
    category: 'software',
    kind: 'license-keys',
    product: 'Windows 10 Enterprise (upgrade)',
    quantity: 10,
    languages: ['en-US', 'ko-KR', 'ja-JP', 'de-DE'],
    operatingSystems: ['32-bit', '64-bit'],
  },
  {
    category: 'cloud',
    kind: 'azure-usage',
    product: 'Microsoft Azure',
    quantity: 1,
    languages: [],
    operatingSystems: [],
  },
  {
    category: 'cloud',
    kind: 'license-keys',
    product: 'Office 365 (E3)',
    quantity: 10,
    languages: [],
    operatingSystems: [],
  },
  {
    category: 'cloud',
    kind: 'license-keys',
    product: 'Enterprise Mobility Suite',
    quantity: 5,
    languages: [],
    operatingSystems: [],
  },
  {
    category: 'cloud',
    kind: 'license-keys',
    product: 'Microsoft Dynamics CRM Online Professional',
    quantity: 5,
    languages: [],
    operatingSystems: [],
  },
  {
    category: 'cloud',
    kind: 'license-keys',
    product: 'Visual Studio Team Services',
    quantity: 1,
    languages: [],
    operatingSystems: [],
  },
  {
    category: 'visual-studio',
    kind: 'user-seats',
    product: 'Visual Studio Professional',
    quantity: 3,
    languages: [],
    operatingSystems: [],
  },
  { category: 'technical', kind: 'support', product: 'support', quantity: 2, languages: [], operatingSystems: [] },
  {
    category: 'technical',
    kind: 'advisory-hours',
    product: 'advisory-hours',
    quantity: 5,
    languages: [],
    operatingSystems: [],
  },
];

/** The Go-To-Market offers each competency level earns, under its core benefit. */
const coreOffers: Record<'silver' | 'gold', { benefit: GoToMarketOffer['benefit']; types: GoToMarketOffer['type'][] }> =
  {
    silver: { benefit: 'silver-core', types: ['campaign-in-a-box', 'solution-finder-listing'] },
    gold: { benefit: 'gold-core', types: ['co-marketing', 'case-study'] },
  };

/** The documentation says activation "can take several days": the sandbox's clock moves it on after these. */
export const ACTIVATION_DAYS = 3;
/** A refund is possible within this many days of purchase. */
export const REFUND_DAYS = 30;

// Benefits draw from their own faker, seeded from the store's: granting them never shifts the data the first
// page's flows see (card expiry dates, ids) for the same seed.
const fakers = new WeakMap<Store, Faker>();
function fakerOf(store: Store): Faker {
  let f = fakers.get(store);
  if (!f) fakers.set(store, (f = new Faker({ locale: [en, base], seed: store.seed + 1 })));
  return f;
}

function benefitId(store: Store): string {
  return `ben-${fakerOf(store).string.alphanumeric({ length: 10, casing: 'lower' })}`;
}

/** The company's Partner Center users: the signed-in partner contact first, then colleagues at the company's domain. */
function ensureUsers(store: Store): void {
  if (store.users.size > 0) return;
  const f = fakerOf(store);
  const { name, email } = store.partner.contact;
  store.users.create({ id: 'user-1', name, email });
  const domain = email.split('@')[1] ?? 'example.com';
  // A user is chosen from a list by name and email, and the email is made of the name: two users of one name would
  // share a label, and a choice by it could pick either. A name already taken is drawn again, the same for a seed.
  const taken = new Set([name]);
  for (let i = 2; i <= 4; i++) {
    let first: string;
    let last: string;
    do {
      first = f.person.firstName();
      last = f.person.lastName();
    } while (taken.has(`${first} ${last}`));
    taken.add(`${first} ${last}`);
    store.users.create({
      id: `user-${i}`,
      name: `${first} ${last}`,
      email: `${first}.${last}@${domain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
    });
  }
}

/** The signed-in user: the account's partner contact. */
export const signedInUserId = 'user-1';

function grantFor(store: Store, subscription: Subscription): void {
  if (store.benefits.findBy((b) => b.subscriptionId === subscription.id)) return;
  for (const benefit of actionPackBenefits)
    store.benefits.create({
      ...benefit,
      id: benefitId(store),
      subscriptionId: subscription.id,
      keys: null,
      assignments: [],
    });
}

function grantOffers(store: Store): void {
  for (const { level } of store.partner.competencies) {
    const { benefit, types } = coreOffers[level];
    if (store.goToMarketOffers.findBy((o) => o.benefit === benefit)) continue;
    for (const type of types)
      store.goToMarketOffers.create({ id: `gtm-${benefit}-${type}`, benefit, type, requestedOn: null });
  }
}

/**
 * Grants what the partner holds and has not been granted yet: the benefits of each subscription (so a partner who
 * subscribes on the offers page finds them), the offers of each competency, the account's users.
 */
export function grantBenefits(store: Store): void {
  ensureUsers(store);
  for (const subscription of store.subscriptions.all()) grantFor(store, subscription);
  grantOffers(store);
}

/** Product license keys, with the special instructions the page says to follow. */
export function licenseKeys(store: Store, benefit: Benefit): NonNullable<Benefit['keys']> {
  const f = fakerOf(store);
  const group = () => f.string.alphanumeric({ length: 5, casing: 'upper' });
  return [
    {
      key: Array.from({ length: 5 }, group).join('-'),
      instructions: `Use this key for up to ${benefit.quantity} activations of ${benefit.product}. Activate it before installing on more computers.`,
    },
  ];
}

/** An offer as the partner sees it today: pending for a few days after activation, then active for a year. */
export function offerView(store: Store, row: GoToMarketOfferRow): GoToMarketOffer {
  if (!row.requestedOn) return { ...row, status: 'available', expiresOn: null };
  const activeOn = addDays(row.requestedOn, ACTIVATION_DAYS);
  if (store.today() < activeOn) return { ...row, status: 'pending', expiresOn: null };
  return { ...row, status: 'active', expiresOn: anniversaryIn(activeOn, Number(activeOn.slice(0, 4)) + 1) };
}

/** The last day a refund can be asked for, for a purchase on `startDate`. */
export const refundDeadline = (startDate: IsoDate): IsoDate => addDays(startDate, REFUND_DAYS);

export type RefundRefusal =
  | { code: 'nothing-to-cancel' }
  | { code: 'refund-window-passed'; purchasedOn: IsoDate }
  | { code: 'software-activated' };

/** Why a cancellation with a refund is refused now, by the documented rule; undefined when it is allowed. */
export function refundRefusal(store: Store): RefundRefusal | undefined {
  const subscription = store.activeSubscription();
  if (!subscription) return { code: 'nothing-to-cancel' };
  if (store.today() > refundDeadline(subscription.startDate))
    return { code: 'refund-window-passed', purchasedOn: subscription.startDate };
  const activated = store.benefits
    .all()
    .some((b) => b.subscriptionId === subscription.id && b.category === 'software' && b.keys !== null);
  return activated ? { code: 'software-activated' } : undefined;
}

/** The account's three users besides the signed-in one (granted first if need be), for a test to assign. */
export function colleaguesOf(store: Store): [AccountUser, AccountUser, AccountUser] {
  grantBenefits(store);
  const [, a, b, c] = store.users.all();
  if (!a || !b || !c) throw new Error('the account has fewer than four users');
  return [a, b, c];
}

import type { Page } from '@playwright/test';
import { routes } from '../../app/src/api/contract';
import type { FlowContext } from '../../flows/flow';
import { callApi } from '../../harness/session/backend';
import { addDays, type Store } from '../../mocks/store';
import { referenceTimeouts, scaled } from '../../harness/settings/timeouts';
import type { ActivationDay, Answer, RefundFindings } from './facts';

// What the page's rules need of the product beyond the screens its procedures show, asked of its backend through
// the page (the same mocked network a script on it would use) after a flow completed. Nothing here knows the page's
// figures: the rules compare these answers with what the page states.

const answer = ({ status, body }: { status: number; body: Record<string, unknown> }): Answer => ({
  status,
  ...(typeof body['code'] === 'string' && { code: body['code'] }),
});

let requests = 0;
function cancellation(page: Page, store: Store): Promise<Answer> {
  const { name, email } = store.partner.contact;
  return callApi(page, 'POST', routes.supportRequests, {
    problemType: 'benefit-cancellation',
    title: 'Cancel our membership benefits',
    description: 'Please cancel and refund.',
    contactName: name,
    contactEmail: email,
    contactPhone: '+1 425 555 0100',
    idempotencyKey: `refund-probe-${++requests}`,
  }).then(answer);
}

/** The last day after purchase a refund is still granted (no software key out), and the answer once keys are out. */
export async function refundFindings({ page, store }: FlowContext): Promise<RefundFindings> {
  const held = store.activeSubscription();
  if (!held) throw new Error('the account holds no subscription to cancel');
  const purchasedDaysAgo = (d: number) =>
    store.subscriptions.update(held.id, { startDate: addDays(store.today(), -d) });
  purchasedDaysAgo(1);
  const afterSoftwareActivated = await cancellation(page, store);
  const withKeys = store.benefits.all().filter((b) => b.keys !== null);
  for (const b of withKeys) store.benefits.update(b.id, { keys: null });
  const granted = async (d: number) => {
    purchasedDaysAgo(d);
    return (await cancellation(page, store)).status === 201;
  };
  // The product's window, searched for rather than assumed: the largest day still granted, up to two years.
  let lastDayGranted = -1;
  if (await granted(0)) {
    let [lo, hi] = [0, 731];
    if (await granted(hi)) lo = hi;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await granted(mid)) lo = mid;
      else hi = mid;
    }
    lastDayGranted = lo;
  }
  for (const b of withKeys) store.benefits.update(b.id, { keys: b.keys });
  store.subscriptions.update(held.id, { startDate: held.startDate });
  return { lastDayGranted, afterSoftwareActivated };
}

/** A support benefit assigned to a colleague with their own account email as the alternative one. */
export async function supportSameEmail({ page, store }: FlowContext): Promise<Answer> {
  const support = store.benefits.findBy((b) => b.kind === 'support');
  const user = store.users.all().find((u) => !support?.assignments.some((a) => a.userId === u.id));
  if (!support || !user) throw new Error('no support benefit, or no user left to assign to it');
  return answer(
    await callApi(page, 'POST', routes.benefitAssignments(support.id), {
      userId: user.id,
      alternativeEmail: user.email,
    }),
  );
}

/** A marketing contact whose email is the user's own account email. */
export async function contactSameEmail({ page, store }: FlowContext): Promise<Answer> {
  const [, , user] = store.users.all();
  if (!user) throw new Error('the account has too few users');
  return answer(
    await callApi(page, 'PUT', routes.marketingContact, {
      userId: user.id,
      email: user.email,
      phone: '+1 425 555 0100',
      language: 'en-US',
    }),
  );
}

/** What `find` finds, asked again every 50 ms until an action's time limit has passed; undefined if nothing by then. */
async function until<T>(find: () => T | undefined): Promise<T | undefined> {
  const deadline = performance.now() + scaled(referenceTimeouts.action);
  for (;;) {
    const found = find();
    if (found !== undefined || performance.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The status the offers table shows for the offer the flow activated, once its Activate is answered. */
export async function statusShownAfterActivate({ pages, store }: FlowContext): Promise<string | undefined> {
  // The flow's last press returns before the product's request reaches the backend: on a loaded machine the store
  // had no activated offer yet, and the rule read "nothing" where the table shows Pending.
  const offer = await until(() => store.goToMarketOffers.findBy((o) => o.requestedOn !== null));
  if (!offer) return undefined;
  const { benefitsPage } = pages;
  await benefitsPage.activateButton(offer.benefit, offer.type).waitFor({ state: 'detached' });
  return (await benefitsPage.offerStatus(offer.benefit, offer.type).textContent())?.trim();
}

/** Each activated offer's status on each of the 14 days after it was activated, as the backend reports it. */
export async function activationDays({ page, store }: FlowContext): Promise<ActivationDay[]> {
  const today = store.today();
  const days: ActivationDay[] = [];
  try {
    for (let day = 0; day <= 14; day++) {
      store.fixDate(addDays(today, day));
      const { body } = await callApi(page, 'GET', routes.benefits, undefined);
      const offers = (body['offers'] ?? []) as {
        status: string;
        expiresOn: string | null;
        requestedOn: string | null;
      }[];
      const activated = offers.find((o) => o.requestedOn === today);
      if (activated) days.push({ day, status: activated.status, expiresOn: activated.expiresOn });
    }
  } finally {
    store.fixDate(today);
  }
  return days;
}

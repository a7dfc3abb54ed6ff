import { http, HttpResponse } from 'msw';
import { PlaceOrder, routes, type PlaceOrderResult, type Subscription } from '../../app/src/api/contract';
import type { OrderRow, Store } from '../store';
import { anniversaryIn, nextRenewal } from '../store/dates';
import { fail, parseBody } from './respond';

function result(store: Store, order: OrderRow): PlaceOrderResult {
  const { idempotencyKey: _key, ...publicOrder } = order;
  const subscription = store.subscriptions.find(order.subscriptionId);
  if (!subscription) throw new Error(`order ${order.id} has no subscription`);
  return { order: publicOrder, subscription };
}

export const orderHandlers = (store: Store) => [
  http.post(`*${routes.orders}`, async ({ request }) => {
    const body = await parseBody(request, PlaceOrder);
    if (!body.ok) return body.response;
    const input = body.data;

    // A repeated key is the same order: answer what was done, charge nothing more.
    const earlier = store.orders.findBy((o) => o.idempotencyKey === input.idempotencyKey);
    if (earlier) return HttpResponse.json(result(store, earlier));

    if (store.partner.membership !== 'network')
      return fail(403, 'not-network-member', 'You must be a network member to upgrade your membership.');
    const card = store.paymentMethods.find(input.paymentMethodId);
    if (!card) return fail(422, 'invalid', 'Choose a way to pay.', { paymentMethodId: 'Unknown payment method.' });

    const held = store.activeSubscription();
    let existing: Subscription | undefined;
    if (input.kind === 'purchase' && held)
      return fail(409, 'already-subscribed', 'You already have a Microsoft Action Pack subscription.');
    if (input.kind === 'renewal') {
      existing = input.subscriptionId ? store.subscriptions.find(input.subscriptionId) : undefined;
      if (!existing)
        return fail(404, 'subscription-not-found', 'You can only renew a Microsoft Action Pack subscription you hold.');
    }

    if (card.outcome === 'decline') return fail(402, 'card-declined', 'Your card was declined.');

    const today = store.today();
    const subscription = existing
      ? store.subscriptions.update(existing.id, {
          renewalDate: nextRenewal(existing.startDate, existing.renewalDate),
          autoRenew: true,
          paymentMethodId: card.id,
        })
      : store.subscriptions.create({
          id: store.id('sub'),
          offerId: 'action-pack',
          startDate: today,
          renewalDate: anniversaryIn(today, Number(today.slice(0, 4)) + 1),
          autoRenew: true,
          paymentMethodId: card.id,
        });
    const order = store.orders.create({
      id: store.id('ord'),
      kind: input.kind,
      subscriptionId: subscription.id,
      amount: store.actionPackPrice,
      paymentMethodId: card.id,
      chargedOn: today,
      idempotencyKey: input.idempotencyKey,
    });
    store.charges.create({
      id: store.id('ch'),
      orderId: order.id,
      paymentMethodId: card.id,
      amount: order.amount,
      chargedOn: today,
    });
    return HttpResponse.json(result(store, order), { status: 201 });
  }),
];

import { http, HttpResponse } from 'msw';
import { UpdateSubscription, routes } from '../../app/src/api/contract';
import type { Store } from '../store';
import { fail, notFound, parseBody } from './respond';

export const subscriptionHandlers = (store: Store) => [
  http.get(`*${routes.subscriptions}`, () => HttpResponse.json(store.subscriptions.all())),

  http.get(`*${routes.subscriptions}/:id`, ({ params }) => {
    const subscription = store.subscriptions.find(String(params.id));
    return subscription ? HttpResponse.json(subscription) : notFound('subscription');
  }),

  http.patch(`*${routes.subscriptions}/:id`, async ({ params, request }) => {
    const subscription = store.subscriptions.find(String(params.id));
    if (!subscription) return notFound('subscription');
    const body = await parseBody(request, UpdateSubscription);
    if (!body.ok) return body.response;
    // Documented rule: once off, automatic renewal stays off until the subscription is renewed again.
    if (body.data.autoRenew && !subscription.autoRenew)
      return fail(
        409,
        'auto-renew-locked',
        "Automatic renewal can't be turned back on until you renew the subscription.",
      );
    return HttpResponse.json(store.subscriptions.update(subscription.id, { autoRenew: body.data.autoRenew }));
  }),
];

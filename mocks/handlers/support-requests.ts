import { http, HttpResponse } from 'msw';
import { NewSupportRequest, routes } from '../../app/src/api/contract';
import type { Store } from '../store';
import { refundRefusal } from '../store/benefits';
import { fail, notFound, parseBody } from './respond';

const toPublic = <T extends { idempotencyKey?: string }>({ idempotencyKey: _key, ...row }: T) => row;

export const supportRequestHandlers = (store: Store) => [
  http.get(`*${routes.supportRequests}`, () =>
    HttpResponse.json(
      store.supportRequests
        .all()
        .map(toPublic)
        .sort((a, b) => b.createdOn.localeCompare(a.createdOn)),
    ),
  ),

  http.get(`*${routes.supportRequests}/:id`, ({ params }) => {
    const row = store.supportRequests.find(String(params.id));
    return row ? HttpResponse.json(toPublic(row)) : notFound('service request');
  }),

  http.post(`*${routes.supportRequests}`, async ({ request }) => {
    const body = await parseBody(request, NewSupportRequest);
    if (!body.ok) return body.response;
    const earlier = store.supportRequests.findBy((r) => r.idempotencyKey === body.data.idempotencyKey);
    if (earlier) return HttpResponse.json(toPublic(earlier));
    // Documented refund rule: within 30 days of purchase and before the software benefits are activated.
    const refused = body.data.problemType === 'benefit-cancellation' ? refundRefusal(store) : undefined;
    if (refused)
      return 'purchasedOn' in refused
        ? fail(422, refused.code, 'A refund is possible only within 30 days of purchase.', {
            purchasedOn: refused.purchasedOn,
          })
        : fail(422, refused.code, 'A refund is possible only before the software benefits are activated.');
    const row = store.supportRequests.create({
      ...body.data,
      id: store.id('sr'),
      number: store.faker.string.numeric({ length: 10, allowLeadingZeros: false }),
      status: 'open',
      createdOn: store.today(),
    });
    return HttpResponse.json(toPublic(row), { status: 201 });
  }),
];

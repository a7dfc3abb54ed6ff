import { http, HttpResponse } from 'msw';
import { NewPaymentMethod, routes, type PaymentMethod } from '../../app/src/api/contract';
import type { PaymentMethodRow, Store } from '../store';
import { brandOf, declines, luhnValid } from '../store/test-cards';
import { fail, parseBody } from './respond';

const toPublic = ({ outcome: _outcome, ...method }: PaymentMethodRow): PaymentMethod => method;

export const paymentMethodHandlers = (store: Store) => [
  http.get(`*${routes.paymentMethods}`, () => HttpResponse.json(store.paymentMethods.all().map(toPublic))),

  http.post(`*${routes.paymentMethods}`, async ({ request }) => {
    const body = await parseBody(request, NewPaymentMethod);
    if (!body.ok) return body.response;
    const card = body.data;
    const brand = brandOf(card.cardNumber);
    if (!brand || !luhnValid(card.cardNumber))
      return fail(422, 'invalid', 'Some information is missing or not valid.', {
        cardNumber: 'Enter a valid card number.',
      });
    const now = store.now();
    const expired =
      card.expiryYear < now.getUTCFullYear() ||
      (card.expiryYear === now.getUTCFullYear() && card.expiryMonth < now.getUTCMonth() + 1);
    if (expired)
      return fail(422, 'invalid', 'Some information is missing or not valid.', {
        expiryYear: 'This card has expired.',
      });
    const outcome = (await declines(card.cardNumber)) ? 'decline' : 'approve';
    const row = store.paymentMethods.create({
      id: store.id('pm'),
      brand,
      last4: card.cardNumber.slice(-4),
      holderName: card.holderName,
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
      outcome,
    });
    return HttpResponse.json(toPublic(row), { status: 201 });
  }),
];

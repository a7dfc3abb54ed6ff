import { http, HttpResponse } from 'msw';
import { routes, type Offer } from '../../app/src/api/contract';
import type { Store } from '../store';

export function actionPackOffer(store: Store): Offer {
  const eligibility: Offer['eligibility'] =
    store.partner.membership !== 'network'
      ? { eligible: false, reason: 'not-network-member' }
      : store.activeSubscription()
        ? { eligible: false, reason: 'already-subscribed' }
        : { eligible: true };
  return { id: 'action-pack', price: store.actionPackPrice, termMonths: 12, eligibility };
}

export const offerHandlers = (store: Store) => [
  http.get(`*${routes.offers}`, () => HttpResponse.json([actionPackOffer(store)])),
];

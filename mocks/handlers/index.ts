import type { RequestHandler } from 'msw';
import type { Store } from '../store';
import { benefitHandlers } from './benefits';
import { offerHandlers } from './offers';
import { orderHandlers } from './orders';
import { partnerHandlers } from './partner';
import { paymentMethodHandlers } from './payment-methods';
import { subscriptionHandlers } from './subscriptions';
import { supportRequestHandlers } from './support-requests';

/** The happy-path backend over one store. Handlers keep no state of their own; errors are per-test overrides. */
export function createHandlers(store: Store): RequestHandler[] {
  return [
    ...partnerHandlers(store),
    ...offerHandlers(store),
    ...paymentMethodHandlers(store),
    ...orderHandlers(store),
    ...subscriptionHandlers(store),
    ...supportRequestHandlers(store),
    ...benefitHandlers(store),
  ];
}

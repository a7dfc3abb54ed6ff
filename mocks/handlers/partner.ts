import { http, HttpResponse } from 'msw';
import { routes } from '../../app/src/api/contract';
import type { Store } from '../store';

export const partnerHandlers = (store: Store) => [
  http.get(`*${routes.partner}`, () => HttpResponse.json(store.partner)),
];

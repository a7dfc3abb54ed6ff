import { z } from 'zod';
import * as c from './contract';

/** A failed call, carrying the backend's own message so the UI can show it as is. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function call<T>(schema: z.ZodType<T>, path: string, init?: { method: string; body: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init?.method ?? 'GET',
      headers: init ? { 'content-type': 'application/json' } : undefined,
      body: init ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiFailure(0, 'network', 'network');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = c.ApiError.safeParse(payload);
    if (error.success) throw new ApiFailure(response.status, error.data.code, error.data.message, error.data.fields);
    throw new ApiFailure(response.status, 'unexpected', `HTTP ${response.status}`);
  }
  return schema.parse(payload);
}

export const api = {
  partner: () => call(c.Partner, c.routes.partner),
  offers: () => call(z.array(c.Offer), c.routes.offers),
  paymentMethods: () => call(z.array(c.PaymentMethod), c.routes.paymentMethods),
  addPaymentMethod: (body: c.NewPaymentMethod) =>
    call(c.PaymentMethod, c.routes.paymentMethods, { method: 'POST', body }),
  placeOrder: (body: c.PlaceOrder) => call(c.PlaceOrderResult, c.routes.orders, { method: 'POST', body }),
  subscriptions: () => call(z.array(c.Subscription), c.routes.subscriptions),
  subscription: (id: string) => call(c.Subscription, c.routes.subscription(id)),
  updateSubscription: (id: string, body: c.UpdateSubscription) =>
    call(c.Subscription, c.routes.subscription(id), { method: 'PATCH', body }),
  supportRequests: () => call(z.array(c.SupportRequest), c.routes.supportRequests),
  supportRequest: (id: string) => call(c.SupportRequest, c.routes.supportRequest(id)),
  createSupportRequest: (body: c.NewSupportRequest) =>
    call(c.SupportRequest, c.routes.supportRequests, { method: 'POST', body }),
  benefits: () => call(c.Benefits, c.routes.benefits),
  getKeys: (id: string) => call(c.Benefit, c.routes.benefitKeys(id), { method: 'POST', body: {} }),
  downloads: (id: string, language: string, os: string) =>
    call(z.array(c.Download), `${c.routes.benefitDownloads(id)}?${new URLSearchParams({ language, os }).toString()}`),
  assignUser: (id: string, body: c.NewAssignment) =>
    call(c.Benefit, c.routes.benefitAssignments(id), { method: 'POST', body }),
  removeUser: (id: string, userId: string) =>
    call(c.Benefit, c.routes.benefitAssignment(id, userId), { method: 'DELETE', body: {} }),
  requestAdvisoryHours: (body: c.NewAdvisoryRequest) =>
    call(c.AdvisoryRequest, c.routes.advisoryRequests, { method: 'POST', body }),
  setMarketingContact: (body: c.NewMarketingContact) =>
    call(c.MarketingContact, c.routes.marketingContact, { method: 'PUT', body }),
  activateOffer: (id: string) => call(c.GoToMarketOffer, c.routes.offerActivation(id), { method: 'POST', body: {} }),
};

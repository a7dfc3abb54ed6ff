export { Store } from './store';
export type { ChargeRow, OrderRow, PaymentMethodRow, SupportRequestRow } from './store';
export type { AdvisoryRequestRow, GoToMarketOfferRow } from './store';
export { colleaguesOf, grantBenefits, refundDeadline, ACTIVATION_DAYS, REFUND_DAYS } from './benefits';
export { seedScenario, scenarios, addStoredCard, addSubscription, addSupportRequests } from './scenarios';
export type { Scenario, SubscriberOptions } from './scenarios';
export { anniversaryIn, nextRenewal, addDays, toIsoDate } from './dates';
export { cardFingerprint, maskCard } from './test-cards';

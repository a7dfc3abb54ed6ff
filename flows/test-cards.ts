// Well-known public test card numbers: no real account is behind any of them. Only Node-side harness code (flows,
// specs, the report scan) imports this module; the mocked backend, which a dev server serves to the browser,
// recognises them by fingerprint (mocks/store/test-cards.ts). Data only: a module that calls Playwright appears in
// its traces' sources, so none of those may import the numbers into its own text.
export const testCards = {
  visa: '4111111111111111',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  declined: '4000000000000002',
} as const;

export type TestCardKind = keyof typeof testCards;

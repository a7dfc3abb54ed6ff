// Well-known public test card numbers: no real account is behind any of them. The backend decides a charge's
// outcome from the number, as payment sandboxes do; it never keeps the number, only brand and last four.
export const testCards = {
  visa: '4111111111111111',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  declined: '4000000000000002',
} as const;

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

export function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return number.length >= 12 && sum % 10 === 0;
}

export function brandOf(number: string): CardBrand | undefined {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^6(011|5)/.test(number)) return 'discover';
  return undefined;
}

export function declines(number: string): boolean {
  return number === testCards.declined;
}

/** How a card number may appear anywhere outside the payment form: last four only. */
export function maskCard(number: string): string {
  return `•••• ${number.slice(-4)}`;
}

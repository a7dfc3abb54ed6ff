// The backend recognises the payment sandbox's test cards without holding their numbers: `npm start` serves this
// module to the browser (with its source map), and whatever the browser loads can end up in a failed test's trace.
// The numbers the harness types live in flows/test-cards.ts, which only Node-side code imports.

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover';

/** SHA-256 of the digits of the card the payment sandbox declines (a well-known public test number). */
const declinedFingerprint = 'acd08f29a41f2e55ab0c4f774b1562b03ff01a905ed5b100f4facd43af572b1b';

/** A one-way fingerprint of a card number: SHA-256 of its digits, as hex. Web Crypto, in the browser and in Node. */
export async function cardFingerprint(number: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(number.replace(/\D/g, '')));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

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

/** Whether the payment sandbox declines this card, as payment sandboxes decide a charge's outcome from the number. */
export async function declines(number: string): Promise<boolean> {
  return (await cardFingerprint(number)) === declinedFingerprint;
}

/** How a card number may appear anywhere outside the payment form: last four only. */
export function maskCard(number: string): string {
  return `•••• ${number.slice(-4)}`;
}

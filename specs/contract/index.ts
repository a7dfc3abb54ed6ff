import { enUS, type Contract } from './en-US';
import { koKR } from './ko-KR';

/** The test-owned contract of each locale the suite runs in. */
export const contracts = { 'en-US': enUS, 'ko-KR': koKR } satisfies Record<string, Contract>;
export type ContractLocale = keyof typeof contracts;

function known(locale: string | undefined): ContractLocale {
  if (locale !== undefined && Object.hasOwn(contracts, locale)) return locale as ContractLocale;
  throw new Error(
    `No test contract for locale ${String(locale)} in specs/contract/ (written for ${Object.keys(contracts).join(', ')})`,
  );
}

/** What a partner must read in `locale` (the test's `locale` fixture). */
export function contractFor(locale: string | undefined): Contract {
  return contracts[known(locale)];
}

/**
 * One expected value per locale, written out in the spec: a date or an amount the spec fixes reads as the
 * user reads it ('March 15, 2027', '2027년 3월 15일'), not as a formatter would make it.
 */
export function byLocale<T>(locale: string | undefined, values: Record<ContractLocale, T>): T {
  return values[known(locale)];
}

export { documented } from './documented';
export type { Contract };

import { enUS, type Wording } from './en-US';
import { koKR } from './ko-KR';

/** The test-owned wording of each locale the suite runs in. */
export const wordings = { 'en-US': enUS, 'ko-KR': koKR } satisfies Record<string, Wording>;
export type WordingLocale = keyof typeof wordings;

function known(locale: string | undefined): WordingLocale {
  if (locale !== undefined && Object.hasOwn(wordings, locale)) return locale as WordingLocale;
  throw new Error(
    `No test-owned wording for locale ${String(locale)} in specs/expected/ (written for ${Object.keys(wordings).join(', ')})`,
  );
}

/** What a partner must read in `locale` (the test's `locale` fixture). */
export function wordingFor(locale: string | undefined): Wording {
  return wordings[known(locale)];
}

/**
 * One expected value per locale, written out in the spec: a date or an amount the spec fixes reads as the
 * user reads it ('March 15, 2027', '2027년 3월 15일'), not as a formatter would make it.
 */
export function byLocale<T>(locale: string | undefined, values: Record<WordingLocale, T>): T {
  return values[known(locale)];
}

export type { Wording };

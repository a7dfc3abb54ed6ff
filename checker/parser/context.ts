import type { Locale } from './model';

/** What every stage needs to know about the page being parsed. */
export interface ParseContext {
  file: string;
  /** The text remark parsed; list-marker numbers are read back from it by offset. */
  source: string;
  /** Language of translated or unmarked text. */
  locale: Locale;
  english: Locale;
}

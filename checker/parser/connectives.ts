import type { Locale } from './model';

/**
 * The words prose uses to join the labels it names, per language. They are how a language writes a choice or an
 * example, not what one page says, so they live with the parser; a language without an entry joins no labels.
 */
export interface Connectives {
  /** Between two labels of a list of alternatives before its last one: "**A**, **B**". */
  comma: RegExp;
  /** Before the last alternative: "**B**, or **C**". */
  or: RegExp;
}

const BY_LANGUAGE: Record<string, Connectives> = {
  en: {
    comma: /^\s*,\s*$/u,
    or: /^\s*,?\s*or\s*$/iu,
  },
  ko: {
    comma: /^\s*,\s*$/u,
    // "**B** 또는 **C**": the particle after the last alternative follows it, never between.
    or: /^\s*,?\s*(?:또는|혹은)\s*$/u,
  },
};

export function connectivesFor(locale: Locale): Connectives | undefined {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''];
}

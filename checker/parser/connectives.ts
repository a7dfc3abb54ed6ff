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
  /** Between the steps of a path: "Select **A**, then **B**" (a second verb, "then select **B**", is a second action). */
  then: RegExp;
  /** Ends the words before labels given as examples: "(such as, **A** or **B**)". */
  suchAs: RegExp;
}

const BY_LANGUAGE: Record<string, Connectives> = {
  en: {
    comma: /^\s*,\s*$/u,
    or: /^\s*,?\s*or\s*$/iu,
    then: /^\s*,\s*(?:and\s+)?then\s*$/iu,
    suchAs: /(?:\bsuch as|\bfor example|\be\.g\.),?\s*$/iu,
  },
  ko: {
    comma: /^\s*,\s*$/u,
    // "**B** 또는 **C**": the particle after the last alternative follows it, never between.
    or: /^\s*,?\s*(?:또는|혹은)\s*$/u,
    // Korean names the verb in both cases ("**A**을 선택한 다음, **B**을 선택"); the comma, as in the English
    // "**A**, then **B**", is what marks a path, and "**A**을 선택한 다음 **B**를 선택" stays two actions.
    then: /^\s*[을를]\s*선택한\s*다음\s*,\s*$/u,
    suchAs: /(?:예:|예를\s*들어,?)\s*$/u,
  },
};

export function connectivesFor(locale: Locale): Connectives | undefined {
  return BY_LANGUAGE[locale.split('-')[0]?.toLowerCase() ?? ''];
}

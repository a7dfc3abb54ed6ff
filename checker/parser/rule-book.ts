import type { Figure, Locale } from './model';

export type Figures = Record<string, Figure>;

/** A list item after a rule's sentence, in the same section: what a sentence that counts the items reads from. */
export interface FollowingItem {
  /** 1 for a top-level bullet, 2 for one nested in it. */
  depth: number;
  /** The item's first label (its bold lead-in), in the language read. */
  label?: string;
  text?: string;
}

/** How one rule is said in one language. */
export interface RulePattern<Id extends string = string> {
  id: Id;
  /** Must match one sentence; patterns never look across sentences. */
  test: RegExp;
  figures?: (sentence: string, links: readonly string[]) => Figures;
  /** Figures the list after the sentence gives ("the following three options:", then the options). */
  following?: (items: readonly FollowingItem[]) => Figures;
  /**
   * The known ways a sentence says the opposite of the rule, so the check reports such a sentence as contrary to
   * the product, not merely changed. `unless`: a wording that only restates the rule.
   */
  contradicts?: { test: RegExp; unless?: RegExp };
}

/**
 * The rules a page states, in each language the page may be read in, keyed by language ('en', 'ko'): the page's
 * binding owns it and hands it to the parser, which knows no rule of its own.
 */
export type RuleBook<Id extends string = string> = Readonly<Record<string, readonly RulePattern<Id>[]>>;

/** The patterns for a locale, by language ('ko-KR' and 'ko' share one), or undefined if the book has none. */
export function patternsFor<Id extends string>(
  book: RuleBook<Id>,
  locale: Locale,
): readonly RulePattern<Id>[] | undefined {
  return book[locale.split('-')[0]?.toLowerCase() ?? ''];
}

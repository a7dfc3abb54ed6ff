import type { SentenceRef } from './content';
import type { Locale, Rule } from './model';
import { patternsFor, type Figures, type FollowingItem, type RuleBook } from './rule-book';

export interface RuleMatch<Id extends string = string> {
  id: Id;
  figures: Figures;
}

/** Reads sentences against one page's rule book: which rules a sentence states, and which it contradicts. */
export interface RuleReader<Id extends string = string> {
  /** Rules one sentence states, read in `locale` (the English source when the page carries one). */
  match(text: string, locale: Locale, links?: readonly string[]): RuleMatch<Id>[];
  /**
   * Rules one sentence contradicts in one of their known ways, in `locale`. A sentence that also states the rule is
   * taken to state it: its own wording decides, not a clause read apart.
   */
  contradictions(text: string, locale: Locale): Id[];
}

export function ruleReader<Id extends string>(book: RuleBook<Id>): RuleReader<Id> {
  const match = (text: string, locale: Locale, links: readonly string[] = []): RuleMatch<Id>[] =>
    (patternsFor(book, locale) ?? [])
      .filter((p) => p.test.test(text))
      .map((p) => ({ id: p.id, figures: p.figures?.(text, links) ?? {} }));
  return {
    match,
    contradictions(text, locale) {
      const stated = new Set(match(text, locale).map((m) => m.id));
      return (patternsFor(book, locale) ?? [])
        .filter(({ id, contradicts: c }) => c && !stated.has(id) && c.test.test(text) && !c.unless?.test(text))
        .map((p) => p.id);
    },
  };
}

/** A book that states no rule: a page no binding reads. */
export const noRules: RuleReader = ruleReader({});

/** The list items after the sentence at `from`, up to the end of its section. */
function followingItems(refs: readonly SentenceRef[], from: number, locale: Locale): FollowingItem[] {
  const section = refs[from]?.section;
  const items: FollowingItem[] = [];
  for (const ref of refs.slice(from + 1)) {
    if (ref.section !== section) break;
    if (!ref.itemFirst || ref.listDepth === 0) continue;
    const label = ref.sentence.labels[locale]?.[0]?.text;
    const text = ref.sentence.text[locale];
    items.push({
      depth: ref.listDepth,
      ...(label !== undefined && { label }),
      ...(text !== undefined && { text }),
    });
  }
  return items;
}

/** Every rule occurrence in document order; the first of each id is the one tests pin. */
export function findRules(
  refs: readonly SentenceRef[],
  locale: Locale,
  book: RuleBook,
): { rules: Rule[]; repeats: Rule[] } {
  const patterns = patternsFor(book, locale);
  const rules: Rule[] = [];
  const repeats: Rule[] = [];
  if (!patterns) return { rules, repeats };
  const reader = ruleReader(book);
  refs.forEach((ref, i) => {
    const text = ref.sentence.text[locale];
    if (text === undefined) return;
    for (const m of reader.match(text, locale, ref.sentence.links)) {
      const following = patterns.find((p) => p.id === m.id)?.following;
      const figures = following ? { ...m.figures, ...following(followingItems(refs, i, locale)) } : m.figures;
      const rule: Rule = { id: m.id, line: ref.sentence.line, sentence: { ...ref.sentence.text }, figures };
      if (ref.section !== undefined) rule.procedure = ref.section;
      if (ref.step !== undefined) rule.step = ref.step;
      (rules.some((r) => r.id === m.id) ? repeats : rules).push(rule);
    }
  });
  return { rules, repeats };
}

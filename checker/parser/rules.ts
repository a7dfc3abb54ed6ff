import type { SentenceRef } from './content';
import type { Locale, Rule, RuleId } from './model';
import { tableFor, type Figures, type TierWords } from './rule-patterns';

export interface RuleMatch {
  id: RuleId;
  figures: Figures;
}

/** Rules one sentence states, read in `locale` (the English source when the page carries one). */
export function matchRules(text: string, locale: Locale, links: readonly string[] = []): RuleMatch[] {
  const table = tableFor(locale);
  if (!table) return [];
  return table.rules
    .filter((p) => p.test.test(text))
    .map((p) => ({ id: p.id, figures: p.figures?.(text, links) ?? {} }));
}

/**
 * Rules one sentence contradicts in one of their known ways (rule-patterns.ts), in `locale`. A sentence that also
 * states the rule is taken to state it: its own wording decides, not a clause read apart.
 */
export function matchContradictions(text: string, locale: Locale): RuleId[] {
  const table = tableFor(locale);
  if (!table) return [];
  const stated = new Set(matchRules(text, locale).map((m) => m.id));
  return table.rules
    .filter(({ id, contradicts: c }) => c && !stated.has(id) && c.test.test(text) && !c.unless?.test(text))
    .map((p) => p.id);
}

function firstMatch(words: [RegExp, string][], text: string | undefined): string | undefined {
  return text === undefined ? undefined : words.find(([re]) => re.test(text))?.[1];
}

/**
 * The options sentence only says "three"; which three is the bulleted list after it, whose bold
 * lead-ins name the tiers and whose nested bullets name the competency levels.
 */
function membershipTiers(refs: readonly SentenceRef[], from: number, locale: Locale, words: TierWords): Figures {
  const section = refs[from]?.section;
  const tiers: string[] = [];
  const levels: string[] = [];
  for (const ref of refs.slice(from + 1)) {
    if (ref.section !== section) break;
    if (!ref.itemFirst) continue;
    const label = ref.sentence.labels[locale]?.[0]?.text;
    const tier = ref.listDepth === 1 ? firstMatch(words.tiers, label) : undefined;
    const level = ref.listDepth === 2 ? firstMatch(words.levels, ref.sentence.text[locale]) : undefined;
    if (tier && !tiers.includes(tier)) tiers.push(tier);
    if (level && !levels.includes(level)) levels.push(level);
  }
  const out: Figures = {};
  if (tiers.length) out['tiers'] = tiers;
  if (levels.length) out['competencyLevels'] = levels;
  return out;
}

/** Every rule occurrence in document order; the first of each id is the one tests pin. */
export function findRules(refs: readonly SentenceRef[], locale: Locale): { rules: Rule[]; repeats: Rule[] } {
  const table = tableFor(locale);
  const rules: Rule[] = [];
  const repeats: Rule[] = [];
  if (!table) return { rules, repeats };
  refs.forEach((ref, i) => {
    const text = ref.sentence.text[locale];
    if (text === undefined) return;
    for (const m of matchRules(text, locale, ref.sentence.links)) {
      const figures =
        m.id === 'membership-options' ? { ...m.figures, ...membershipTiers(refs, i, locale, table.words) } : m.figures;
      const rule: Rule = { id: m.id, line: ref.sentence.line, sentence: { ...ref.sentence.text }, figures };
      if (ref.section !== undefined) rule.procedure = ref.section;
      if (ref.step !== undefined) rule.step = ref.step;
      (rules.some((r) => r.id === m.id) ? repeats : rules).push(rule);
    }
  });
  return { rules, repeats };
}

import type { Catalog } from '../../pages';
import type { DocPage, Label, Sentence } from '../parser';

/**
 * English label → the product's labels for it in another locale, read off the two catalogs (same shape). One
 * English word can be several things in a product (Open, the filter, and Open, the state), so a set.
 */
export function productDictionary(english: Catalog, other: Catalog): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === 'string' && typeof b === 'string') pairs.set(a, (pairs.get(a) ?? new Set()).add(b));
    else if (a && b && typeof a === 'object' && typeof b === 'object')
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  };
  walk(english, other);
  return pairs;
}

const parts = (labels: readonly Label[]) => labels.flatMap((l) => (l.path.length > 1 ? l.path : [l.text]));

/**
 * Warnings for writers, not failures: an English label the page translates in more than one way, and a
 * translation that differs from the product's own. Labels of one sentence are paired through the product's
 * dictionary first, then a lone label left on each side with each other (a translation may reorder labels).
 */
export function terminologyWarnings(doc: DocPage, locale: string, dictionary: Map<string, Set<string>>): string[] {
  if (locale === 'en-US' || !doc.locales.includes('en-US')) return [];
  const seen = new Map<string, Map<string, number>>();
  const warnings: string[] = [];
  const sentences: Sentence[] = doc.procedures.flatMap((p) => [
    ...p.steps.flatMap((s) => s.sentences),
    ...p.paragraphs,
  ]);
  for (const sentence of sentences) {
    const english = parts(sentence.labels['en-US'] ?? []);
    const translated = parts(sentence.labels[locale] ?? []);
    const pairs: [string, string][] = [];
    const leftEnglish = english.filter((e) => {
      const product = translated.find((t) => dictionary.get(e)?.has(t));
      if (product === undefined) return true;
      pairs.push([e, product]);
      return false;
    });
    const leftTranslated = translated.filter((t) => !pairs.some(([, p]) => p === t));
    if (leftEnglish.length === 1 && leftTranslated.length === 1)
      pairs.push([leftEnglish[0] ?? '', leftTranslated[0] ?? '']);
    for (const [e, t] of pairs) {
      const byTranslation = seen.get(e) ?? new Map<string, number>();
      if (!byTranslation.has(t)) byTranslation.set(t, sentence.line);
      seen.set(e, byTranslation);
      const product = dictionary.get(e);
      if (product && !product.has(t))
        warnings.push(
          `${doc.file}:${sentence.line}: the page translates **${e}** as **${t}**; the product says ${[...product].map((p) => `**${p}**`).join(' or ')}`,
        );
    }
  }
  for (const [e, byTranslation] of seen)
    if (byTranslation.size > 1)
      warnings.push(
        `**${e}** is translated in ${byTranslation.size} ways: ${[...byTranslation].map(([t, line]) => `**${t}** (${doc.file}:${line})`).join(', ')}`,
      );
  return warnings;
}

import type { DocPage, Label, Statement } from '../parser';
import type { CheckResult, Fix } from '../model';

/**
 * What a drift report asks of the page: each label, menu path or link the product shows otherwise, in the language
 * it drifted in, and in the page's other language from the product's own catalog when that language was not checked.
 */

/** A fix the patch does not make, with the reason, for the report. */
export interface Unplaced {
  fix: PlannedFix;
  why: string;
}

/** A fix at its documented step. `from` names the language whose check found it when the catalog translated it. */
export interface PlannedFix extends Fix {
  procedure: string;
  step: number;
  from?: string;
}

/** The product's texts of a label in another language: the same keys of its catalog (one word can be several things). */
export type Translate = (text: string, from: string, to: string) => string[];

/** Reads the catalogs (same shape per language) as a dictionary: a text is translated through every key that holds it. */
export function catalogTranslator(catalogs: Record<string, unknown>): Translate {
  return (text, from, to) => {
    const found = new Set<string>();
    const walk = (a: unknown, b: unknown) => {
      if (typeof a === 'string') {
        if (a === text && typeof b === 'string') found.add(b);
      } else if (a && b && typeof a === 'object' && typeof b === 'object')
        for (const key of Object.keys(a))
          walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    };
    walk(catalogs[from], catalogs[to]);
    return [...found];
  };
}

/** Every fix the check found, at its procedure and step. */
export function fixesOf(result: CheckResult): PlannedFix[] {
  return result.results.flatMap((r) =>
    r.procedures.flatMap((p) =>
      p.steps
        .filter((s) => !s.undocumented)
        .flatMap((s) => (s.fixes ?? []).map((f) => ({ ...f, procedure: p.id, step: s.n }))),
    ),
  );
}

/** Was the step checked in `locale` (passed or drifted, not left unverified)? Then that language's own findings stand. */
function checkedIn(result: CheckResult, locale: string, procedure: string, step: number): boolean {
  const steps =
    result.results.find((r) => r.locale === locale)?.procedures.find((p) => p.id === procedure)?.steps ?? [];
  return steps.some((s) => s.n === step && !s.undocumented && s.status !== 'unverified');
}

const labelForms = (l: Label) => [l.text, l.path.join(' > '), ...(l.gloss ? [l.gloss] : [])];

/**
 * A fix found in one language, carried to the page's other languages that were not checked: the product's text
 * comes from its catalog, and the page's label is the one of the same sentence that no other label accounts for.
 */
function translated(
  fix: PlannedFix,
  to: string,
  statement: Statement,
  translate: Translate,
): PlannedFix | string | null {
  const at = { ...fix, locale: to, from: fix.locale };
  if (fix.kind === 'link-target' || fix.kind === 'address') {
    const hrefs = [...(statement.anchors?.[to] ?? []).map((a) => a.href), statement.text[to] ?? ''];
    return hrefs.some((h) => h.includes(fix.documented)) ? at : null;
  }
  if (fix.kind === 'link-text') return `the ${to} words of the link are not the product's: check them by hand`;
  const mine = statement.labels[to] ?? [];
  // Where the catalog has several texts for a word, the one this sentence already uses.
  const used = new Set(mine.flatMap(labelForms).flatMap((f) => [f, ...f.split(' > ')]));
  const parts: string[] = [];
  for (const part of fix.product.split(' > ')) {
    const options = translate(part, fix.locale, to);
    const chosen = options.length === 1 ? options : options.filter((o) => used.has(o));
    if (chosen.length !== 1)
      return options.length
        ? `the product's catalog has ${options.length} ${to} texts for **${part}**: ${options.map((o) => `**${o}**`).join(', ')}`
        : `the product's catalog has no ${to} text for **${part}**`;
    parts.push(chosen[0] ?? '');
  }
  const product = parts.join(' > ');
  // Already what the product shows: the page's other language was right all along.
  if (mine.some((l) => labelForms(l).includes(product))) return null;
  // Labels of the sentence that are another of its labels, as the product translates it, are not this one.
  const others = (statement.labels[fix.locale] ?? []).map((l) => l.text).filter((t) => t !== fix.documented);
  const accounted = (l: Label) =>
    others.some(
      (o) =>
        o.split(' > ').length === l.path.length &&
        l.path.every((p, i) => translate(p, to, fix.locale).includes(o.split(' > ')[i] ?? '')),
    );
  const left = mine.filter((l) => !accounted(l) && l.path.length === parts.length);
  const only = left.length === 1 ? left[0] : undefined;
  return only
    ? { ...at, documented: only.text, product }
    : `cannot tell which ${to} label of the sentence is **${fix.documented}**`;
}

/** The checked fixes, and for each the same change in every language of the page the check did not see that step in. */
export function withTranslations(
  result: CheckResult,
  doc: DocPage,
  translate: Translate,
): { fixes: PlannedFix[]; unplaced: Unplaced[] } {
  const found = fixesOf(result);
  const fixes = [...found];
  const unplaced: Unplaced[] = [];
  for (const fix of found)
    for (const to of doc.locales.filter((l) => l !== fix.locale && !checkedIn(result, l, fix.procedure, fix.step))) {
      const statement = doc.statements.find((s) => s.line === fix.line && s.text[to] !== undefined);
      if (!statement) continue;
      const next = translated(fix, to, statement, translate);
      if (next === null) continue;
      if (typeof next === 'string') unplaced.push({ fix: { ...fix, locale: to, from: fix.locale }, why: next });
      else if (!fixes.some((f) => f.locale === next.locale && f.line === next.line && f.documented === next.documented))
        fixes.push(next);
    }
  return { fixes, unplaced };
}

import { makeLabel, type DocPage, type Label, type Statement } from '../parser';
import type { CheckResult, Fix } from '../model';

/**
 * The fix of a drift report as a change of the page itself: each label, menu path or link the product shows
 * otherwise is rewritten in the language it drifted in, and in the page's other language from the product's
 * own catalog when that language was not checked. Pure: page text in, edits and a unified diff out.
 */

/** A fix at its documented step. `from` names the language whose check found it when the catalog translated it. */
export interface PlannedFix extends Fix {
  procedure: string;
  step: number;
  from?: string;
}

export interface Edit {
  /** 1-based line of the page. */
  line: number;
  before: string;
  after: string;
  fixes: PlannedFix[];
}

export interface PagePatch {
  /** The page's path as the diff names it (from the repository root). */
  path: string;
  edits: Edit[];
  /** Fixes the patch does not make, each with the reason, for the report. */
  unplaced: { fix: PlannedFix; why: string }[];
  /** `git apply` / `patch -p1` input; empty when there is nothing to change. */
  diff: string;
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
): { fixes: PlannedFix[]; unplaced: PagePatch['unplaced'] } {
  const found = fixesOf(result);
  const fixes = [...found];
  const unplaced: PagePatch['unplaced'] = [];
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

/** The lines of a documented step: its list item up to the next step, the next heading or the next prose. */
export function stepLines(doc: DocPage, procedure: string, n: number): [number, number] | undefined {
  const p = doc.procedures.find((x) => x.id === procedure);
  const step = p?.steps.find((s) => s.n === n);
  if (!p || !step) return undefined;
  const mine = doc.statements.filter((s) => s.procedure === procedure && s.step === n).map((s) => s.line);
  const last = Math.max(step.line, ...mine);
  const after = [...doc.statements.map((s) => s.line), ...doc.sections.map((s) => s.line)].filter((l) => l > last);
  return [step.line, after.length ? Math.min(...after) - 1 : Number.MAX_SAFE_INTEGER];
}

interface Segment {
  line: number;
  start: number;
  end: number;
  locale: string;
}

/**
 * Which language each stretch of the lines is in: a `data-ttu-id` span holds the translation, a `data-stu-id`
 * span the English source, and text outside them the page's own language (all of a translated-only or English page).
 */
export function segmentsOf(lines: readonly string[], from: number, to: number, own: string): Segment[] {
  const stack: (string | undefined)[] = [];
  const out: Segment[] = [];
  const current = () => [...stack].reverse().find((l) => l !== undefined) ?? own;
  for (let n = from; n <= Math.min(to, lines.length); n++) {
    const text = lines[n - 1] ?? '';
    let at = 0;
    for (const m of text.matchAll(/<span\b([^>]*)>|<\/span\s*>/gi)) {
      if (m.index > at) out.push({ line: n, start: at, end: m.index, locale: current() });
      at = m.index + m[0].length;
      if (m[0].startsWith('</')) stack.pop();
      else
        stack.push(
          /data-ttu-id\s*=/i.test(m[1] ?? '') ? own : /data-stu-id\s*=/i.test(m[1] ?? '') ? 'en-US' : undefined,
        );
    }
    if (text.length > at) out.push({ line: n, start: at, end: text.length, locale: current() });
  }
  return out;
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label as it may be spaced in the source: `A > B`, `A>B`, line breaks inside. */
const looseRegExp = (t: string) =>
  new RegExp(
    t
      .split(/\s*>\s*/)
      .map((part) => part.split(/\s+/).map(escapeRegExp).join('\\s+'))
      .join('\\s*>\\s*'),
  );

const HANGUL = /[\uAC00-\uD7A3]/;
const PARTICLES: [string, string][] = [
  ['을', '를'],
  ['이', '가'],
  ['은', '는'],
  ['과', '와'],
  ['으로', '로'],
];

/**
 * A Korean particle after a label follows its last syllable: 을 after a final consonant, 를 after a vowel (and
 * 으로/로, where ㄹ counts as a vowel). A new label may need the other one: `**구입**을` becomes `**구매**를`.
 */
export function particleFor(word: string, particle: string): string {
  const last = [...word].pop() ?? '';
  if (!HANGUL.test(last)) return particle;
  // A syllable is 0xAC00 + (initial × 21 + vowel) × 28 + final; final 0 is none, 8 is ㄹ.
  const final = ((last.codePointAt(0) ?? 0xac00) - 0xac00) % 28;
  const pair = PARTICLES.find(([a, b]) => a === particle || b === particle);
  if (!pair) return particle;
  const [consonant, vowel] = pair;
  if (consonant === '으로') return final === 0 || final === 8 ? vowel : consonant;
  return final === 0 ? vowel : consonant;
}

/** The edits of one segment of a line for one fix: [start, end, text] in line positions. */
function segmentEdits(text: string, seg: Segment, fix: PlannedFix): [number, number, string][] {
  const body = text.slice(seg.start, seg.end);
  const out: [number, number, string][] = [];
  if (fix.kind === 'label' || fix.kind === 'path') {
    for (const m of body.matchAll(/(\*\*|__)([\s\S]+?)\1/g)) {
      const inner = m[2] ?? '';
      if (makeLabel(inner).text !== fix.documented) continue;
      const hit = looseRegExp(fix.documented).exec(inner);
      if (!hit) continue;
      const innerAt = seg.start + m.index + (m[1] ?? '').length;
      out.push([innerAt + hit.index, innerAt + hit.index + hit[0].length, fix.product]);
      // Korean only: the particle after the label follows the new label's last syllable.
      const tail = /^( ?)(으로|을|를|이|가|은|는|과|와|로)(?![\uAC00-\uD7A3])/.exec(body.slice(m.index + m[0].length));
      const wanted = tail && fix.locale.startsWith('ko') ? particleFor(fix.product, tail[2] ?? '') : undefined;
      if (tail && wanted && wanted !== tail[2]) {
        const at = seg.start + m.index + m[0].length + (tail[1] ?? '').length;
        out.push([at, at + (tail[2] ?? '').length, wanted]);
      }
    }
    return out;
  }
  if (fix.kind === 'link-text') {
    const re = new RegExp(`\\[${escapeRegExp(fix.documented)}\\]\\(`, 'g');
    for (const m of body.matchAll(re))
      out.push([seg.start + m.index + 1, seg.start + m.index + 1 + fix.documented.length, fix.product]);
    return out;
  }
  // An address or a link's target: every place the segment writes it, up to where the URL ends.
  const re = new RegExp(`${escapeRegExp(fix.documented)}(?![\\w\\-.~:/?#@!$&'*+,;=%])`, 'g');
  for (const m of body.matchAll(re))
    out.push([seg.start + m.index, seg.start + m.index + fix.documented.length, fix.product]);
  return out;
}

/** Applies the fixes to the page's text, each within its step's lines and its language's spans. */
export function planEdits(
  source: string,
  doc: DocPage,
  fixes: readonly PlannedFix[],
): { edits: Edit[]; unplaced: PagePatch['unplaced']; patched: string } {
  const lines = source.split('\n');
  const byLine = new Map<number, { at: [number, number, string]; fix: PlannedFix }[]>();
  const unplaced: PagePatch['unplaced'] = [];
  for (const fix of fixes) {
    const range = stepLines(doc, fix.procedure, fix.step);
    if (!range) {
      unplaced.push({ fix, why: `step ${fix.step} of ${fix.procedure} is not on the page` });
      continue;
    }
    const found = segmentsOf(lines, range[0], range[1], doc.locale)
      .filter((s) => s.locale === fix.locale)
      .flatMap((seg) => segmentEdits(lines[seg.line - 1] ?? '', seg, fix).map((at) => ({ line: seg.line, at })));
    if (found.length === 0)
      unplaced.push({
        fix,
        why: `the ${fix.locale} text of step ${fix.step} does not write ${fix.documented} where the patch can find it`,
      });
    for (const { line, at } of found) byLine.set(line, [...(byLine.get(line) ?? []), { at, fix }]);
  }
  const edits: Edit[] = [];
  for (const [line, changes] of [...byLine].sort(([a], [b]) => a - b)) {
    const before = lines[line - 1] ?? '';
    let after = before;
    let end = Infinity;
    // From the right, so earlier positions stay valid; an overlapping second change of the same text is dropped.
    for (const {
      at: [start, stop, text],
    } of [...changes].sort((x, y) => y.at[0] - x.at[0])) {
      if (stop > end) continue;
      after = after.slice(0, start) + text + after.slice(stop);
      end = start;
    }
    if (after === before) continue;
    lines[line - 1] = after;
    edits.push({ line, before, after, fixes: [...new Set(changes.map((c) => c.fix))] });
  }
  return { edits, unplaced, patched: lines.join('\n') };
}

/** A unified diff of two texts with the same lines changed in place, as `git apply` and `patch -p1` read it. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // A text that ends in a newline splits into a last empty string, which is no line.
  const noNewline = !before.endsWith('\n');
  if (!noNewline) {
    a.pop();
    b.pop();
  }
  const changed = a.map((line, i) => line !== b[i]).flatMap((c, i) => (c ? [i] : []));
  if (changed.length === 0) return '';
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  const eof = (i: number) => (noNewline && i === a.length - 1 ? ['\\ No newline at end of file'] : []);
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(a.length - 1, last + context);
    out.push(`@@ -${from + 1},${to - from + 1} +${from + 1},${to - from + 1} @@`);
    for (let i = from; i <= to;) {
      if (a[i] === b[i]) {
        out.push(` ${a[i] ?? ''}`, ...eof(i));
        i++;
        continue;
      }
      let j = i;
      while (j <= to && a[j] !== b[j]) j++;
      for (let k = i; k < j; k++) out.push(`-${a[k] ?? ''}`, ...eof(k));
      for (let k = i; k < j; k++) out.push(`+${b[k] ?? ''}`, ...eof(k));
      i = j;
    }
  }
  return `${out.join('\n')}\n`;
}

/** The whole patch of a page from a check's result. */
export function pagePatch(
  source: string,
  doc: DocPage,
  result: CheckResult,
  translate: Translate,
  path: string,
): PagePatch {
  const { fixes, unplaced: untranslated } = withTranslations(result, doc, translate);
  const { edits, unplaced, patched } = planEdits(source, doc, fixes);
  return { path, edits, unplaced: [...untranslated, ...unplaced], diff: unifiedDiff(path, source, patched) };
}

import { makeLabel, type DocPage } from '../parser';
import type { PlannedFix, Unplaced } from './fixes';

// Where each fix lands in the page's text: within its step's lines and its language's spans, Korean particles agreeing.

export interface Edit {
  /** 1-based line of the page. */
  line: number;
  before: string;
  after: string;
  fixes: PlannedFix[];
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

/** The step as the page renders it ('3a'), to name it in a message; its ordinal when the page no longer has it. */
function shownStep(doc: DocPage, procedure: string, n: number): string {
  return doc.procedures.find((x) => x.id === procedure)?.steps.find((s) => s.n === n)?.shown ?? String(n);
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
): { edits: Edit[]; unplaced: Unplaced[]; patched: string } {
  const lines = source.split('\n');
  const byLine = new Map<number, { at: [number, number, string]; fix: PlannedFix }[]>();
  const unplaced: Unplaced[] = [];
  for (const fix of fixes) {
    const range = stepLines(doc, fix.procedure, fix.step);
    if (!range) {
      unplaced.push({
        fix,
        why: `step ${shownStep(doc, fix.procedure, fix.step)} of ${fix.procedure} is not on the page`,
      });
      continue;
    }
    const found = segmentsOf(lines, range[0], range[1], doc.locale)
      .filter((s) => s.locale === fix.locale)
      .flatMap((seg) => segmentEdits(lines[seg.line - 1] ?? '', seg, fix).map((at) => ({ line: seg.line, at })));
    if (found.length === 0)
      unplaced.push({
        fix,
        why: `the ${fix.locale} text of step ${shownStep(doc, fix.procedure, fix.step)} does not write ${fix.documented} where the patch can find it`,
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

import type { Label, Locale, Sentence } from './model';
import type { TextToken, Token } from './inline';
import { connectivesFor, type Connectives } from './connectives';
import { makeLabel } from './label-text';

const TERMINAL = new Set(['.', '!', '?', '。', '！', '？']);
// A full stop after these is not the end of a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|no|fig|cf)\.$/i;

function lineAt(t: TextToken, offset: number): number {
  return t.line + (t.value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function lastChar(tokens: readonly TextToken[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const v = tokens[i]?.value ?? '';
    if (v !== '') return v[v.length - 1] ?? '';
  }
  return '';
}

function nextVisible(tokens: readonly TextToken[], ti: number, ci: number): string | undefined {
  for (let i = ti; i < tokens.length; i++) {
    const v = tokens[i]?.value ?? '';
    const m = /\S/u.exec(v.slice(i === ti ? ci : 0));
    if (m) return m[0];
  }
  return undefined;
}

/**
 * Splits text that has no sentence spans (plain English, translated copies without wrappers) into the
 * same sentences the span form would give. Never splits inside bold labels or link text, where
 * `Get started! Add a way to pay` must stay whole.
 */
export function splitSentences(tokens: readonly TextToken[]): TextToken[][] {
  const groups: TextToken[][] = [];
  let cur: TextToken[] = [];
  tokens.forEach((t, ti) => {
    if (t.strong !== undefined || t.link !== undefined) {
      cur.push(t);
      return;
    }
    let start = 0;
    for (let ci = 0; ci < t.value.length; ci++) {
      if (!/\s/u.test(t.value[ci] ?? '')) continue;
      const before = ci > 0 ? (t.value[ci - 1] ?? '') : lastChar(cur);
      if (!TERMINAL.has(before)) continue;
      if (ABBREVIATION.test(t.value.slice(0, ci))) continue;
      const next = nextVisible(tokens, ti, ci);
      // Lower-case Latin after a full stop means the sentence goes on ("e.g. foo", "3. item").
      if (next === undefined || /[a-z]/.test(next)) continue;
      cur.push({ ...t, value: t.value.slice(start, ci), line: lineAt(t, start) });
      groups.push(cur);
      cur = [];
      start = ci;
    }
    cur.push({ ...t, value: t.value.slice(start), line: lineAt(t, start) });
  });
  groups.push(cur);
  return groups.filter((g) => g.some((t) => t.value.trim() !== ''));
}

function firstLine(tokens: readonly TextToken[]): number {
  for (const t of tokens) {
    const i = t.value.search(/\S/u);
    if (i >= 0) return lineAt(t, i);
  }
  return tokens[0]?.line ?? 0;
}

function plainText(tokens: readonly TextToken[]): string {
  return tokens
    .map((t) => t.value)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A bold run of the sentence and the plain words between it and the run before it (or the sentence's start). */
interface LabelRun {
  label: Label;
  before: string;
}

function labelRuns(tokens: readonly TextToken[]): LabelRun[] {
  const runs: LabelRun[] = [];
  let run: string[] = [];
  let runId: number | undefined;
  let between: string[] = [];
  const flush = () => {
    const raw = run.join('');
    if (raw.trim() !== '') {
      runs.push({ label: makeLabel(raw), before: between.join('') });
      between = [];
    }
    run = [];
  };
  for (const t of tokens) {
    if (t.strong !== runId) flush();
    runId = t.strong;
    if (t.strong !== undefined) run.push(t.value);
    else between.push(t.value);
  }
  flush();
  return runs;
}

/** How many runs from `i` on form one list of alternatives ("**A**, **B**, or **C**"), 1 when they do not. */
function alternativesFrom(runs: readonly LabelRun[], i: number, words: Connectives): number {
  for (let j = i + 1; j < runs.length; j++) {
    const gap = runs[j]?.before ?? '';
    if (words.or.test(gap)) return j - i + 1;
    if (!words.comma.test(gap)) return 1;
  }
  return 1;
}

function labelsOf(tokens: readonly TextToken[], locale: Locale): Label[] {
  const runs = labelRuns(tokens);
  const words = connectivesFor(locale);
  if (!words) return runs.map((r) => r.label);
  const labels: Label[] = [];
  for (let i = 0; i < runs.length;) {
    const first = runs[i];
    if (!first) break;
    const before = labels[labels.length - 1];
    if (before && before.anyOf === undefined && words.then.test(first.before)) {
      // "Select **A**, then **B**" names one path, as "**A > B**" does.
      labels[labels.length - 1] = { ...first.label, path: [...before.path, ...first.label.path] };
      i += 1;
      continue;
    }
    const count = alternativesFrom(runs, i, words);
    const group = runs.slice(i, i + count);
    const label: Label = count > 1 ? { ...first.label, anyOf: group.map((r) => r.label.text) } : { ...first.label };
    if (words.suchAs.test(first.before)) label.example = true;
    labels.push(label);
    i += count;
  }
  return labels;
}

/** Each link of the sentence with the words that carry it (a bare address is its own text). */
function anchorsOf(tokens: readonly TextToken[]): { href: string; text: string }[] {
  const byLink = new Map<number, { href: string; parts: TextToken[] }>();
  for (const t of tokens) {
    if (t.link === undefined || t.href === undefined) continue;
    const entry = byLink.get(t.link) ?? { href: t.href, parts: [] };
    entry.parts.push(t);
    byLink.set(t.link, entry);
  }
  return [...byLink.values()].map(({ href, parts }) => ({ href, text: plainText(parts) }));
}

interface Draft {
  id?: string;
  line: number;
  parts: Map<Locale, TextToken[]>;
}

function toSentence(d: Draft): Sentence {
  const s: Sentence = { line: d.line, text: {}, labels: {} };
  if (d.id !== undefined) s.id = d.id;
  const links: string[] = [];
  for (const [loc, toks] of d.parts) {
    const text = plainText(toks);
    if (text === '') continue;
    s.text[loc] = text;
    s.labels[loc] = labelsOf(toks, loc);
    for (const t of toks) if (t.href !== undefined && !links.includes(t.href)) links.push(t.href);
    const anchors = anchorsOf(toks);
    if (anchors.length) (s.anchors ??= {})[loc] = anchors;
  }
  if (links.length) s.links = links;
  return s;
}

function draftsFromSplit(tokens: readonly TextToken[], locale: Locale): Draft[] {
  return splitSentences(tokens).map((g) => ({ line: firstLine(g), parts: new Map([[locale, g]]) }));
}

/**
 * Turns one block's tokens into sentences. With `data-ttu-id`/`data-stu-id` spans each id is one
 * sentence whose translation and English source are paired by id; without spans, punctuation decides.
 * `locale` is the language of translated (ttu) or unmarked text; stu text is always English.
 */
export function sentencesOf(tokens: readonly Token[], locale: Locale, english: Locale): Sentence[] {
  const marked = tokens.some((t) => t.kind === 'open' && (t.ttu !== undefined || t.stu !== undefined));
  if (!marked) {
    const texts = tokens.filter((t): t is TextToken => t.kind === 'text');
    return draftsFromSplit(texts, locale).map(toSentence);
  }

  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  const stack: { loc?: Locale; id?: string }[] = [];
  let loose: TextToken[] = [];
  const flushLoose = () => {
    if (loose.some((t) => t.value.trim() !== '')) drafts.push(...draftsFromSplit(loose, locale));
    loose = [];
  };

  for (const t of tokens) {
    if (t.kind === 'text') {
      const owner = [...stack].reverse().find((s) => s.id !== undefined);
      const d = owner?.id === undefined ? undefined : byId.get(owner.id);
      if (!d || owner?.loc === undefined) {
        loose.push(t);
        continue;
      }
      const list = d.parts.get(owner.loc) ?? [];
      list.push(t);
      d.parts.set(owner.loc, list);
      continue;
    }
    if (t.tag !== 'span') continue;
    if (t.kind === 'close') {
      stack.pop();
      continue;
    }
    const id = t.ttu ?? t.stu;
    const loc = t.ttu !== undefined ? locale : t.stu !== undefined ? english : undefined;
    stack.push(id !== undefined && loc !== undefined ? { id, loc } : {});
    if (id === undefined) continue;
    flushLoose();
    if (!byId.has(id)) {
      const d: Draft = { id, line: t.line, parts: new Map() };
      byId.set(id, d);
      drafts.push(d);
    }
  }
  flushLoose();
  return drafts.map(toSentence).filter((s) => Object.keys(s.text).length > 0);
}

import type { Nodes } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { DocError } from './errors';

/** A run of visible text with the inline context the sentence and label builders need. */
export interface TextToken {
  kind: 'text';
  value: string;
  line: number;
  /** Same number = same `**…**` node, so a label split across text nodes is rejoined. */
  strong?: number;
  link?: number;
  href?: string;
}

/** One inline HTML tag. Localised pages mark sentences with spans, so spans are structure, not noise. */
export interface TagToken {
  kind: 'open' | 'close';
  tag: string;
  line: number;
  ttu?: string;
  stu?: string;
  anchor?: string;
  /** Only kept so error messages can name the tag, e.g. `<span class="sxs-lookup">`. */
  className?: string;
}

export type Token = TextToken | TagToken;

const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source']);
// Tags are cut out one by one and only their attributes go through the HTML parser: parsing the
// whole node would silently drop unmatched end tags, which are exactly what the span check must see.
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>/g;

function attributesOf(tagSource: string): Element['properties'] {
  const tree: HastRoot = fromHtml(tagSource, { fragment: true });
  const el = tree.children.find((c): c is Element => c.type === 'element');
  return el?.properties ?? {};
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Tag events of one HTML node (inline nodes hold one tag, block nodes may hold many). */
export function htmlTags(html: string, line: number): Token[] {
  const out: Token[] = [];
  for (const m of html.matchAll(TAG)) {
    const [whole, slash, name, rest = ''] = m;
    if (name === undefined) continue; // comment
    const tag = name.toLowerCase();
    const at = line + (html.slice(0, m.index).match(/\n/g)?.length ?? 0);
    if (tag === 'br') {
      out.push({ kind: 'text', value: ' ', line: at });
      continue;
    }
    if (slash) {
      out.push({ kind: 'close', tag, line: at });
      continue;
    }
    if (VOID_TAGS.has(tag) || rest.trimEnd().endsWith('/')) continue;
    const props = attributesOf(whole);
    const tok: TagToken = { kind: 'open', tag, line: at };
    const ttu = str(props['dataTtuId']);
    const stu = str(props['dataStuId']);
    const anchor = tag === 'a' ? (str(props['name']) ?? str(props['id'])) : undefined;
    if (ttu) tok.ttu = ttu;
    if (stu) tok.stu = stu;
    if (anchor) tok.anchor = anchor;
    const cls = Array.isArray(props['className']) ? props['className'].join(' ') : str(props['className']);
    if (cls) tok.className = cls;
    out.push(tok);
  }
  return out;
}

interface Ctx {
  counter: { n: number };
  strong?: number;
  link?: number;
  href?: string;
}

function walk(node: Nodes, ctx: Ctx, out: Token[]): void {
  const line = node.position?.start.line ?? 0;
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const t: TextToken = { kind: 'text', value: node.value, line };
      if (ctx.strong !== undefined) t.strong = ctx.strong;
      if (ctx.link !== undefined) t.link = ctx.link;
      if (ctx.href !== undefined) t.href = ctx.href;
      out.push(t);
      return;
    }
    case 'break':
      out.push({ kind: 'text', value: '\n', line });
      return;
    case 'html':
      out.push(...htmlTags(node.value, line));
      return;
    case 'strong': {
      const inner = ctx.strong === undefined ? { ...ctx, strong: ctx.counter.n++ } : ctx;
      for (const c of node.children) walk(c, inner, out);
      return;
    }
    case 'link': {
      const inner = { ...ctx, link: ctx.counter.n++, href: node.url };
      for (const c of node.children) walk(c, inner, out);
      return;
    }
    default:
      if ('children' in node) for (const c of node.children) walk(c as Nodes, ctx, out);
  }
}

/** Flattens a paragraph's or heading's inline content into text runs and tag events, in source order. */
export function tokenize(nodes: readonly Nodes[]): Token[] {
  const out: Token[] = [];
  const ctx: Ctx = { counter: { n: 0 } };
  for (const n of nodes) walk(n, ctx, out);
  return out;
}

/**
 * Span pairs are what tie a translation to its English source; one missing `</span>` silently glues
 * two sentences together, so an imbalance is a hard error rather than a guess.
 */
export function checkSpans(tokens: readonly Token[], file: string): void {
  const open: TagToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'text' || t.tag !== 'span') continue;
    if (t.kind === 'open') open.push(t);
    else if (!open.pop()) throw new DocError(file, t.line, 'unbalanced <span>: </span> without a matching <span>');
  }
  const first = open[0];
  if (first) {
    const which =
      first.ttu !== undefined
        ? ` data-ttu-id="${first.ttu}"`
        : first.stu !== undefined
          ? ` data-stu-id="${first.stu}"`
          : first.className !== undefined
            ? ` class="${first.className}"`
            : '';
    throw new DocError(file, first.line, `unbalanced <span>: <span${which}> is never closed (${open.length} unclosed)`);
  }
}

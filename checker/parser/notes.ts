import type { Blockquote, Paragraph } from 'mdast';
import { blockTokens } from './blocks';
import type { ParseContext } from './context';
import type { TextToken, Token } from './inline';
import type { NoteKind, Sentence } from './model';
import { sentencesOf } from './sentences';

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;

/** Docs alert syntax: `> [!NOTE]` on the first line of a blockquote. */
export function noteKind(quote: Blockquote, ctx: ParseContext): NoteKind | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = blockTokens(first, ctx).find((t): t is TextToken => t.kind === 'text' && t.value.trim() !== '');
  const m = text ? MARKER.exec(text.value) : null;
  return m?.[1] ? (m[1].toUpperCase() as NoteKind) : undefined;
}

/** Sentences of a note's paragraph with the `[!NOTE]` marker taken out, so it never reaches the text. */
export function noteParagraphSentences(p: Paragraph, ctx: ParseContext): Sentence[] {
  let stripped = false;
  const tokens: Token[] = blockTokens(p, ctx).map((t) => {
    if (stripped || t.kind !== 'text' || t.value.trim() === '') return t;
    stripped = true;
    return { ...t, value: t.value.replace(MARKER, '') };
  });
  return sentencesOf(tokens, ctx.locale, ctx.english);
}

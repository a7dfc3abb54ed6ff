import type { Heading, Paragraph } from 'mdast';
import type { ParseContext } from './context';
import { checkSpans, tokenize, type Token } from './inline';
import type { Sentence } from './model';
import { sentencesOf } from './sentences';

/** Tokens of one paragraph-like block, already checked for balanced spans. */
export function blockTokens(node: Paragraph | Heading, ctx: ParseContext): Token[] {
  const tokens = tokenize(node.children);
  checkSpans(tokens, ctx.file);
  return tokens;
}

export function blockSentences(node: Paragraph | Heading, ctx: ParseContext): Sentence[] {
  return sentencesOf(blockTokens(node, ctx), ctx.locale, ctx.english);
}

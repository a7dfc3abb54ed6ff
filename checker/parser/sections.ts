import type { Heading, Root, RootContent } from 'mdast';
import { blockTokens } from './blocks';
import type { ParseContext } from './context';
import type { Section } from './model';
import { sentencesOf } from './sentences';
import { joinText, slug } from './text';

/** A heading and the blocks up to the next heading of any depth. */
export interface SectionBody {
  heading?: Section;
  blocks: RootContent[];
}

function readHeading(node: Heading, ctx: ParseContext): Section {
  const tokens = blockTokens(node, ctx);
  const anchor = tokens.find((t) => t.kind === 'open' && t.anchor !== undefined);
  const title = joinText(sentencesOf(tokens, ctx.locale, ctx.english));
  // Localised copies keep the English anchor; plain markdown relies on the renderer's slug instead.
  const fallback = slug(title[ctx.english] ?? title[ctx.locale] ?? Object.values(title)[0] ?? '');
  const id = (anchor?.kind === 'open' ? anchor.anchor : undefined) ?? fallback;
  return { id, line: node.position?.start.line ?? 0, depth: node.depth, title };
}

/** Splits the document at headings; the first body holds whatever precedes the first heading. */
export function splitSections(tree: Root, ctx: ParseContext): SectionBody[] {
  const bodies: SectionBody[] = [{ blocks: [] }];
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') bodies.push({ heading: readHeading(node, ctx), blocks: [] });
    else bodies[bodies.length - 1]?.blocks.push(node);
  }
  return bodies;
}

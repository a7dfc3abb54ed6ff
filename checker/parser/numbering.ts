import type { List, ListItem, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { DocError } from './errors';

/** The number the author typed. Markdown renumbers items, which would hide a skipped step. */
export function literalNumber(item: ListItem, source: string): number | undefined {
  const at = item.position?.start.offset;
  if (at === undefined) return undefined;
  const m = /^[ \t>]*(\d{1,9})[.)]/.exec(source.slice(at, at + 16));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function itemLine(item: ListItem | undefined): number {
  return item?.position?.start.line ?? 0;
}

/**
 * Numbers of an ordered list's items as the reader will see them. `1. 1. 1.` (let markdown count)
 * is a common authoring style and is accepted; anything else must count up by one.
 */
export function listNumbers(list: List, source: string, file: string): number[] {
  const typed = list.children.map((item) => literalNumber(item, source) ?? Number.NaN);
  const first = typed[0] ?? 1;
  const lazy = typed.length > 1 && typed.every((n) => n === first);
  if (lazy) return typed.map((_, i) => first + i);
  typed.forEach((n, i) => {
    const expected = first + i;
    if (n !== expected) {
      const what = Number.isNaN(n) ? 'an item without a number' : `step ${n}`;
      throw new DocError(
        file,
        itemLine(list.children[i]),
        `numbered list skips a number: expected step ${expected}, found ${what}`,
      );
    }
  });
  return typed;
}

/** Checks every ordered list, including ones nested in steps, before anything else reads them. */
export function checkAllLists(tree: Root, source: string, file: string): void {
  visit(tree, 'list', (list: List) => {
    if (list.ordered) listNumbers(list, source, file);
  });
}

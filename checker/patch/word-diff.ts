/** A line in pieces: words, runs of space, single marks, so a change shows as the words it touched. */
const tokens = (text: string) => text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];

/**
 * Which pieces of two versions of a line differ: each side as runs of [text, changed]. A longest common
 * subsequence of the pieces; page lines are short enough (a few hundred pieces) for the quadratic table.
 */
export function wordDiff(before: string, after: string): { before: [string, boolean][]; after: [string, boolean][] } {
  const a = tokens(before);
  const b = tokens(after);
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, table[i]?.[j + 1] ?? 0);
  const left: [string, boolean][] = [];
  const right: [string, boolean][] = [];
  const push = (side: [string, boolean][], text: string, changed: boolean) => {
    const last = side[side.length - 1];
    if (last && last[1] === changed) last[0] += text;
    else side.push([text, changed]);
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(left, a[i] ?? '', false);
      push(right, b[j] ?? '', false);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || (table[i]?.[j + 1] ?? 0) >= (table[i + 1]?.[j] ?? 0)))
      push(right, b[j++] ?? '', true);
    else push(left, a[i++] ?? '', true);
  }
  return { before: left, after: right };
}

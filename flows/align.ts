/** A documented step and the bound step it corresponds to; either side may be missing. */
export interface Pair<D, B> {
  doc?: D;
  bound?: B;
}

/**
 * Aligns the documented steps with the bound ones by content (a global alignment that maximises the total
 * similarity, keeping both orders), so a step the page dropped or gained shows up as exactly that, in its
 * place, and the steps after it still meet their partners.
 */
export function align<D, B>(
  docs: readonly D[],
  bound: readonly B[],
  similarity: (d: D, b: B) => number,
  threshold = 0.3,
): Pair<D, B>[] {
  const rows = docs.length;
  const cols = bound.length;
  const score: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  const sim = (i: number, j: number) => similarity(docs[i - 1] as D, bound[j - 1] as B);
  for (let i = 1; i <= rows; i++)
    for (let j = 1; j <= cols; j++) {
      const s = sim(i, j);
      const diagonal = s >= threshold ? (score[i - 1]?.[j - 1] ?? 0) + s : -Infinity;
      (score[i] as number[])[j] = Math.max(score[i - 1]?.[j] ?? 0, score[i]?.[j - 1] ?? 0, diagonal);
    }
  const pairs: Pair<D, B>[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 || j > 0) {
    const here = score[i]?.[j] ?? 0;
    if (i > 0 && j > 0) {
      const s = sim(i, j);
      if (s >= threshold && Math.abs(here - ((score[i - 1]?.[j - 1] ?? 0) + s)) < 1e-9) {
        pairs.push({ doc: docs[i - 1], bound: bound[j - 1] });
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && (j === 0 || here === (score[i - 1]?.[j] ?? 0))) {
      pairs.push({ doc: docs[i - 1] });
      i--;
    } else {
      pairs.push({ bound: bound[j - 1] });
      j--;
    }
  }
  return pairs.reverse();
}

/** Share of labels two lists have in common, exactly. */
export function labelSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0.5;
  const x = new Set(a);
  const y = new Set(b);
  let common = 0;
  for (const l of x) if (y.has(l)) common++;
  return common / (x.size + y.size - common);
}

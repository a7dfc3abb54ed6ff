import { distance } from 'fastest-levenshtein';

/** The name most like `target` (case aside), unless even the closest differs in more than `limit` of its length. */
export function nearestLabel(target: string, candidates: readonly string[], limit = 0.75): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = distance(target.toLowerCase(), c.toLowerCase()) / Math.max(target.length, c.length, 1);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore <= limit ? best : undefined;
}

/** Character pairs of a sentence: a likeness that works without word breaks (Korean particles glue to words). */
const bigrams = (t: string) => {
  const chars = [...t.toLowerCase()];
  return new Set(chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`));
};

/** The confirmed sentence this one most likely was before a writer changed it. */
export function nearestSentence(sentence: string, candidates: readonly string[]): string | undefined {
  const mine = bigrams(sentence);
  let best: string | undefined;
  let bestScore = 0.35;
  for (const c of candidates) {
    if (c === sentence) continue;
    const theirs = bigrams(c);
    const common = [...mine].filter((w) => theirs.has(w)).length;
    const score = (2 * common) / (mine.size + theirs.size || 1);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

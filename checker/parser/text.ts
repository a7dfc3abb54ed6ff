import type { Label, LocalText, Locale, Sentence } from './model';

/** Per-language text of several sentences, as a reader sees them run together. */
export function joinText(sentences: readonly Sentence[]): LocalText {
  const out: LocalText = {};
  for (const s of sentences) {
    for (const [loc, text] of Object.entries(s.text)) out[loc] = out[loc] === undefined ? text : `${out[loc]} ${text}`;
  }
  return out;
}

export function joinLabels(sentences: readonly Sentence[]): Record<Locale, Label[]> {
  const out: Record<Locale, Label[]> = {};
  for (const s of sentences) {
    for (const [loc, labels] of Object.entries(s.labels)) (out[loc] ??= []).push(...labels);
  }
  return out;
}

/** GitHub-style heading slug, for plain markdown headings that carry no `<a name>` anchor. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

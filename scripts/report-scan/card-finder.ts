/** Where a card number was seen, and in which form. */
export type Form = 'plain' | 'spaced, dashed or dotted' | 'split by colour codes' | 'split across steps';

export interface CardHit {
  /** The card's name in the test-card list with its last four, never the number itself. */
  card: string;
  form: Form;
}

export type CardFinder = (text: string, split?: boolean) => CardHit[];

/**
 * Terminal colour codes: an assertion's diff colours single characters, so codes can sit between two digits. As
 * printed (ESC) or as JSON writes them into a report or a trace (`\u001b`, six characters); JSON escaped twice
 * is not read (no report writes it).
 */
const colour = '(?:(?:\\x1b|\\\\u001[bB])\\[[\\d;]*m)*';

/**
 * Each card's name and a pattern of its number: whole, or with one space, dash or dot, and any colour codes, between
 * any two digits. The codes after a separator only: one way to read each gap, so a near miss fails fast.
 */
function cardPatterns(cards: Readonly<Record<string, string>>, flags?: string) {
  return Object.entries(cards).map(([name, number]) => ({
    card: `${name} test card ending ${number.slice(-4)}`,
    number,
    pattern: new RegExp([...number].join(`${colour}(?:[ .-]${colour})?`), flags),
    /** What a masked number reads as: ASCII, and not the product's own "•••• 1111", so a reader knows it was masked. */
    mark: `[test card ending ${number.slice(-4)}, masked]`,
  }));
}

const formOf = (found: string, number: string): Form =>
  found === number ? 'plain' : /^[\d .-]+$/.test(found) ? 'spaced, dashed or dotted' : 'split by colour codes';

/**
 * Finds the given card numbers in text: whole, or with one space, dash or dot between any of their digits
 * ("4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111…"), or colour codes. `split` marks text rebuilt from
 * keystrokes.
 */
export function cardFinder(cards: Readonly<Record<string, string>>): CardFinder {
  const patterns = cardPatterns(cards);
  return (text, split = false) =>
    patterns.flatMap((p) => {
      const found = p.pattern.exec(text)?.[0];
      if (found === undefined) return [];
      // The plain form wherever it is, though a grouped match may come first in the text; else the first match's.
      // (formOf's own plain case serves the masker, which names the form of every match.)
      const form = split ? 'split across steps' : text.includes(p.number) ? 'plain' : formOf(found, p.number);
      return [{ card: p.card, form }];
    });
}

/** Replaces every card number in text, in any form the finder reads, by a mark that names its card by last four. */
export type CardMasker = (text: string) => { text: string; masked: CardHit[] };

export function cardMasker(cards: Readonly<Record<string, string>>): CardMasker {
  const patterns = cardPatterns(cards, 'g');
  return (text) => {
    const masked: CardHit[] = [];
    let out = text;
    for (const p of patterns) {
      out = out.replace(p.pattern, (found) => {
        const form = formOf(found, p.number);
        if (!masked.some((hit) => hit.card === p.card && hit.form === form)) masked.push({ card: p.card, form });
        return p.mark;
      });
    }
    return { text: out, masked };
  };
}

/** Where a card number was seen, and in which form. */
export type Form = 'plain' | 'spaced, dashed or dotted' | 'split across steps';

export interface CardHit {
  /** The card's name in the test-card list with its last four, never the number itself. */
  card: string;
  form: Form;
}

export type CardFinder = (text: string, split?: boolean) => CardHit[];

/**
 * Finds the given card numbers in text: whole, or with one space, dash or dot between any of their digits
 * ("4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111…"). `split` marks text rebuilt from keystrokes.
 */
export function cardFinder(cards: Readonly<Record<string, string>>): CardFinder {
  const patterns = Object.entries(cards).map(([name, number]) => ({
    card: `${name} test card ending ${number.slice(-4)}`,
    number,
    separated: new RegExp([...number].join('[ .-]?')),
  }));
  return (text, split = false) =>
    patterns
      .filter((p) => p.separated.test(text))
      .map((p) => ({
        card: p.card,
        form: split ? 'split across steps' : text.includes(p.number) ? 'plain' : 'spaced, dashed or dotted',
      }));
}

/** Replaces every card number in text, whole or with separators, by a mark that names its card by last four. */
export type CardMasker = (text: string) => { text: string; masked: CardHit[] };

/** What a masked number reads as: ASCII, and not the product's own "•••• 1111", so a reader knows it was masked. */
export const maskedCard = (last4: string): string => `[test card ending ${last4}, masked]`;

/** A terminal colour code: an assertion's diff colours single characters, so one can sit between two digits. */
const colour = '(?:\\x1b\\[[\\d;]*m)*';

/**
 * Masks the given card numbers in text, whole, with one space, dash or dot between any two digits (as the finder
 * reads them), or with terminal colour codes between them.
 */
export function cardMasker(cards: Readonly<Record<string, string>>): CardMasker {
  const patterns = Object.entries(cards).map(([name, number]) => ({
    card: `${name} test card ending ${number.slice(-4)}`,
    number,
    everywhere: new RegExp([...number].join(`${colour}[ .-]?${colour}`), 'g'),
    mark: maskedCard(number.slice(-4)),
  }));
  return (text) => {
    const masked: CardHit[] = [];
    let out = text;
    for (const p of patterns) {
      out = out.replace(p.everywhere, (found) => {
        const form = found === p.number ? 'plain' : 'spaced, dashed or dotted';
        if (!masked.some((hit) => hit.card === p.card && hit.form === form)) masked.push({ card: p.card, form });
        return p.mark;
      });
    }
    return { text: out, masked };
  };
}

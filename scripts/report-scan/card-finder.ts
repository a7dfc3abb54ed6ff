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

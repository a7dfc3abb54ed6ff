// The forms a test card number takes in what a run writes, built from the number so that no spec writes one out:
// a failing test's trace keeps its spec's source, and the report scan reads traces.

/** In groups, as people write it: grouped(visa, [4, 4, 4, 4], ' '). */
export function grouped(number: string, sizes: number[], separator: string): string {
  let start = 0;
  return sizes.map((size) => number.slice(start, (start += size))).join(separator);
}

/** In groups of four with spaces, as a card field shows it. */
export const spaced = (number: string): string => number.replace(/(\d{4})(?=\d)/g, '$1 ');

/** Not a test card: the number with its last digit changed. */
export const notACard = (number: string): string => `${number.slice(0, -1)}${number.endsWith('2') ? '3' : '2'}`;

/** Each digit coloured, as an assertion's diff can colour it. */
export const colouredByDigit = (number: string): string => [...number].map((d) => `\x1b[7m\x1b[31m${d}`).join('');

const EN: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

// Native Korean counting words as they appear before a counter ("세 가지" = three kinds).
const KO: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  석: 3,
  네: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};

/** '10', '1,000', 'ten', 'Ten', '세' -> number; undefined when the word is not a count. */
export function toNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const w = word.trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  return EN[w.toLowerCase()] ?? KO[w];
}

import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `parseArgs`, refusing an option given twice that takes one value (`--today a --today b`): Node's keeps the last
 * and drops the first without a word, so a mistyped first value would never be named. Throws what `parseArgs`
 * throws for any other misuse, a TypeError with its one-line message.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const parsed = parseArgs({ ...config, tokens: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || config.options?.[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new TypeError(`Option '--${token.name}' is given twice; give it once`);
    seen.add(token.name);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}

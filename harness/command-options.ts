import { parseArgs, type ParseArgsConfig } from 'node:util';
import { firstLine } from './error-code';
import { optionsSentToNpm } from './options-sent-to-npm';

/**
 * `parseArgs`, refusing an option given twice that takes one value (`--today a --today b`): Node's keeps the last
 * and drops the first without a word, so a mistyped first value would never be named. Throws what `parseArgs`
 * throws for any other misuse, a TypeError, its message made one line (`oneLine`). Before that, an option of the
 * command that `npm run` took for its own (the `--` forgotten) is refused: npm would pass the command the rest.
 */
export function parseOptions<T extends ParseArgsConfig>(
  config: T,
  env: NodeJS.ProcessEnv = process.env,
): ReturnType<typeof parseArgs<T>> {
  const sent = optionsSentToNpm(Object.keys(config.options ?? {}), env);
  if (sent) throw new TypeError(sent);
  let parsed;
  try {
    parsed = parseArgs({ ...config, tokens: true });
  } catch (e) {
    throw new TypeError(oneLine(e, config), { cause: e });
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || config.options?.[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new TypeError(`Option '--${token.name}' is given twice; give it once`);
    seen.add(token.name);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}

/** `word` as a shell reads it back: as it is when it can be, else in single quotes. */
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/**
 * `parseArgs`'s refusal in one line. All but one are already: a value after an option that starts with a dash
 * (`--seed -1`, or `--doc --locale` where the value was forgotten) takes three, so it is said again naming the
 * option, what followed it and the way to give such a value.
 */
function oneLine(e: unknown, config: ParseArgsConfig): string {
  const raw = /^Option '(-[^']*)' argument is ambiguous\./.exec(e instanceof Error ? e.message : '')?.[1];
  const args = config.args ?? process.argv.slice(2);
  const at = args.findIndex((a, i) => a === raw && args[i + 1]?.startsWith('-'));
  if (raw === undefined || at < 0) return firstLine(e);
  // A short option (-s) is given its value through its long name.
  const long = raw.startsWith('--')
    ? raw
    : `--${Object.entries(config.options ?? {}).find(([, o]) => `-${o.short}` === raw)?.[0] ?? raw.slice(1)}`;
  const next = args[at + 1] ?? '';
  // Another of the command's options after it: the value was forgotten, not one that starts with a dash.
  const option = next.replace(/=.*$/, '');
  const known = Object.entries(config.options ?? {}).some(
    ([name, o]) => option === `--${name}` || option === `-${o.short}`,
  );
  if (known) return `Option '${raw}' is missing its value: ${next} followed it`;
  return `Option '${raw}' is missing its value: '${next}' after it starts with a dash; a value that does is given as ${shellWord(`${long}=${next}`)}`;
}

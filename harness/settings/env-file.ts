import { existsSync, readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';

/**
 * What is wrong with `file` (`.env`), as one line naming its place; undefined when nothing is. dotenv loads what it
 * can and says nothing of the rest, and the settings ignore keys they do not know, so each of these would leave a
 * setting as it was without a word:
 * - a file it cannot read (a folder, no permission);
 * - a line that is no `KEY=value` (`TODAY 2026-03-01`), named by its number, never its content (a token, maybe);
 * - a key a letter off a setting's name, or its name in another case (`TIMOUT_SCALE=2`). Other keys (a tool's own
 *   variables) are left alone.
 */
export function envFileProblem(names: readonly string[], file = '.env'): string | undefined {
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'a folder, not a file' : (code ?? String(error));
    return `${file}: cannot be read (${why}); the settings are read from it (see .env.example)`;
  }
  // A quoted value may run over several lines (dotenv reads them as one): the quote it is still inside, if any.
  let open: string | undefined;
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (open) {
      if (line.includes(open)) open = undefined;
      continue;
    }
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const setting = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(["'`]?)(.*)$/.exec(line);
    if (!setting)
      return `${file}:${i + 1}: not a setting: a line of .env is KEY=value, or a # comment (see .env.example)`;
    const [, key = '', quote = '', rest = ''] = setting;
    if (quote && !rest.includes(quote)) open = quote;
    if (names.includes(key)) continue;
    // One letter off, or only the case: two letters off is another word as often as a slip (SANDBOX_HOST, TODO).
    const near = closest(key.toUpperCase(), [...names]);
    if (distance(key.toUpperCase(), near) <= 1)
      return `${file}:${i + 1}: ${key} is not a setting of the harness; did you mean ${near}? (see .env.example)`;
  }
  return undefined;
}

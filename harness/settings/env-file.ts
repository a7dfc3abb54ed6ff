import { existsSync, readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import { errorCode } from '../error-code';

/**
 * What is wrong with `file` (`.env`), as one line naming its place; undefined when nothing is. dotenv loads what it
 * can and says nothing of the rest, and the settings ignore keys they do not know, so each of these would leave a
 * setting as it was without a word:
 * - a file it cannot read (a folder, no permission);
 * - a line that is no `KEY=value` (`TODAY 2026-03-01`), named by its number, never its content (a token, maybe);
 * - a key a letter off a setting's name, or its name in another case (`TIMOUT_SCALE=2`). Other keys (a tool's own
 *   variables) are left alone;
 * - a key given twice (`WORKERS=abc`, then `WORKERS=2`): dotenv keeps the last and drops the first.
 */
export function envFileProblem(names: readonly string[], file = '.env'): string | undefined {
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    const why = code === 'EISDIR' ? 'a folder, not a file' : code;
    return `${file}: cannot be read (${why}); the settings are read from it (see .env.example)`;
  }
  // As dotenv reads it: a key, `=` or `: `, then a value; a quoted value runs to its closing quote (not one after a
  // backslash), over several lines if need be, and one never closed is a plain value of its own line.
  const lines = text.split(/\r\n|\r|\n/);
  // Each key's line: dotenv keeps a key's last value and drops the first without a word.
  const given = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const setting = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)\s*(["'`]?)(.*)$/.exec(line);
    if (!setting)
      return `${file}:${i + 1}: not a setting: a line of .env is KEY=value, or a # comment (see .env.example)`;
    const [, key = '', quote = '', rest = ''] = setting;
    const at = i + 1;
    if (quote) {
      const closing = new RegExp(`(?<!\\\\)\\${quote}`);
      const end = closing.test(rest) ? i : lines.findIndex((l, k) => k > i && closing.test(l));
      if (end > i) i = end;
    }
    const first = given.get(key);
    if (first !== undefined) return `${file}:${at}: ${key} is set twice (lines ${first} and ${at}): keep one`;
    given.set(key, at);
    if (names.includes(key)) continue;
    // One letter off, or only the case: two letters off is another word as often as a slip (SANDBOX_HOST, TODO).
    const near = closest(key.toUpperCase(), [...names]);
    if (distance(key.toUpperCase(), near) <= 1)
      return `${file}:${at}: ${key} is not a setting of the harness; did you mean ${near}? (see .env.example)`;
  }
  return undefined;
}

import { existsSync, readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';

/**
 * The first key of `file` (`.env`) a letter off a setting's name, or its name in another case, as one line naming its place and the
 * setting meant; undefined when there is none. dotenv loads any key and the settings ignore those they do not
 * know, so `TIMOUT_SCALE=2` would leave every timeout as it was without a word. Other keys (a tool's own
 * variables) are left alone.
 */
export function misspeltSetting(names: readonly string[], file = '.env'): string | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const key = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(line)?.[1];
    if (!key || names.includes(key)) continue;
    // One letter off, or only the case: two letters off is another word as often as a slip (SANDBOX_HOST, TODO).
    const near = closest(key.toUpperCase(), [...names]);
    if (distance(key.toUpperCase(), near) <= 1)
      return `${file}:${i + 1}: ${key} is not a setting of the harness; did you mean ${near}? (see .env.example)`;
  }
  return undefined;
}

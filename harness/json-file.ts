import { readFileSync } from 'node:fs';

/**
 * A JSON file's value. A file that cannot be read or parsed goes to `fail` as one line naming it at line 1 (the
 * parser's message names a position, not a line), for the caller to throw as its own error or exit with.
 */
export function readJsonFile(file: string, fail: (line: string) => never): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`${file}:1: not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

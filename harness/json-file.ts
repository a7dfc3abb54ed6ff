import { readFileSync } from 'node:fs';
import { errorCode, firstLine } from './error-code';

/**
 * A JSON file's value. A file that cannot be read (a folder, no permission) goes to `fail` as one line naming it and
 * why, one that does not parse as one line naming it at line 1 (the parser's message names a position, not a line),
 * for the caller to throw as its own error or exit with.
 */
export function readJsonFile(file: string, fail: (line: string) => never): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`${file}: cannot be read (${errorCode(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`${file}:1: not valid JSON (${firstLine(e)})`);
  }
}

/**
 * Each value of a JSON-lines file, one a line (blank lines skipped). A file that cannot be read, or its first line
 * that does not parse, goes to `fail` as one line naming the file and that line.
 */
export function readJsonLines(file: string, fail: (line: string) => never): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`${file}: cannot be read (${errorCode(e)})`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch (e) {
      return fail(`${file}:${i + 1}: not valid JSON (${firstLine(e)})`);
    }
  });
}

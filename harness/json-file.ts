import { readFileSync } from 'node:fs';
import { parse, type ParseError } from 'jsonc-parser';
import { errorCode, firstLine } from './error-code';

/**
 * `file:line:column` of the fault JSON.parse reported in `text`: the position its message names, else where a
 * strict JSON grammar stops (jsonc-parser, comments and trailing commas refused: V8 names no position for those).
 * A fault at the end (a file cut short) is placed after the last character that is not space, not on the empty line
 * a final newline opens.
 */
function faultPlace(file: string, text: string, message: string): string {
  const named = /at position (\d+)/.exec(message)?.[1];
  const errors: ParseError[] = [];
  if (named === undefined) parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const contentEnd = text.replace(/[ \t\n\r]+$/, '').length;
  const at = Math.min(named === undefined ? (errors[0]?.offset ?? contentEnd) : Number(named), contentEnd);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${file}:${line}:${column}`;
}

/**
 * A JSON file's value. A file that cannot be read (a folder, no permission) goes to `fail` as one line naming it and
 * why, one that does not parse as one line naming it at the fault's line and column, for the caller to throw as its
 * own error or exit with.
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
    const message = e instanceof Error ? e.message : String(e);
    // The parser quotes a short file, or the text around the fault, as it is: its line breaks are written as \n.
    return fail(`${faultPlace(file, text, message)}: not valid JSON (${message.replace(/\r?\n/g, '\\n')})`);
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

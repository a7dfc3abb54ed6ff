import { readFileSync } from 'node:fs';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { errorCode, firstLine } from './error-code';

/**
 * Where `text` (which JSON.parse refused) stops being JSON, and why, by a strict JSON grammar (jsonc-parser, comments
 * and trailing commas refused): the same place on every Node, where V8's words and positions differ between
 * versions, and none for some faults. A fault at the end (a file cut short) is placed after the last character that
 * is not space, not on the empty line a final newline opens.
 */
function faultIn(text: string, refusal: unknown): { line: number; column: number; why: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const contentEnd = text.replace(/[ \t\n\r]+$/, '').length;
  const [first] = errors;
  const at = Math.min(first?.offset ?? contentEnd, contentEnd);
  // printParseErrorCode names the fault in words run together (CommaExpected): spelt out. A fault the grammar did not
  // see keeps V8's words, on one line and without the place its version may add.
  const why = !first
    ? firstLine(refusal).replace(/ in JSON at position \d+.*$/, '')
    : printParseErrorCode(first.error) === 'InvalidSymbol'
      ? 'neither a value nor a name in double quotes'
      : printParseErrorCode(first.error)
          .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
          .toLowerCase();
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n'), why };
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
    const { line, column, why } = faultIn(text, e);
    return fail(`${file}:${line}:${column}: not valid JSON (${why})`);
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
      const { column, why } = faultIn(line, e);
      return fail(`${file}:${i + 1}:${column}: not valid JSON (${why})`);
    }
  });
}

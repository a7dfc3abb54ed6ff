import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
  const [line = 1, column = 1] = lineColumn(text, at).split(':').map(Number);
  return { line, column, why };
}

/** `line:column` of `offset` in `text`. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/** A key path as JavaScript writes it: `results[0].procedures`, `confirmed["ko-KR"]`. */
export function keyPathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return /^[A-Za-z_$][\w$]*$/.test(name) ? `${i === 0 ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/**
 * `file:line:column` of what `path` names in a JSON file that parsed (its key, or its nearest parent there when it
 * is missing), for a message about its shape: a file written by hand is mended at that line. Just `file` when the
 * file cannot be read again.
 */
export function placeOfKey(file: string, path: readonly PropertyKey[]): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return file;
  }
  const root = parseTree(text);
  for (let n = path.length; root && n >= 0; n--) {
    const node = findNodeAtLocation(
      root,
      path.slice(0, n).map((k) => (typeof k === 'number' ? k : String(k))),
    );
    if (node) return `${file}:${lineColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset)}`;
  }
  return file;
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

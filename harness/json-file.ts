import { readFileSync } from 'node:fs';
import { errorCode, firstLine } from './error-code';

const SPACE = /[ \t\n\r]*/y;
// A string or number is read whole: a fault inside one gets a message with its position from the parser itself.
const STRING = /"(?:[^"\\]|\\.)*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where JSON.parse stops in `text` (which it refused), for its messages that name no position ("Unexpected token
 * ']', …"): the first character the grammar does not allow there, or the end of the text.
 */
function faultOffset(text: string): number {
  let i = 0;
  const eat = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const value = (): boolean => {
    eat(SPACE);
    const open = text.charAt(i);
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      eat(SPACE);
      if (text.charAt(i) === close) {
        i++;
        return true;
      }
      for (;;) {
        if (open === '{') {
          if (!eat(STRING)) return false;
          eat(SPACE);
          if (text.charAt(i) !== ':') return false;
          i++;
        }
        if (!value()) return false;
        eat(SPACE);
        if (text.charAt(i) === close) {
          i++;
          return true;
        }
        if (text.charAt(i) !== ',') return false;
        i++;
        eat(SPACE);
      }
    }
    // A literal is refused at its first wrong letter, as the parser does (`[tru]` at the `]`).
    const literal = ['true', 'false', 'null'].find((word) => word[0] === open);
    if (literal === undefined) return eat(STRING) || eat(NUMBER);
    for (const letter of literal) {
      if (text.charAt(i) !== letter) return false;
      i++;
    }
    return true;
  };
  if (value()) eat(SPACE);
  return i;
}

/**
 * `file:line:column` of the fault JSON.parse reported in `text`: the position its message names, else where the
 * grammar stops. A fault at the end (a file cut short) is placed after the last character that is not space, not
 * on the empty line a final newline opens.
 */
function faultPlace(file: string, text: string, message: string): string {
  const named = /at position (\d+)/.exec(message)?.[1];
  const contentEnd = text.replace(/[ \t\n\r]+$/, '').length;
  const at = Math.min(named === undefined ? faultOffset(text) : Number(named), contentEnd);
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

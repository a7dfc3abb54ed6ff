/**
 * The one error type the parser throws. Callers (CLI, test setup) map it to exit code 2 so CI can tell
 * "the documentation is unusable" apart from "a test failed" (1).
 */
export class DocError extends Error {
  readonly file: string;
  readonly line: number;
  readonly exitCode = 2 as const;

  constructor(file: string, line: number, what: string) {
    // CI log scrapers and editors jump to `file:line:`; a newline in `what` would break that.
    super(`${file}:${line}: ${what.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`);
    this.name = 'DocError';
    this.file = file;
    this.line = line;
  }
}

export function isDocError(e: unknown): e is DocError {
  return e instanceof DocError;
}

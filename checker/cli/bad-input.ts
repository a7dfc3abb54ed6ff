// How docs:check answers bad input, with exit code 2: a misused option in its line and the usage, anything else
// (a file, a ref, a language) in its line alone.

export const USAGE =
  'usage: npm run docs:check -- [--doc <file>]... [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>] ' +
  '[--today YYYY-MM-DD] [--pins <file>] [--confirm <line>] [--confirm-all] [--force] [--changed <git-ref>] ' +
  '[--update-screenshots] [--screenshot-tolerance <0-1>] [--a11y fail|warn|off] [--seed <n>] [--pages <n>] [--fresh] ' +
  '(--doc: a page or a folder of pages, repeatable)';

/** A misused option: its line, then the usage. */
export function usage(message: string): never {
  process.stderr.write(`docs:check: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** Bad input the usage would not help with: its one line. */
export function refuse(message: string): never {
  process.stderr.write(`docs:check: ${message}\n`);
  process.exit(2);
}

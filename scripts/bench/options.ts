import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseOptions } from '../../harness/command-options';
import { readJsonLines } from '../../harness/json-file';

export const benchUsage = 'usage: npm run bench [-- --quick] [--runs <1-50>] [--history <file>]';

/** A bad option: one line, for the bench to print and exit 2 with before it measures anything. */
export class BenchOptionError extends Error {}

export interface BenchOptions {
  quick: boolean;
  runs: number;
  /** The history file the run's line is appended to. */
  history: string;
  /** BENCH.md beside it, rewritten from the whole history. */
  table: string;
}

const kindOf = (path: string) => statSync(path, { throwIfNoEntry: false });

/**
 * Whether the run's line can be added to `history` and BENCH.md rewritten beside it, checked before the bench
 * measures for half an hour: its folder is there, and the history, when there, is a file of JSON lines (so a
 * README.md named by mistake is refused, not appended to). Each is named from the current folder when inside it.
 */
function checkHistory(history: string, table: string): void {
  const fail = (line: string): never => {
    throw new BenchOptionError(line);
  };
  const shown = (path: string) => {
    const inside = relative(process.cwd(), path);
    return inside.startsWith('..') || isAbsolute(inside) ? path : inside || '.';
  };
  if (!kindOf(dirname(history))?.isDirectory())
    fail(`--history ${shown(history)}: there is no folder ${shown(dirname(history))} to keep it in`);
  const file = kindOf(history);
  if (file && !file.isFile()) fail(`--history ${shown(history)}: a folder, not a history file`);
  if (file) readJsonLines(shown(history), fail);
  if (kindOf(table)?.isDirectory()) fail(`--history ${shown(history)}: ${shown(table)} beside it is a folder`);
}

/** The bench's options from its command line (`args`), a history file relative to the checkout (`root`). */
export function benchOptions(args: readonly string[], root: string): BenchOptions {
  let values;
  try {
    ({ values } = parseOptions({
      args: [...args],
      options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' }, history: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchOptionError(`${error instanceof Error ? error.message : String(error)} (${benchUsage})`);
  }
  const runs = values.runs ?? (values.quick ? '3' : '5');
  if (!/^\d+$/.test(runs) || Number(runs) < 1 || Number(runs) > 50)
    throw new BenchOptionError(`--runs must be a whole number from 1 to 50, got "${runs}" (${benchUsage})`);
  const history = resolve(root, values.history ?? 'bench/history.jsonl');
  const table = join(dirname(history), 'BENCH.md');
  checkHistory(history, table);
  return { quick: values.quick, runs: Number(runs), history, table };
}

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../model';
import { readJsonFile } from '../../harness/json-file';

/**
 * The check results (docs-drift.json) an --out folder holds: the folder's own, a page checked alone, and its page
 * folders', a set's pages (`<out>/<page>/`).
 */
export function checkResultFiles(dir: string): string[] {
  const pageFolders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(dir, e.name))
        .sort()
    : [];
  return [dir, ...pageFolders].map((d) => join(d, 'docs-drift.json')).filter((f) => existsSync(f));
}

/** A file that is not a check's result: its message is one line, `file:line: what`. */
export class CheckResultError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A check's result read back, or a CheckResultError naming the file: the commands that read it answer in one line. */
export function readCheckResult(file: string): CheckResult {
  const data = readJsonFile(file, (line) => {
    throw new CheckResultError(line);
  });
  // What the readers use: the page, each language's procedures, rules and sentences, and the summary.
  const languages = isObject(data) && Array.isArray(data.results) ? data.results : undefined;
  const whole =
    isObject(data) &&
    typeof data.doc === 'string' &&
    isObject(data.summary) &&
    languages?.every(
      (l) =>
        isObject(l) &&
        typeof l.locale === 'string' &&
        Array.isArray(l.procedures) &&
        Array.isArray(l.rules) &&
        Array.isArray(l.sentences),
    );
  if (!whole)
    throw new CheckResultError(
      `${file}:1: not a docs check result ("doc", "summary", and "results" with each language's procedures, rules and sentences)`,
    );
  return data as unknown as CheckResult;
}

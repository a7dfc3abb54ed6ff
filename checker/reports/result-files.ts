import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CheckResult } from '../model';
import { keyPathText, placeOfKey, readJsonFile } from '../../harness/json-file';

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

/** A file that is not a check's result: its message is one line, naming the file and what it lacks. */
export class CheckResultError extends Error {}

const status = z.enum(['ok', 'drift', 'unverified']);
const line = z.number().nullable();
// Every field the readers use (docs:annotate, docs:coverage): a file that lacks one is refused when read, not met as
// a TypeError halfway through the annotations.
const checkResultSchema = z.object({
  doc: z.string(),
  summary: z.object({}),
  results: z.array(
    z.object({
      locale: z.string(),
      procedures: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          steps: z.array(
            z.object({
              n: z.number(),
              shown: z.string().optional(),
              status,
              line,
              message: z.string(),
              stepId: z.string().optional(),
              undocumented: z.literal(true).optional(),
            }),
          ),
        }),
      ),
      rules: z.array(
        z.object({ id: z.string(), status, line, message: z.string(), stepId: z.string().optional() }),
      ),
      sentences: z.array(z.object({ line: z.number(), status, sentence: z.string(), message: z.string() })),
    }),
  ),
});

const kinds: Record<string, string> = { array: 'a list', object: 'an object', number: 'a number', string: 'a string' };

/** A value as a one-line message shows it: a list or an object by its kind, anything else as JSON, cut short. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** What the first fault of a file that is not a check result is: `results[0].procedures[0].steps is missing`. */
function faultOf(data: unknown, issue: z.core.$ZodIssue): string {
  const path = keyPathText(issue.path);
  if (path === '') return 'not an object with "doc", "summary" and "results"';
  const value = issue.path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
  if (value === undefined) return `${path} is missing`;
  let expected = issue.message;
  if (issue.code === 'invalid_type') expected = kinds[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value')
    expected = issue.values.length > 1 ? `one of ${issue.values.join(', ')}` : String(issue.values[0]);
  return `${path} must be ${expected}, not ${shown(value)}`;
}

/** A check's result read back, or a CheckResultError naming the file: the commands that read it answer in one line. */
export function readCheckResult(file: string): CheckResult {
  const data = readJsonFile(file, (line) => {
    throw new CheckResultError(line);
  });
  const parsed = checkResultSchema.safeParse(data);
  const issue = parsed.error?.issues[0];
  if (issue)
    throw new CheckResultError(`${placeOfKey(file, issue.path)}: not a docs check result: ${faultOf(data, issue)}`);
  // The file as written: the fields the readers pass on without reading (screenshots, fixes, the run) stay.
  return data as CheckResult;
}

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import type { DocPage } from '../parser';

export class ChangedRefError extends Error {}

/** The procedure's lines: from its heading to the next heading of the same or a higher level, or the page's end. */
export function procedureRanges(doc: DocPage): { id: string; from: number; to: number }[] {
  return doc.procedures.map((p) => {
    const next = doc.sections.find((s) => s.line > p.line && s.depth <= p.depth);
    return { id: p.id, from: p.line, to: next ? next.line - 1 : Number.POSITIVE_INFINITY };
  });
}

/**
 * The lines of the page, as it is now, that differ from `ref`, from `git diff -U0` (the commit to the working
 * tree). Where lines were only removed, both lines around the gap count: the check may look at one procedure
 * more, never at one less. Throws ChangedRefError when `ref` names no commit.
 */
export function changedLines(file: string, ref: string): number[] {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dirname(resolve(file)), encoding: 'utf8' });
  if (git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).status !== 0)
    throw new ChangedRefError(`--changed "${ref}" names no commit of the repository that holds ${file}`);
  const diff = git('diff', '-U0', '--no-color', '--no-ext-diff', ref, '--', resolve(file));
  if (diff.status !== 0)
    throw new ChangedRefError(
      `--changed: git diff ${ref} -- ${file} failed: ${diff.stderr.trim().split('\n')[0] ?? ''}`,
    );
  const lines: number[] = [];
  for (const [, start, count] of diff.stdout.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
    const from = Number(start);
    const n = count === undefined ? 1 : Number(count);
    if (n === 0) lines.push(from, from + 1);
    else for (let line = from; line < from + n; line++) lines.push(line);
  }
  return lines;
}

/** Which procedures the changed lines fall in (page order), which not, and the changed lines outside every procedure. */
export function changedProcedures(
  doc: DocPage,
  lines: number[],
): { changed: string[]; skipped: string[]; outside: number[] } {
  const ranges = procedureRanges(doc);
  const hit = (r: (typeof ranges)[number]) => lines.some((l) => l >= r.from && l <= r.to);
  return {
    changed: ranges.filter(hit).map((r) => r.id),
    skipped: ranges.filter((r) => !hit(r)).map((r) => r.id),
    outside: [...new Set(lines.filter((l) => !ranges.some((r) => l >= r.from && l <= r.to)))],
  };
}

/** One line saying what `--changed <ref>` checks and what it skips. */
export function describeChanged(ref: string, scope: ReturnType<typeof changedProcedures>): string {
  const outside = scope.outside.length
    ? `; changed outside every procedure: line(s) ${scope.outside.join(', ')} (rules and sentences are checked only by the whole check)`
    : '';
  const skipped = scope.skipped.join(', ') || 'none';
  return `docs:check --changed ${ref}: checking ${scope.changed.join(', ') || 'no procedure'}; skipped, unchanged: ${skipped}${outside}`;
}

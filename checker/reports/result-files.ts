import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.cache']);

/**
 * A hash of every file under `paths` (relative to `root`; folders walked, builds and caches skipped), their names
 * and bytes, and of `also`: whatever else the answer named by it depends on (settings, a question).
 */
export function sourcesFingerprint(root: string, paths: readonly string[], also: string): string {
  const hash = createHash('sha256').update(also).update('\0');
  const visit = (path: string) => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) if (!SKIPPED.has(name)) visit(join(path, name));
      return;
    }
    hash.update(path).update('\0').update(readFileSync(absolute)).update('\0');
  };
  for (const path of paths) visit(path);
  return hash.digest('hex').slice(0, 16);
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();

/**
 * A checkout for one of the project's shell entry points: what git tracks here and node_modules, by links, so its
 * outputs (reports, Allure and Playwright folders) are its own and nothing of this checkout's is read or written;
 * the scripts in `passing` succeed at once (set-up and lints: minutes of work that are not the subject). In the
 * system's temporary folder, never under test-results/: the report scan reads that folder, and through these links
 * it would read the sources and node_modules as a report. Returns its folder; the caller removes it (links, not
 * what they point to).
 */
export function linkedCheckout(passing: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'linked-checkout-'));
  const tracked = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const tops = new Set(tracked.map((f) => f.split('/')[0] as string));
  tops.add('node_modules');
  tops.delete('scripts');
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  for (const name of tops) symlinkSync(resolve(root, name), join(dir, name));
  for (const name of readdirSync(join(root, 'scripts')))
    if (!passing.includes(name)) symlinkSync(resolve(root, 'scripts', name), join(dir, 'scripts', name));
  for (const name of passing) writeFileSync(join(dir, 'scripts', name), 'exit 0\n');
  return dir;
}

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { savedRecordsFolder } from '../../harness/settings/run-outputs';
import { BadInput } from './bad-input';

/**
 * Everything a run writes: both reports, Allure's results, test output (traces), blob reports, the docs check's
 * reports and the records it saves for its next run.
 */
export const defaultFolders = [
  'playwright-report',
  'allure-results',
  'allure-report',
  'test-results',
  'blob-report',
  'reports',
  savedRecordsFolder,
] as const;

const kind = (path: string): 'folder' | 'file' | 'absent' => {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'absent';
  }
};

/**
 * The folders to scan and the default ones that are absent. A folder named on the command line must be a
 * folder: a typo must not pass as "clean".
 */
export function chooseFolders(given: readonly string[]): { folders: string[]; absent: string[] } {
  if (given.length === 0) {
    return {
      folders: defaultFolders.filter((f) => kind(f) === 'folder'),
      absent: defaultFolders.filter((f) => kind(f) !== 'folder'),
    };
  }
  for (const arg of given) {
    if (arg.startsWith('-'))
      throw new BadInput(`unknown option ${arg} (usage: tsx scripts/check-reports.ts [folder ...])`);
    const k = kind(arg);
    if (k === 'absent') throw new BadInput(`${arg}: no such folder`);
    if (k === 'file') throw new BadInput(`${arg} is a file, not a folder: give the folder that holds it`);
  }
  return { folders: [...given], absent: [] };
}

/** Every file under a folder, sorted, following links once (a link loop is not followed round). */
export function* filesUnder(folder: string, seen = new Set<string>()): Generator<string> {
  let names: string[];
  try {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(folder).sort();
  } catch (error) {
    throw new BadInput(`${folder}: cannot read the folder (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const name of names) {
    const path = join(folder, name);
    if (kind(path) === 'folder') yield* filesUnder(path, seen);
    else yield path;
  }
}

import { mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { testCards } from '../../flows/test-cards';
import { BadInput } from './bad-input';
import type { Finding } from './content';
import { filesUnder } from './folders';
import { describeFinding, newScan, scanFile } from './scan';

export interface Staged {
  into: string;
  copied: number;
  /** Each file left out, with what was found in it (never the number), and the list that names it. */
  withheld: { file: string; findings: Finding[]; list: string }[];
  /** Paths given that do not exist: a job that failed early writes less. */
  absent: string[];
}

/**
 * The list of the files left out of a path: in the path's copy (a file's: in its folder's), so whoever downloads any
 * part of the artifact, or merges a shard from it, sees what is missing.
 */
export const withheldList = 'WITHHELD.txt';

const kind = (path: string): 'folder' | 'file' | 'absent' => {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'absent';
  }
};

/** The path with its links resolved as far as it exists, so a folder reached through a link is still recognised. */
function realPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realPath(parent), relative(parent, full));
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + sep);

/**
 * Copies what a CI job uploads into the folder `into`, each file under its own path, leaving out every file where
 * the report scan finds a test card number, and naming those in a WITHHELD.txt in the path's copy. It only ever creates files
 * inside `into`, never replacing one: the sources, reached directly or through links, are only read.
 */
export function stageArtifacts(
  into: string,
  paths: readonly string[],
  cards: Readonly<Record<string, string>> = testCards,
): Staged {
  const usage = 'usage: tsx scripts/artifacts-stage.ts <into> <path> [path ...]';
  const option = [into, ...paths].find((a) => a.startsWith('-'));
  if (option !== undefined) throw new BadInput(`unknown option ${option} (${usage})`);
  if (!into || paths.length === 0)
    throw new BadInput(`a folder to stage into and at least one path are needed (${usage})`);
  if (kind(into) === 'file') throw new BadInput(`${into} is a file: name a folder to stage into`);
  const intoReal = realPath(into);
  for (const path of paths) {
    if (isAbsolute(path) || relative('.', path).startsWith('..'))
      throw new BadInput(`${path}: give a path inside this folder, as the artifact keeps it under ${into}`);
    const pathReal = realPath(path);
    if (within(intoReal, pathReal) || within(pathReal, intoReal))
      throw new BadInput(`${into} and ${path} overlap: stage into a folder outside what is staged`);
  }

  const absent = paths.filter((p) => kind(p) === 'absent');
  const target = (file: string) => join(into, relative('.', file));
  const listOf = (path: string) => target(join(kind(path) === 'folder' ? path : dirname(path), withheldList));
  const files = paths.flatMap((path) =>
    (kind(path) === 'folder' ? [...filesUnder(path)] : kind(path) === 'file' ? [path] : []).map((file) => ({
      file,
      list: listOf(path),
    })),
  );
  // Checked before anything is written: a second staging into the same folder changes nothing.
  const taken = [...files.map(({ file }) => target(file)), ...paths.map(listOf)].find((t) => kind(t) !== 'absent');
  if (taken !== undefined) throw new BadInput(`${taken} already exists: stage into a new folder`);

  const scan = newScan(cards);
  const staged: Staged = { into, copied: 0, withheld: [], absent };
  for (const { file, list } of files) {
    const before = scan.findings.length;
    const { bytes, found } = scanFile(scan, file);
    if (found) {
      staged.withheld.push({ file, findings: scan.findings.slice(before), list });
      continue;
    }
    mkdirSync(dirname(target(file)), { recursive: true });
    writeFileSync(target(file), bytes, { flag: 'wx' });
    staged.copied++;
  }
  for (const list of new Set(staged.withheld.map((w) => w.list))) {
    // One line per finding, each starting with the file left out.
    const lines = staged.withheld.filter((w) => w.list === list).flatMap((w) => w.findings.map(describeFinding));
    mkdirSync(dirname(list), { recursive: true });
    const head = 'Left out of this artifact: a test card number was found in each of these files, in the form named.';
    writeFileSync(list, `${head}\n${lines.join('\n')}\n`, { flag: 'wx' });
  }
  return staged;
}

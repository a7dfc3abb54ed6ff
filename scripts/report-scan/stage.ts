import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { testCards } from '../../flows/test-cards';
import { BadInput } from './bad-input';
import { filesUnder } from './folders';
import { describeFinding, newScan, scanFile } from './scan';

export interface Staged {
  into: string;
  copied: number;
  /** Each file left out, with why (each finding, never the number; or why it could not be scanned), and its list. */
  withheld: { file: string; reasons: string[]; list: string }[];
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
const outside = (path: string) => isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`);

/** Refuses, before anything is read or written, what would copy a file twice, into a source, or out of `into`. */
function refuseBadInput(into: string, paths: readonly string[]): void {
  const usage = 'usage: tsx scripts/artifacts-stage.ts <into> <path> [path ...]';
  const option = [into, ...paths].find((a) => a.startsWith('-'));
  if (option !== undefined) throw new BadInput(`unknown option ${option} (${usage})`);
  if (!into || paths.length === 0)
    throw new BadInput(
      // Given as '', a folder or path would be taken for the current folder, or for nothing at all.
      paths.length > 0
        ? `the folder to stage into is empty (''): name one (${usage})`
        : `a folder to stage into and at least one path are needed (${usage})`,
    );
  const empty = paths.indexOf('');
  if (empty >= 0) throw new BadInput(`path ${empty + 1} is empty (''): name a file or folder to stage (${usage})`);
  if (kind(into) === 'file') throw new BadInput(`${into} is a file: name a folder to stage into`);
  if (kind(into) === 'absent' && lstatSync(into, { throwIfNoEntry: false }))
    throw new BadInput(`${into} is a link to nothing: name a folder to stage into`);
  const intoReal = realPath(into);
  paths.forEach((path, i) => {
    if (outside(relative('.', path)))
      throw new BadInput(`${path}: give a path inside this folder, as the artifact keeps it under ${into}`);
    const pathReal = realPath(path);
    if (within(intoReal, pathReal) || within(pathReal, intoReal))
      throw new BadInput(`${into} and ${path} overlap: stage into a folder outside what is staged`);
    const other = paths.slice(0, i).find((p) => within(resolve(path), resolve(p)) || within(resolve(p), resolve(path)));
    if (other !== undefined)
      throw new BadInput(`${other} and ${path}: the same files named twice; name each path once`);
  });
}

/**
 * Copies what a CI job uploads into the folder `into`, each file under its own path, leaving out every file where
 * the report scan finds a test card number, or that it cannot read to scan, and naming those in a WITHHELD.txt in
 * the path's copy. Every file is scanned before anything is written, and only new files inside `into` are written:
 * the sources, reached directly or through links, are only read.
 */
export function stageArtifacts(
  into: string,
  paths: readonly string[],
  cards: Readonly<Record<string, string>> = testCards,
  /** How a scanned file is read again to be copied. */
  readAgain: (file: string) => Buffer = readFileSync,
): Staged {
  refuseBadInput(into, paths);
  const intoReal = realPath(into);
  const absent = paths.filter((p) => kind(p) === 'absent');
  const target = (file: string) => join(into, relative('.', file));
  const listOf = (path: string) => target(join(kind(path) === 'folder' ? path : dirname(path), withheldList));
  const lists = new Set(paths.map(listOf));
  const files = paths.flatMap((path) =>
    (kind(path) === 'folder' ? [...filesUnder(path)] : kind(path) === 'file' ? [path] : []).map((file) => ({
      file,
      list: listOf(path),
      path,
    })),
  );
  for (const t of [...files.map(({ file }) => target(file)), ...lists]) {
    // Each folder the copy goes through must be one (a link inside `into` would lead the copy elsewhere), and a
    // second staging into the same folder changes nothing.
    // From `into` down: the first folder that does not exist yet ends the look.
    const folders: string[] = [];
    for (let folder = dirname(t); resolve(folder) !== resolve(into); folder = dirname(folder)) folders.unshift(folder);
    for (const folder of folders) {
      const there = lstatSync(folder, { throwIfNoEntry: false });
      if (!there) break;
      if (there.isSymbolicLink() && !within(realPath(folder), intoReal))
        throw new BadInput(`${t} leads out of ${into} through a link`);
      if (!there.isDirectory() && !there.isSymbolicLink())
        throw new BadInput(`${folder} is a file, where the copy needs a folder`);
    }
    if (!within(realPath(dirname(t)), intoReal)) throw new BadInput(`${t} leads out of ${into} through a link`);
    if (lstatSync(t, { throwIfNoEntry: false })) throw new BadInput(`${t} already exists: stage into a new folder`);
  }
  const copyOfList = files.find(({ file }) => lists.has(target(file)));
  if (copyOfList) throw new BadInput(`${copyOfList.file}: a staged copy's list; stage a run's outputs, not a copy`);

  const scan = newScan(cards);
  const staged: Staged = { into, copied: 0, withheld: [], absent };
  // A clean file's digest, not its bytes: a job's outputs can be larger than the memory. It is read again to be
  // copied, and copied only if those are the bytes scanned.
  const clean: { file: string; digest: string; list: string }[] = [];
  for (const { file, list, path } of files) {
    // A name is copied too: one that holds a number is left out, and named by the path it was found under only.
    const inName = scan.find(relative(path, file));
    if (inName.length > 0) {
      const reasons = inName.map((hit) => `a file under ${path} whose name holds the ${hit.card} (${hit.form})`);
      staged.withheld.push({ file, reasons, list });
      continue;
    }
    const before = scan.findings.length;
    try {
      const { bytes, found } = scanFile(scan, file);
      if (found) staged.withheld.push({ file, reasons: scan.findings.slice(before).map(describeFinding), list });
      else clean.push({ file, digest: digestOf(bytes), list });
    } catch (error) {
      // Whatever stops the scan (an unreadable zip, a file too large to read as text), the file is not vouched for.
      const why = error instanceof Error ? error.message : String(error);
      const named = why.startsWith(file) ? why : `${file}: ${why}`;
      staged.withheld.push({ file, reasons: [`${named}: left out, as it cannot be scanned`], list });
    }
  }

  // The lists first: a copy cut short still says what it leaves out.
  for (const list of new Set(staged.withheld.map((w) => w.list)))
    writeList(
      list,
      staged.withheld.filter((w) => w.list === list).flatMap((w) => w.reasons),
    );
  for (const { file, digest, list } of clean) {
    let bytes: Buffer | undefined;
    try {
      bytes = readAgain(file);
    } catch {
      bytes = undefined;
    }
    if (bytes === undefined || digestOf(bytes) !== digest) {
      const reasons = [`${file}: changed or gone since its scan: left out, as what would be copied was not scanned`];
      staged.withheld.push({ file, reasons, list });
      writeList(list, reasons);
      continue;
    }
    mkdirSync(dirname(target(file)), { recursive: true });
    writeFileSync(target(file), bytes, { flag: 'wx' });
    staged.copied++;
  }
  return staged;
}

const digestOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Adds reasons to a list of files left out, made with its heading the first time (never over another file). */
function writeList(list: string, reasons: readonly string[]): void {
  const lines = `${reasons.join('\n')}\n`;
  if (existsSync(list)) return appendFileSync(list, lines);
  const head =
    'Left out of this artifact: each of these files holds a test card number (in the form named) or cannot be scanned.';
  mkdirSync(dirname(list), { recursive: true });
  writeFileSync(list, `${head}\n${lines}`, { flag: 'wx' });
}

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// The numbers alone, not the whole store (faker, the scenarios): the scan starts, and refuses bad input, sooner.
import { testCards } from '../../flows/test-cards';
import { BadInput } from './bad-input';
import { cardFinder } from './card-finder';
import { scanContent, type ContentScan, type Finding } from './content';
import { chooseFolders, filesUnder } from './folders';

export { BadInput } from './bad-input';
export type { ContentScan, Finding } from './content';

export interface ScanResult {
  /** The folders read; with no folders given, the default ones that exist. */
  scanned: string[];
  /** Default folders that do not exist (none when folders were given). */
  absent: string[];
  files: number;
  /** Zip entries and embedded data read inside the files. */
  inner: number;
  findings: Finding[];
}

/**
 * Reads every file under the folders (the default report folders when none are given), every entry of every
 * zip and every embedded base64 blob, for the test card numbers in any form. Throws BadInput for input it
 * cannot vouch for.
 */
export function scanReports(
  given: readonly string[] = [],
  cards: Readonly<Record<string, string>> = testCards,
): ScanResult {
  const { folders, absent } = chooseFolders(given);
  const scan = newScan(cards);
  let files = 0;
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      files++;
      // A file's name is uploaded with it: one holding a number is named by its folder only, its content unread.
      const inName = scan.find(relative(folder, file));
      if (inName.length > 0) scan.findings.push(...inName.map((hit) => ({ ...hit, where: [nameHolding(folder)] })));
      else scanFile(scan, file);
    }
  }
  return { scanned: folders, absent, files, inner: scan.inner, findings: scan.findings };
}

/** Where a file whose name holds a number is reported: its folder, never its name. */
export const nameHolding = (folder: string): string => join(folder, '(a file whose name holds it)');

export function newScan(cards: Readonly<Record<string, string>> = testCards): ContentScan {
  return { find: cardFinder(cards), findings: [], inner: 0 };
}

/** Reads one file and scans it: its bytes, and whether a number was found in it (added to the scan's findings). */
export function scanFile(scan: ContentScan, file: string): { bytes: Buffer; found: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new BadInput(`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`);
  }
  const before = scan.findings.length;
  scanContent(scan, [file], bytes);
  return { bytes, found: scan.findings.length > before };
}

/** One line per finding: the file, the zip entries inside it, the card (never its number) and the form. */
export function describeFinding(f: Finding): string {
  return `${f.where.join('!')}: ${f.card} (${f.form})`;
}

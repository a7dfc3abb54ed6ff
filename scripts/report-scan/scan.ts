import { readFileSync } from 'node:fs';
// The numbers alone, not the whole store (faker, the scenarios): the scan starts, and refuses bad input, sooner.
import { testCards } from '../../flows/test-cards';
import { BadInput } from './bad-input';
import { cardFinder } from './card-finder';
import { scanContent, type ContentScan, type Finding } from './content';
import { chooseFolders, filesUnder } from './folders';

export { BadInput } from './bad-input';
export type { Finding } from './content';

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
  const scan: ContentScan = { find: cardFinder(cards), findings: [], inner: 0 };
  let files = 0;
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new BadInput(`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)})`);
      }
      files++;
      scanContent(scan, [file], bytes);
    }
  }
  return { scanned: folders, absent, files, inner: scan.inner, findings: scan.findings };
}

/** One line per finding: the file, the zip entries inside it, the card (never its number) and the form. */
export function describeFinding(f: Finding): string {
  return `${f.where.join('!')}: ${f.card} (${f.form})`;
}

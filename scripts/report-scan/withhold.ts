import { lstatSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFinding, type Finding } from './scan';

/**
 * Replaces each file a finding is in with one line saying why, so that nothing uploads it: CI keeps a failed run's
 * artifacts (`when: always`), and a run the scan failed is the one whose artifacts hold a number. The file keeps its
 * name, so the place the scan named stays findable; `by` names the command in the line. A file reached through a
 * link is left alone: the link leads out of the reports (a checkout's sources, say), and only the scan's failure
 * speaks for it. Returns the files replaced and those left.
 */
export function withholdFindings(findings: readonly Finding[], by: string): { withheld: string[]; linked: string[] } {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.where[0];
    if (file !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  }
  const withheld: string[] = [];
  const linked: string[] = [];
  for (const [file, found] of byFile) {
    if (!lstatSync(file).isFile() || realpathSync(file) !== resolve(file)) {
      linked.push(file);
      continue;
    }
    const places = found.map(describeFinding).join('; ');
    // A whole file or none: an upload running beside the scan never reads one half rewritten.
    writeFileSync(`${file}.withholding`, `Withheld by ${by}: it held a test card number (${places}).\n`);
    renameSync(`${file}.withholding`, file);
    withheld.push(file);
  }
  return { withheld, linked };
}

/** The lines that say what was withheld, and what was not since a link leads to it. */
export function withheldLines(by: string, { withheld, linked }: ReturnType<typeof withholdFindings>): string[] {
  return [
    `${by}: withheld ${withheld.length} file(s): each now says where its number was`,
    ...(linked.length > 0
      ? [`${by}: not withheld, reached through a link out of the reports: ${linked.join(', ')}`]
      : []),
  ];
}

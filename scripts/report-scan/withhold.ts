import { renameSync, writeFileSync } from 'node:fs';
import { describeFinding, type Finding } from './scan';

/**
 * Replaces each file a finding is in with one line saying why, so that nothing uploads it: CI keeps a failed run's
 * artifacts (`when: always`), and a run the scan failed is the one whose artifacts hold a number. The file keeps its
 * name, so the place the scan named stays findable; `by` names the command in the line. Returns the files replaced.
 */
export function withholdFindings(findings: readonly Finding[], by: string): string[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.where[0];
    if (file !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  }
  for (const [file, found] of byFile) {
    const places = found.map(describeFinding).join('; ');
    // A whole file or none: an upload running beside the scan never reads one half rewritten.
    writeFileSync(`${file}.withholding`, `Withheld by ${by}: it held a test card number (${places}).\n`);
    renameSync(`${file}.withholding`, file);
  }
  return [...byFile.keys()];
}

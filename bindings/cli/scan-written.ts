import { existsSync } from 'node:fs';
import { testCards } from '../../flows/test-cards';
import { describeFinding, scanReports } from '../../scripts/report-scan/scan';
import { withheldLines, withholdFindings } from '../../scripts/report-scan/withhold';

/**
 * The check's reports scanned for the test card numbers as every report of the suite is (scripts/check-reports.ts),
 * since a CI job uploads them: each place found is printed, never the number, and its file withheld. Whether any was.
 */
export function scanWritten(folder: string): boolean {
  if (!existsSync(folder)) return false;
  // Not its screenshots: nine tenths of the scan's time, and compressed pixels hold no number a text scan could find
  // (each was masked as it was taken).
  const { findings } = scanReports([folder], testCards, (file) => !file.endsWith('.png'));
  if (findings.length === 0) return false;
  process.stderr.write(`docs:check: a test card number is in ${findings.length} place(s) of what the check wrote:\n`);
  for (const finding of findings) process.stderr.write(`  ${describeFinding(finding)}\n`);
  for (const line of withheldLines('docs:check', withholdFindings(findings, 'docs:check')))
    process.stderr.write(`${line}\n`);
  return true;
}

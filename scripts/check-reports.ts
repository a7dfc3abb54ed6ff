// Fails when anything a run writes holds a test card number in any form: reports show cards by last four only.
// Usage: tsx scripts/check-reports.ts [folder ...]   Exit 0 clean, 1 a number found, 2 bad input.
// With no folder, scans the report folders that exist (playwright-report, allure-results, allure-report,
// test-results, blob-report, reports, and the docs check's saved records in node_modules/.cache/docs-check-records);
// a folder named here must exist.
import { BadInput, describeFinding, scanReports, type ScanResult } from './report-scan/scan';

let result: ScanResult;
try {
  result = scanReports(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BadInput)) throw error;
  console.error(`check-reports: ${error.message}`);
  process.exit(2);
}

const read = `${result.files} files and ${result.inner} zip entries or embedded data in ${result.scanned.join(', ') || 'no folder'}`;
const absent = result.absent.length > 0 ? ` (absent: ${result.absent.join(', ')})` : '';
if (result.findings.length > 0) {
  console.error(`check-reports: a test card number is in ${result.findings.length} place(s) among ${read}${absent}:`);
  for (const finding of result.findings) console.error(`  ${describeFinding(finding)}`);
  process.exit(1);
}
console.log(`check-reports: no card number in ${read}${absent}`);

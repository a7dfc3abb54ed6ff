// Fails when a report, trace or result file holds a full card number: reports show cards by last four only.
// Reads every file under the report folders, and every entry of the zip files among them (traces).
// Usage: tsx scripts/check-reports.ts [folder or file ...]   Exit 0 clean, 1 a number found, 2 bad input.
import 'dotenv/config';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runOutputs } from '../fixtures/run-outputs';
import { testCards } from '../mocks/store';
import { zipEntries } from './zip-entries';

// By default every report a run writes, a shard's (BLOB_DIR and what is beside it) included.
const shard = runOutputs(['--shard'], process.env.BLOB_DIR || undefined);
const folders =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [...new Set(['playwright-report', 'allure-results', 'allure-report', 'test-results', 'reports', shard.blobDir ?? '', shard.allureResults, dirname(shard.junitFile)])];
const secrets = Object.values(testCards).map((n) => Buffer.from(n));

function* files(dir: string): Generator<string> {
  if (!statSync(dir).isDirectory()) {
    yield dir;
    return;
  }
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const leaks: string[] = [];
// A shard's blob report is a zip that holds its traces, zips themselves: every level is read.
const scan = (where: string, data: Buffer) => {
  if (secrets.some((s) => data.includes(s))) leaks.push(where);
  if (where.endsWith('.zip')) for (const [name, entry] of zipEntries(data)) scan(`${where}!${name}`, entry);
};
for (const folder of folders.filter((f) => existsSync(f))) {
  for (const file of files(folder)) {
    scan(file, readFileSync(file));
  }
}
if (leaks.length > 0) {
  console.error(`A full test card number is in ${leaks.length} report file(s):\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(`check-reports: no full card number in ${folders.filter((f) => existsSync(f)).join(', ') || 'no report folders'}`);

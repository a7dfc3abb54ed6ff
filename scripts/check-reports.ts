// Fails when a report, trace or result file holds a full card number: reports show cards by last four only.
// Reads every file under the report folders, and every entry of the zip files among them (traces).
// Usage: tsx scripts/check-reports.ts [folder ...]   Exit 0 clean, 1 a number found, 2 bad input.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { testCards } from '../mocks/store';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['playwright-report', 'allure-results', 'allure-report', 'test-results', 'reports'];
const secrets = Object.values(testCards).map((n) => Buffer.from(n));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The entries of a zip archive, from its central directory (stored or deflated entries). */
function* zipEntries(zip: Buffer): Generator<[string, Buffer]> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0, count = zip.readUInt16LE(end + 10); i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    yield [name, method === 8 ? inflateRawSync(raw) : raw];
    at += 46 + skip;
  }
}

const leaks: string[] = [];
const scan = (where: string, data: Buffer) => {
  if (secrets.some((s) => data.includes(s))) leaks.push(where);
};
for (const folder of folders.filter((f) => existsSync(f))) {
  for (const file of files(folder)) {
    const data = readFileSync(file);
    scan(file, data);
    if (file.endsWith('.zip')) for (const [name, entry] of zipEntries(data)) scan(`${file}!${name}`, entry);
  }
}
if (leaks.length > 0) {
  console.error(`A full test card number is in ${leaks.length} report file(s):\n${leaks.join('\n')}`);
  process.exit(1);
}
console.log(`check-reports: no full card number in ${folders.filter((f) => existsSync(f)).join(', ') || 'no report folders'}`);

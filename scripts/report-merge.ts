// npm run report:merge -- <folder> [<folder> ...]
// Merges the outputs of any number of shards (`--shard=i/n`, each run on any machine) into one Playwright HTML
// report (playwright-report/), one Allure report (allure-report/) and one JUnit file (reports/junit.xml), with
// Playwright's merge-reports and Allure's generate. A folder is one shard's output: it holds blob-report/ and
// allure-results/, or it is the blob report folder itself (BLOB_DIR), with allure-results/ beside it.
// Exit codes: 0 merged, every test once; 1 a test twice, a shard missing or its blob report left out (a card
// number), the two reports disagreeing, or a card number in a report; 2 bad input (one line naming the folder).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { allureReportCounts, htmlReportCounts } from './merged-counts';
import { withheldList } from './report-scan/stage';
import { zipEntry } from './report-scan/zip';
import { errorCode } from '../harness/error-code';

const out = {
  html: 'playwright-report',
  allure: 'allure-report',
  junit: 'reports/junit.xml',
  durations: 'reports/durations.json',
};

function badInput(message: string): never {
  process.stderr.write(
    `report:merge: ${message}\nusage: npm run report:merge -- <shard folder> [<shard folder> ...]\n`,
  );
  process.exit(2);
}

function zipsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.zip'));
  } catch (e) {
    return badInput(`${dir}: cannot be read (${errorCode(e)})`);
  }
}

/** A shard's blob report folder and its Allure results, or a one-line reason. */
function shardOutput(folder: string): { blobDir: string; allureResults: string } {
  let found;
  try {
    found = statSync(folder, { throwIfNoEntry: false });
  } catch (e) {
    // Below a file (ENOTDIR), or not ours to look at (EACCES).
    badInput(`${folder}: cannot be read (${errorCode(e)})`);
  }
  if (!found) badInput(`${folder}: no such folder`);
  if (!found.isDirectory()) badInput(`${folder}: a file, not a folder; name the folder of a shard's output`);
  const nested = join(folder, 'blob-report');
  const blobDir = existsSync(nested) ? nested : folder;
  if (zipsIn(blobDir).length === 0) {
    // A CI job's upload leaves out a file holding a card number and names it there (npm run artifacts:stage).
    const withheld = join(folder, withheldList);
    if (existsSync(withheld)) {
      process.stderr.write(
        `report:merge: ${folder}: its blob report was left out for a card number: see ${withheld}\n`,
      );
      process.exit(1);
    }
    badInput(`${folder}: holds no blob report (report-*.zip), neither in it nor in its blob-report/`);
  }
  const allureResults = join(dirname(blobDir), 'allure-results');
  if (!existsSync(allureResults))
    badInput(`${allureResults}: missing; a shard writes its Allure results beside its blob report`);
  return { blobDir, allureResults };
}

/** The shard a blob report holds (`current` of `total`), from the metadata Playwright writes first in it. */
function shardOf(zip: string): { current: number; total: number } | undefined {
  let first: { method?: string; params?: { shard?: { current: number; total: number } } };
  try {
    const lines = zipEntry(readFileSync(zip), 'report.jsonl', zip)?.toString('utf8') ?? '';
    first = JSON.parse(lines.slice(0, lines.indexOf('\n'))) as typeof first;
  } catch (e) {
    badInput(`${zip}: not a Playwright blob report (${errorCode(e)})`);
  }
  return first.method === 'onBlobReportMetadata' ? first.params?.shard : undefined;
}

/** "shard 2/4 (report-e2e-_) is missing" for each shard of a split that is not there. */
function missingShards(zips: string[]): string[] {
  const splits = new Map<string, { total: number; seen: Set<number> }>();
  for (const zip of zips) {
    const shard = shardOf(zip);
    if (!shard) continue;
    // Playwright names a shard's report after the command's project filter and the shard's number.
    const key = `${basename(zip).replace(/-\d+\.zip$/, '')} of ${shard.total}`;
    const split = splits.get(key) ?? { total: shard.total, seen: new Set<number>() };
    split.seen.add(shard.current);
    splits.set(key, split);
  }
  return [...splits].flatMap(([key, { total, seen }]) =>
    Array.from({ length: total }, (_, i) => i + 1)
      .filter((n) => !seen.has(n))
      .map((n) => `shard ${n}/${total} (${key.replace(/ of \d+$/, '')}) is missing`),
  );
}

const folders = process.argv.slice(2);
if (folders.length === 0) badInput('name the shard folders to merge');
const option = folders.find((f) => f.startsWith('-'));
if (option !== undefined) badInput(`${option}: not an option of this command`);
const empty = folders.indexOf('');
if (empty >= 0) badInput(`folder ${empty + 1} is empty (''): name each shard's folder`);
const started = performance.now();
const shards = folders.map(shardOutput);
const twice = shards.find((s, i) => shards.findIndex((t) => resolve(t.blobDir) === resolve(s.blobDir)) !== i);
if (twice) badInput(`${twice.blobDir}: named twice; each shard's tests would be counted twice`);

// merge-reports reads one folder: every blob report goes into one, numbered so two machines' names cannot clash.
const zips = shards.flatMap(({ blobDir }) => zipsIn(blobDir).map((name) => join(blobDir, name)));
const problems = missingShards(zips);
const blobs = mkdtempSync(join(tmpdir(), 'blob-reports-'));
zips.forEach((zip, i) => copyFileSync(zip, join(blobs, `${i + 1}-${basename(zip)}`)));

// The reports are made in a folder of their own beside the last ones (one file system, so they move in whole):
// a merge that fails leaves the last merged reports as they were.
const fresh = resolve(mkdtempSync('.report-merge-'));
// Stopped (Ctrl-C, a CI job cancelled): the folders of its own go, the last merged reports stay as they were.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(blobs, { recursive: true, force: true });
    // As a shell reports a process a signal stopped: 128 and the signal's number (130 for SIGINT, 143 for SIGTERM).
    process.exit(128 + constants.signals[signal]);
  });
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) {
    process.stderr.write(
      `report:merge: ${command} ${args.join(' ')} ended with exit code ${result.status}; the last merged reports are kept\n`,
    );
    rmSync(fresh, { recursive: true, force: true });
    rmSync(blobs, { recursive: true, force: true });
    process.exit(1);
  }
};
run('npx', ['playwright', 'merge-reports', '--config', 'playwright.merge.config.ts', blobs], {
  ...process.env,
  REPORT_MERGE_INTO: fresh,
});
run('npx', ['allure', 'generate', ...shards.map((s) => s.allureResults), '--output', join(fresh, out.allure)]);
rmSync(blobs, { recursive: true, force: true });
// Each report moved into place with the last one set aside first, and put back if the move fails (a report held
// open elsewhere): no step deletes a last merged report before its new one is there.
try {
  for (const path of Object.values(out)) {
    if (!existsSync(join(fresh, path))) continue;
    const last = join(fresh, 'last', path);
    const hadLast = existsSync(path);
    mkdirSync(dirname(last), { recursive: true });
    if (hadLast) renameSync(path, last);
    try {
      mkdirSync(dirname(path), { recursive: true });
      renameSync(join(fresh, path), path);
    } catch (e) {
      if (hadLast) renameSync(last, path);
      throw e;
    }
  }
} catch (e) {
  rmSync(fresh, { recursive: true, force: true });
  process.stderr.write(
    `report:merge: a merged report could not be moved into place (${errorCode(e)}); ` +
      'each report not moved is the last merged one\n',
  );
  process.exit(1);
}
rmSync(fresh, { recursive: true, force: true });

const html = htmlReportCounts(out.html);
const allure = allureReportCounts(out.allure);
// The first few name the problem (a shard merged twice, a test in two shards); the count says how big it is.
const listed = (tests: string[], where: string) =>
  tests.length === 0 ? [] : [`${tests.length} test(s) twice in the ${where}, e.g. ${tests.slice(0, 3).join('; ')}`];
problems.push(...listed(html.duplicates, 'Playwright report'), ...listed(allure.duplicates, 'Allure report'));
if (html.tests !== allure.tests)
  problems.push(`the Playwright report has ${html.tests} tests and the Allure report ${allure.tests}`);
// The merged JUnit file against the schema CI systems validate against, where xmllint is installed (npm run setup).
const junit = spawnSync('xmllint', ['--noout', '--schema', 'schemas/junit-10.xsd', out.junit], { encoding: 'utf8' });
if (junit.error)
  console.log(
    `report:merge: ${out.junit} not validated against the JUnit schema: xmllint is not installed (npm run setup)`,
  );
else if (junit.status !== 0)
  problems.push(`${out.junit} is not valid against schemas/junit-10.xsd: ${junit.stderr.split('\n')[0]}`);
const scan = spawnSync('npx', ['tsx', 'scripts/check-reports.ts', out.html, out.allure, dirname(out.junit)], {
  stdio: 'inherit',
});
if (scan.status !== 0) problems.push('a report holds a full card number (above)');

console.log(
  `report:merge: ${zips.length} blob report(s) from ${folders.length} folder(s) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${out.html}/index.html ${html.tests} tests, ${out.allure}/index.html ${allure.tests} tests, ${out.junit}`,
);
for (const problem of problems) console.error(`report:merge: ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;

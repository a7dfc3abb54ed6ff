import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipEntry } from './report-scan/zip';

export interface Counts {
  tests: number;
  /** Tests that appear more than once: a shard merged twice, or a test run by two shards. */
  duplicates: string[];
}

interface HtmlTest {
  projectName: string;
  path: string[];
  title: string;
  location: { file: string; line: number; column: number };
}

/** The tests of a Playwright HTML report, read from the report data its index.html carries. */
export function htmlReportCounts(folder: string): Counts {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const base64 = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(html)?.[1];
  const data = base64 && zipEntry(Buffer.from(base64, 'base64'), 'report.json', 'the HTML report data');
  if (!data) throw new Error(`${folder}/index.html holds no report data`);
  const report = JSON.parse(data.toString('utf8')) as { files: { tests: HtmlTest[] }[] };
  return count(
    report.files.flatMap((f) =>
      f.tests.map(
        (t) => `[${t.projectName}] ${t.location.file}:${t.location.line} › ${[...t.path, t.title].join(' › ')}`,
      ),
    ),
  );
}

/** The tests of an Allure 3 report: one result file per test, its retries inside it. */
export function allureReportCounts(folder: string): Counts {
  const dir = join(folder, 'data', 'test-results');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: not an Allure 3 report`);
  const results = readdirSync(dir).map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        fullName: string;
        historyId: string;
        parameters: { name: string; value: string }[];
      },
  );
  const keyOf = (r: (typeof results)[number]) =>
    `${r.fullName} ${r.parameters.map((p) => `${p.name}=${p.value}`).join(' ')} (${r.historyId})`;
  return count(results.map(keyOf));
}

function count(keys: string[]): Counts {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const key of keys) (seen.has(key) ? duplicates : seen).add(key);
  return { tests: keys.length, duplicates: [...duplicates] };
}

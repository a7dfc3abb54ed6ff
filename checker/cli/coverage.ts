// npm run docs:coverage -- [--from <dir>]... [--out <dir>] [--readme <file>]
// Reads the last docs check's results (docs-drift.json) from each --from folder and the page folders in it (default
// reports/docs-check; one folder per language when the languages ran apart, as in `npm test`), and for each page
// writes docs-coverage.json in --out (default the first --from; <out>/<page>/ when there are several pages) and the
// page's coverage line in the README. Exit codes: 0 written, 2 bad input (one line naming it).
// The parser and the reports (the flows, the spec index) load only once the results folders have been read, so a
// missing or unreadable folder is refused in a fraction of a second.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ReadmeError, withBadge } from '../coverage/coverage';
import { checkResultFiles } from '../reports/result-files';
import type { CheckBinding } from '../binding';
import type { CheckResult } from '../model';

function usage(message: string): never {
  process.stderr.write(
    `docs:coverage: ${message}\nusage: npm run docs:coverage -- [--from <dir>]... [--out <dir>] [--readme <file>]\n`,
  );
  process.exit(2);
}

/** What the command needs of the project: its page bindings (the flows that perform each page). */
export interface DocsCoverageSetup {
  wiring: () => Promise<{ bindings: readonly CheckBinding[] }>;
}

/** `npm run docs:coverage`. */
export async function docsCoverage(setup: DocsCoverageSetup): Promise<void> {
  let values: { from?: string[]; out?: string; readme: string };
  try {
    values = parseArgs({
      options: {
        from: { type: 'string', multiple: true },
        out: { type: 'string' },
        readme: { type: 'string', default: 'README.md' },
      },
    }).values;
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const folders = values.from ?? ['reports/docs-check'];
  const out = values.out ?? folders[0] ?? '.';

  const results = folders.flatMap((dir) => {
    const files = checkResultFiles(dir);
    if (files.length === 0)
      usage(`${join(dir, 'docs-drift.json')}: no docs check results; run \`npm run docs:check -- --out ${dir}\` first`);
    return files.map((file) => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as CheckResult;
      } catch (e) {
        return usage(`${file}:1: not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      }
    });
  });
  const pages = [...new Set(results.map((r) => r.doc))].sort();
  if (!existsSync(values.readme)) usage(`--readme ${values.readme}: no such file`);

  // Typed, so the compiler knows reportDocError never returns.
  const parser: typeof import('../parser') = await import('../parser');
  const { readBoundPage } = await import('./bound-page');
  const { coverageFor } = await import('../reports/write');
  const { bindings } = await setup.wiring();
  for (const page of pages) {
    // One result per language: the folders' languages side by side.
    const ofPage = results.filter((r) => r.doc === page);
    const merged: CheckResult = { ...(ofPage[0] as CheckResult), results: ofPage.flatMap((r) => r.results) };
    let doc: ReturnType<typeof parser.parseDocFile>;
    let binding: CheckBinding | undefined;
    try {
      ({ doc, binding } = readBoundPage(page, bindings));
    } catch (e) {
      parser.reportDocError(e);
    }
    const coverage = coverageFor(merged, doc, binding?.flows ?? []);
    if (coverage.partial)
      usage(
        `${folders.join(', ')}: the check of ${page} ran some procedures only (--procedure), so rules and sentences were not checked; run the whole check`,
      );
    // Several pages: each page's file in its own folder, as the check of a set writes its reports.
    const dir = pages.length === 1 ? out : join(out, basename(page, '.md'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'docs-coverage.json'), `${JSON.stringify(coverage, null, 2)}\n`);
    try {
      writeFileSync(values.readme, withBadge(readFileSync(values.readme, 'utf8'), coverage.badge));
    } catch (e) {
      if (e instanceof ReadmeError) usage(`${values.readme}:1: ${e.message}`);
      throw e;
    }
    console.log(
      `docs:coverage ${coverage.badge}; ${coverage.uncovered.length} uncovered (${join(dir, 'docs-coverage.json')}); ${values.readme} updated`,
    );
  }
}

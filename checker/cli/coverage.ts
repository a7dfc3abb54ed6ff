// npm run docs:coverage -- [--from <dir>]... [--out <dir>] [--readme <file>]
// Reads the last docs check's results (docs-drift.json) from each --from folder and the page folders in it (default
// reports/docs-check; one folder per language when the languages ran apart, as in `npm test`), and for each page
// writes docs-coverage.json in --out (default the first --from; <out>/<page>/ when there are several pages) and the
// page's coverage line in the README. Exit codes: 0 written, 2 bad input (one line naming it). Every file is built
// before any is written, so bad input leaves each as it was.
// The parser and the reports (the flows, the spec index) load only once the results folders have been read, so a
// missing or unreadable folder is refused in a fraction of a second.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { quote } from 'shell-quote';
import { parseOptions } from '../../harness/command-options';
import { errorCode } from '../../harness/error-code';
import { ReadmeError, withBadge } from '../coverage/coverage';
import { checkResultFiles, CheckResultError, readCheckResult } from '../reports/result-files';
import type { CheckBinding } from '../binding';
import type { CheckResult, LocaleResult } from '../model';
import { writeWhole } from '../write-whole';

function usage(message: string): never {
  process.stderr.write(
    `docs:coverage: ${message}\nusage: npm run docs:coverage -- [--from <dir>]... [--out <dir>] [--readme <file>]\n`,
  );
  process.exit(2);
}

/** Bad input in a file or folder the options name: its one line. */
function refuse(message: string): never {
  process.stderr.write(`docs:coverage: ${message}\n`);
  process.exit(2);
}

/** `--out`'s path to a folder, or why it cannot be one: the nearest part of it that exists must be a folder. */
function outProblem(out: string): string | undefined {
  let existing = resolve(out);
  while (!existsSync(existing)) existing = dirname(existing);
  return statSync(existing).isDirectory() ? undefined : `--out ${out}: ${existing} is a file, not a folder`;
}

/** What the command needs of the project: its page bindings (the flows that perform each page). */
export interface DocsCoverageSetup {
  wiring: () => Promise<{ bindings: readonly CheckBinding[] }>;
}

/** `npm run docs:coverage`. */
export async function docsCoverage(setup: DocsCoverageSetup): Promise<void> {
  let values: { from?: string[]; out?: string; readme: string };
  try {
    values = parseOptions({
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
  // Each folder named for what it is, before --out, which defaults to the first of them.
  for (const folder of values.from ?? []) {
    const kind = statSync(folder, { throwIfNoEntry: false });
    if (kind && !kind.isDirectory()) refuse(`--from ${folder}: a file, not a folder of docs check results`);
  }
  const out = values.out ?? folders[0] ?? '.';
  const readmeKind = statSync(values.readme, { throwIfNoEntry: false });
  if (!readmeKind) refuse(`--readme ${values.readme}: no such file`);
  if (!readmeKind.isFile())
    refuse(`--readme ${values.readme}: a folder, not the README to write the coverage lines in`);
  let readme: string;
  try {
    readme = readFileSync(values.readme, 'utf8');
  } catch (e) {
    refuse(`--readme ${values.readme}: cannot be read (${errorCode(e)})`);
  }
  const outBad = outProblem(out);
  if (outBad) refuse(outBad);

  const results = folders.flatMap((dir) => {
    const files = checkResultFiles(dir);
    if (files.length === 0)
      refuse(
        `${join(dir, 'docs-drift.json')}: no docs check results; run \`npm run docs:check -- --out ${quote([dir])}\` first`,
      );
    return files.map((file) => {
      try {
        return { result: readCheckResult(file), written: statSync(file).mtimeMs };
      } catch (e) {
        if (!(e instanceof CheckResultError)) throw e;
        return refuse(e.message);
      }
    });
  });
  const pages = [...new Set(results.map((r) => r.result.doc))].sort();

  // Typed, so the compiler knows reportDocError never returns.
  const parser: typeof import('../parser') = await import('../parser');
  const { readBoundPage } = await import('./bound-page');
  const { coverageFor } = await import('../reports/write');
  const { bindings } = await setup.wiring();
  const written: { file: string; coverage: ReturnType<typeof coverageFor> }[] = [];
  for (const page of pages) {
    // One result per language: the folders' languages side by side, each language's from the newest file that has
    // it. A folder keeps what earlier runs wrote (a set's page folders, then one page checked alone at the top).
    const ofPage = results.filter((r) => r.result.doc === page);
    const newest = new Map<string, { l: LocaleResult; written: number }>();
    for (const { result, written } of ofPage)
      for (const l of result.results)
        if (written >= (newest.get(l.locale)?.written ?? -Infinity)) newest.set(l.locale, { l, written });
    const last = ofPage.reduce((a, b) => (b.written >= a.written ? b : a));
    const merged: CheckResult = {
      ...last.result,
      results: [...newest.values()].map(({ l }) => l),
    };
    let doc: ReturnType<typeof parser.parseDocFile>;
    let binding: CheckBinding | undefined;
    try {
      ({ doc, binding } = readBoundPage(page, bindings));
    } catch (e) {
      parser.reportDocError(e);
    }
    const coverage = coverageFor(merged, doc, binding?.flows ?? []);
    if (coverage.partial)
      refuse(
        `${folders.join(', ')}: the check of ${page} ran some procedures only (--procedure), so rules and sentences were not checked; run the whole check`,
      );
    // Several pages: each page's file in its own folder, as the check of a set writes its reports.
    const dir = pages.length === 1 ? out : join(out, basename(page, '.md'));
    const dirBad = outProblem(dir);
    if (dirBad) refuse(dirBad);
    try {
      readme = withBadge(readme, coverage.badge);
    } catch (e) {
      if (e instanceof ReadmeError) refuse(`${values.readme}:1: ${e.message}`);
      throw e;
    }
    written.push({ file: join(dir, 'docs-coverage.json'), coverage });
  }
  for (const { file, coverage } of written) {
    mkdirSync(dirname(file), { recursive: true });
    writeWhole(file, `${JSON.stringify(coverage, null, 2)}\n`);
  }
  writeWhole(values.readme, readme);
  for (const { file, coverage } of written)
    console.log(
      `docs:coverage ${coverage.badge}; ${coverage.uncovered.length} uncovered (${file}); ${values.readme} updated`,
    );
}

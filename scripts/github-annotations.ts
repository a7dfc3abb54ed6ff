// npm run docs:annotate -- <docs-drift.json | --out folder>...
// For a GitHub Actions job: prints an error annotation on the page's line for each drift the docs check found, and
// adds docs-drift.md (beside the JSON) to the job summary; a folder's pages, and each argument's, one after another
// ($GITHUB_STEP_SUMMARY). Every report is read before anything is printed or added: a bad one is one line, exit 2,
// and the summary is left as it was. The check's own step carries the exit code; this one exits 0, or 2.
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toAnnotations } from '../checker/reports/github-annotations';
import { checkResultFiles, CheckResultError, readCheckResult } from '../checker/reports/result-files';
import { errorCode } from '../harness/error-code';

function refuse(why: string): never {
  process.stderr.write(`docs:annotate: ${why}\n`);
  process.exit(2);
}

/** The results one argument names: a results file, or an --out folder's (a page's results, or each page's of a set). */
function resultFilesOf(given: string): string[] {
  if (!existsSync(given)) refuse(`${given}: no such file; the docs check writes it in its --out folder`);
  if (!statSync(given).isDirectory()) return [given];
  const found = checkResultFiles(given);
  if (found.length === 0)
    refuse(`${given}: no docs-drift.json in it or in its page folders; the docs check writes it in its --out folder`);
  return found;
}

/** A file's text, or one line naming it and why it cannot be read. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return refuse(`${file}: cannot be read (${errorCode(e)})`);
  }
}

const args = process.argv.slice(2);
if (args.length === 0) refuse('name the docs-drift.json or the --out folder to read');
const option = args.find((a) => a.startsWith('-'));
if (option !== undefined)
  refuse(`${option}: not an option of this command; name the docs-drift.json or the --out folder`);
const reports = [...new Set(args.flatMap(resultFilesOf))].map((file) => {
  try {
    const markdown = join(dirname(file), 'docs-drift.md');
    return {
      file,
      annotations: toAnnotations(readCheckResult(file)),
      markdown: existsSync(markdown) ? readText(markdown) : '',
    };
  } catch (e) {
    if (!(e instanceof CheckResultError)) throw e;
    return refuse(e.message);
  }
});
const summary = process.env.GITHUB_STEP_SUMMARY;
if (summary)
  try {
    appendFileSync(summary, reports.map((r) => r.markdown).join(''));
  } catch (e) {
    refuse(`GITHUB_STEP_SUMMARY=${summary}: cannot add to it (${errorCode(e)})`);
  }
for (const { file, annotations } of reports) {
  for (const line of annotations) console.log(line);
  console.log(
    `docs:annotate: ${annotations.length} annotation(s) from ${file}${summary ? '; docs-drift.md added to the job summary' : ''}`,
  );
}

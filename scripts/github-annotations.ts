// npm run docs:annotate -- <docs-drift.json | --out folder>
// For a GitHub Actions job: prints an error annotation on the page's line for each drift the docs check found, and
// adds docs-drift.md (beside the JSON) to the job summary; a folder's pages one after another ($GITHUB_STEP_SUMMARY). The check's own step carries the
// exit code; this one exits 0, or 2 when there is no report to read.
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toAnnotations } from '../checker/reports/github-annotations';
import type { CheckResult } from '../checker/model';
import { checkResultFiles, CheckResultError, readCheckResult } from '../checker/reports/result-files';

const given = process.argv[2];
// A results file, or an --out folder: a page's results, or each page's of a set.
const files =
  given && existsSync(given) && statSync(given).isDirectory() ? checkResultFiles(given) : given ? [given] : [];
if (!given || files.length === 0 || !files.every((f) => existsSync(f))) {
  const why = !given
    ? 'name the docs-drift.json or the --out folder to read'
    : existsSync(given)
      ? `${given}: no docs-drift.json in it or in its page folders; the docs check writes it in its --out folder`
      : `${given}: no such file; the docs check writes it in its --out folder`;
  process.stderr.write(`docs:annotate: ${why}\n`);
  process.exit(2);
}
const summary = process.env.GITHUB_STEP_SUMMARY;
for (const file of files) {
  let result: CheckResult;
  try {
    result = readCheckResult(file);
  } catch (e) {
    if (!(e instanceof CheckResultError)) throw e;
    process.stderr.write(`docs:annotate: ${e.message}\n`);
    process.exit(2);
  }
  const annotations = toAnnotations(result);
  for (const line of annotations) console.log(line);
  const markdown = join(dirname(file), 'docs-drift.md');
  if (summary && existsSync(markdown)) appendFileSync(summary, readFileSync(markdown, 'utf8'));
  console.log(
    `docs:annotate: ${annotations.length} annotation(s) from ${file}${summary ? '; docs-drift.md added to the job summary' : ''}`,
  );
}

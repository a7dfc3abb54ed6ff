// npm run docs:annotate -- <docs-drift.json>
// For a GitHub Actions job: prints an error annotation on the page's line for each drift the docs check found, and
// adds docs-drift.md (beside the JSON) to the job summary ($GITHUB_STEP_SUMMARY). The check's own step carries the
// exit code; this one exits 0, or 2 when there is no report to read.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toAnnotations } from '../checker/reports/github-annotations';
import type { CheckResult } from '../checker/model';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  process.stderr.write(
    `docs:annotate: ${file ? `${file}: no such file; the docs check writes it in its --out folder` : 'name the docs-drift.json to read'}\n`,
  );
  process.exit(2);
}
let result: CheckResult;
try {
  result = JSON.parse(readFileSync(file, 'utf8')) as CheckResult;
} catch (e) {
  process.stderr.write(`docs:annotate: ${file}:1: not valid JSON (${e instanceof Error ? e.message : String(e)})\n`);
  process.exit(2);
}
const annotations = toAnnotations(result);
for (const line of annotations) console.log(line);
const summary = process.env.GITHUB_STEP_SUMMARY;
const markdown = join(dirname(file), 'docs-drift.md');
if (summary && existsSync(markdown)) appendFileSync(summary, readFileSync(markdown, 'utf8'));
console.log(
  `docs:annotate: ${annotations.length} annotation(s) from ${file}${summary ? '; docs-drift.md added to the job summary' : ''}`,
);

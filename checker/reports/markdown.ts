import { relative } from 'node:path';
import { quote } from 'shell-quote';
import type { Coverage } from '../coverage/coverage';
import type { CheckResult, StepResult } from '../model';
import type { Edit } from '../patch/edits';
import type { PagePatch } from '../patch/patch';
import { describeFix, statusText } from './wording';
import { procedureScreensMarkdown, screensSummaryLines } from './screens-summary';
import { stepName } from './step-name';

function where(doc: string, line: number | null): string {
  return line === null ? doc : `${doc}:${line}`;
}

/** Markdown a writer can read in a pull request: every step, file:line, expected against what the screen shows. */
export function toMarkdown(
  result: CheckResult,
  patch?: PagePatch,
  coverage?: Coverage,
  /** Where the patch is written, from the repository root, as a writer types it. */
  patchFile = 'docs-drift.patch',
): string {
  const doc = relative(process.cwd(), result.doc) || result.doc;
  const s = result.summary;
  const out = [
    `# Documentation check: ${doc}`,
    '',
    `Steps: ${s.steps} · ok ${s.ok} · drift ${s.drift} · unverified ${s.unverified}. ` +
      `Rules: ok ${s.rules.ok} · drift ${s.rules.drift} · unverified ${s.rules.unverified}.`,
    ...screensSummaryLines(result).flatMap((l) => ['', l]),
  ];
  if (patch) out.push(...suggestions(patch, patchFile));
  for (const r of result.results) {
    out.push('', `## ${r.locale}`);
    for (const p of r.procedures) {
      out.push(
        '',
        `### ${p.title} (\`${p.id}\`, ${where(doc, p.line)})`,
        '',
        '| Step | Status | Where | Expected | On screen | Notes |',
        '| --- | --- | --- | --- | --- | --- |',
      );
      for (const st of p.steps) out.push(stepRow(st, doc));
      out.push(...procedureScreensMarkdown(p));
    }
    out.push('', '### Rules', '', '| Rule | Status | Where | Notes |', '| --- | --- | --- | --- |');
    for (const rule of r.rules) out.push(`| ${rule.id} | ${statusText[rule.status]} | ${where(doc, rule.line)} | ${escape(rule.message)} |`);
    if (r.warnings.length) out.push('', '### Terminology (warnings)', '', ...r.warnings.map((w) => `- ${w}`));
  }
  if (result.links?.length) {
    out.push('', '## Links to other pages', '', '| Link | Status | Where | Notes |', '| --- | --- | --- | --- |');
    for (const l of result.links) out.push(`| ${escape(l.href)} | ${statusText[l.status]} | ${where(doc, l.line)} | ${escape(l.message)} |`);
  }
  if (coverage) out.push('', '## Coverage', '', `\`${coverage.badge}\``, '', ...coverage.uncovered.map((u) => `- ${where(doc, u.line)} ${u.what}: ${u.why}`));
  return `${out.join('\n')}\n`;
}

function stepRow(st: StepResult, doc: string): string {
  const labels = (xs: (string | null)[]) => xs.map((x) => (x === null ? '—' : `**${x}**`)).join(', ');
  const shot = st.screenshot ? ` [screen](${st.screenshot})` : '';
  const cells = [stepName(st), statusText[st.status], where(doc, st.line), labels(st.expected), labels(st.actual)];
  return `| ${cells.join(' | ')} | ${escape(st.message)}${shot} |`;
}

/** A fence longer than any run of backticks in the line, so a suggestion holds any line of the page. */
const fenceFor = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

/** The patch as GitHub suggestions, one per changed line with its file:line, for a reviewer to commit from the pull request. */
function suggestions(patch: PagePatch, patchFile: string): string[] {
  if (patch.edits.length === 0 && patch.unplaced.length === 0) return [];
  const out = ['', '## Suggested changes'];
  const file = quote([patchFile]);
  if (patch.edits.length > 0)
    out.push(
      '',
      'Labels, menu paths and links that differ from the product, changed to what it shows. ' +
        `Apply them all from the repository root with \`git apply ${file}\` (or \`patch -p1 < ${file}\`), ` +
        'or commit each suggestion from the pull request. ' +
        'Rules and changed sentences are never patched: check them against the product and re-confirm them.',
      ...patch.edits.flatMap((e: Edit) => {
        const fence = fenceFor(e.after);
        return ['', `**${patch.path}:${e.line}** · ${e.fixes.map(describeFix).join('; ')}`, '', `${fence}suggestion`, e.after, fence];
      }),
    );
  if (patch.unplaced.length > 0) {
    const byHand = patch.unplaced.map(({ fix, why }) => `- ${patch.path}:${fix.line} ${describeFix(fix)}: ${why}`);
    out.push('', 'Not patched, to change by hand:', '', ...byHand);
  }
  return out;
}

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

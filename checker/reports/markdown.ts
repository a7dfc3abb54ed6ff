import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toJunit } from './junit';
import type { DocPage } from '../parser';
import type { FlowDefinition } from '../../flows/flow';
import type { Product } from '../binding';
import { coverageOf, type Coverage } from '../coverage/coverage';
import type { CheckResult, StepResult } from '../model';
import { pageLinks, type PageLinks } from './page-links';
import { catalogTranslator, pagePatch, type Edit, type PagePatch } from '../patch/patch';
import { flowMethods, indexSpecs, suiteSpecs } from '../coverage/spec-index';
import { toHtml } from './html';
import { writeWhole } from '../write-whole';
import { describeFix, statusText } from './wording';
import { procedureScreensMarkdown, screensSummaryLines } from './screens-summary';

function where(doc: string, line: number | null): string {
  return line === null ? doc : `${doc}:${line}`;
}

/** Markdown a writer can read in a pull request: every step, file:line, expected against what the screen shows. */
export function toMarkdown(result: CheckResult, patch?: PagePatch, coverage?: Coverage): string {
  const doc = relative(process.cwd(), result.doc) || result.doc;
  const s = result.summary;
  const out = [
    `# Documentation check: ${doc}`,
    '',
    `Steps: ${s.steps} · ok ${s.ok} · drift ${s.drift} · unverified ${s.unverified}. ` +
      `Rules: ok ${s.rules.ok} · drift ${s.rules.drift} · unverified ${s.rules.unverified}.`,
    ...screensSummaryLines(result).flatMap((l) => ['', l]),
  ];
  if (patch) out.push(...suggestions(patch));
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
  if (coverage) out.push('', '## Coverage', '', `\`${coverage.badge}\``, '', ...coverage.uncovered.map((u) => `- ${where(doc, u.line)} ${u.what}: ${u.why}`));
  return `${out.join('\n')}\n`;
}

function stepRow(st: StepResult, doc: string): string {
  const labels = (xs: (string | null)[]) => xs.map((x) => (x === null ? '—' : `**${x}**`)).join(', ');
  const shot = st.screenshot ? ` [screen](${st.screenshot})` : '';
  return `| ${st.n} | ${statusText[st.status]} | ${where(doc, st.line)} | ${labels(st.expected)} | ${labels(st.actual)} | ${escape(st.message)}${shot} |`;
}

/** A fence longer than any run of backticks in the line, so a suggestion holds any line of the page. */
const fenceFor = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

/** The patch as GitHub suggestions, one per changed line with its file:line, for a reviewer to commit from the pull request. */
function suggestions(patch: PagePatch): string[] {
  if (patch.edits.length === 0 && patch.unplaced.length === 0) return [];
  const out = ['', '## Suggested changes'];
  if (patch.edits.length > 0)
    out.push(
      '',
      'Labels, menu paths and links that differ from the product, changed to what it shows. ' +
        'Apply them all from the repository root with `git apply docs-drift.patch` (or `patch -p1 < docs-drift.patch`), ' +
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
/** The page checked, the flows that perform its procedures (its binding's), and the product's labels. */
export interface CheckedPage {
  doc: DocPage;
  flows: readonly FlowDefinition[];
  product: Product;
}

/** The page's patch, when the page's file is there to read. */
export function patchFor(result: CheckResult, doc: DocPage, product: Product): PagePatch | undefined {
  if (!existsSync(doc.file)) return undefined;
  const catalogs = Object.fromEntries(product.locales().map((l) => [l, product.labels(l)]));
  return pagePatch(readFileSync(doc.file, 'utf8'), doc, result, catalogTranslator(catalogs), pageLinks(doc.file).path);
}

/** Each documented step and rule of the page: what verified it, and which tests of the suite drive it. */
export function coverageFor(result: CheckResult, doc: DocPage, flows: readonly FlowDefinition[]): Coverage {
  return coverageOf(result, doc, flows, indexSpecs(suiteSpecs(), flowMethods(flows)));
}

/**
 * docs-drift.{json,md,html}; with the page, also docs-coverage.json and docs-drift.patch when there is something
 * to change (an older one is removed, so a patch in the folder is always this run's).
 */
export function writeReports(result: CheckResult, outDir: string, page?: CheckedPage): { patch?: PagePatch; coverage?: Coverage; links?: PageLinks } {
  mkdirSync(outDir, { recursive: true });
  const doc = page?.doc;
  const patch = page ? patchFor(result, page.doc, page.product) : undefined;
  const coverage = page ? coverageFor(result, page.doc, page.flows) : undefined;
  const links = doc ? pageLinks(doc.file) : undefined;
  writeWhole(join(outDir, 'docs-drift.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeWhole(join(outDir, 'docs-drift.md'), toMarkdown(result, patch, coverage));
  if (coverage) writeWhole(join(outDir, 'docs-coverage.json'), `${JSON.stringify(coverage, null, 2)}\n`);
  writeWhole(join(outDir, 'docs-drift.junit.xml'), toJunit(result));
  writeWhole(join(outDir, 'docs-drift.html'), toHtml(result, { ...(patch && { patch }), ...(coverage && { coverage }), ...(links && { links }) }));
  const patchFile = join(outDir, 'docs-drift.patch');
  if (patch?.diff) writeWhole(patchFile, patch.diff);
  else rmSync(patchFile, { force: true });
  return { ...(patch && { patch }), ...(coverage && { coverage }), ...(links && { links }) };
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckResult, StepResult } from './model';
import { procedureScreensMarkdown, screensSummaryLines, stepScreensHtml } from './report-screens';

const icon = { ok: '✅', drift: '❌', unverified: '⚠️' } as const;

function where(doc: string, line: number | null): string {
  return line === null ? doc : `${doc}:${line}`;
}

/** Markdown a writer can read in a pull request: every step, file:line, expected against what the screen shows. */
export function toMarkdown(result: CheckResult): string {
  const doc = relative(process.cwd(), result.doc) || result.doc;
  const s = result.summary;
  const out = [
    `# Documentation check: ${doc}`,
    '',
    `Steps: ${s.steps} · ok ${s.ok} · drift ${s.drift} · unverified ${s.unverified}. Rules: ok ${s.rules.ok} · drift ${s.rules.drift} · unverified ${s.rules.unverified}.`,
    ...screensSummaryLines(result).flatMap((l) => ['', l]),
  ];
  for (const r of result.results) {
    out.push('', `## ${r.locale}`);
    for (const p of r.procedures) {
      out.push('', `### ${p.title} (\`${p.id}\`, ${where(doc, p.line)})`, '', '| Step | Status | Where | Expected | On screen | Notes |', '| --- | --- | --- | --- | --- | --- |');
      for (const st of p.steps) out.push(stepRow(st, doc));
      out.push(...procedureScreensMarkdown(p));
    }
    out.push('', '### Rules', '', '| Rule | Status | Where | Notes |', '| --- | --- | --- | --- |');
    for (const rule of r.rules) out.push(`| ${rule.id} | ${icon[rule.status]} ${rule.status} | ${where(doc, rule.line)} | ${escape(rule.message)} |`);
    if (r.warnings.length) out.push('', '### Terminology (warnings)', '', ...r.warnings.map((w) => `- ${w}`));
  }
  return `${out.join('\n')}\n`;
}

function stepRow(st: StepResult, doc: string): string {
  const labels = (xs: (string | null)[]) => xs.map((x) => (x === null ? '—' : `**${x}**`)).join(', ');
  const shot = st.screenshot ? ` [screen](${st.screenshot})` : '';
  return `| ${st.n} | ${icon[st.status]} ${st.status} | ${where(doc, st.line)} | ${labels(st.expected)} | ${labels(st.actual)} | ${escape(st.message)}${shot} |`;
}

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const html = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** One page with the screen at every step, for a writer refreshing the page's images or checking a finding. */
export function toHtml(result: CheckResult): string {
  const s = result.summary;
  const sections = result.results.map((r) =>
    r.procedures
      .map((p) => {
        const rows = p.steps
          .map((st) => `<tr class="${st.status}"><td>${st.n}</td><td>${icon[st.status]} ${st.status}</td><td>${st.line ?? ''}</td><td>${html(st.text ?? '')}</td><td>${html(st.expected.join(', '))}</td><td>${html(st.actual.map((a) => a ?? '—').join(', '))}</td><td>${html(st.message)}</td><td>${st.screenshot ? `<a href="${html(st.screenshot)}"><img src="${html(st.screenshot)}" alt="screen at step ${st.n}" width="320"></a>` : ''}</td></tr>${stepScreensHtml(st, 8)}`)
          .join('\n');
        return `<h3>${html(r.locale)} · ${html(p.title)} <code>${html(p.id)}</code></h3><table><thead><tr><th>Step</th><th>Status</th><th>Line</th><th>Documented</th><th>Expected labels</th><th>On screen</th><th>Notes</th><th>Screen</th></tr></thead><tbody>${rows}</tbody></table>`;
      })
      .join('\n') +
    `<h3>${html(r.locale)} · Rules</h3><table><tbody>${r.rules.map((x) => `<tr class="${x.status}"><td>${html(x.id)}</td><td>${icon[x.status]} ${x.status}</td><td>${x.line ?? ''}</td><td>${html(x.message)}</td></tr>`).join('')}</tbody></table>` +
    (r.warnings.length ? `<h3>${html(r.locale)} · Terminology</h3><ul>${r.warnings.map((w) => `<li>${html(w)}</li>`).join('')}</ul>` : ''),
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Documentation check</title><style>
body{font-family:system-ui,"Noto Sans CJK KR",sans-serif;margin:24px}table{border-collapse:collapse;width:100%;margin-bottom:16px}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}tr.drift{background:#fde7e9}tr.unverified{background:#fff4ce}
</style></head><body><h1>Documentation check</h1><p>${html(result.doc)}</p><p>Steps ${s.steps}: ok ${s.ok}, drift ${s.drift}, unverified ${s.unverified}. Rules: ok ${s.rules.ok}, drift ${s.rules.drift}, unverified ${s.rules.unverified}.</p>${screensSummaryLines(result).map((l) => `<p>${html(l)}</p>`).join('')}${sections.join('\n')}</body></html>`;
}

export function writeReports(result: CheckResult, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'docs-drift.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(outDir, 'docs-drift.md'), toMarkdown(result));
  writeFileSync(join(outDir, 'docs-drift.html'), toHtml(result));
}

import type { CheckResult, ProcedureResult, StepResult } from '../model';
import { stepName } from './step-name';

const html = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const percent = (ratio: number) => `${(ratio * 100).toFixed(3)}%`;

/** The run's seed and date, the scans' and the screenshots' totals: one line each, none when not done. */
export function screensSummaryLines(result: CheckResult): string[] {
  const { run, summary: s } = result;
  const lines: string[] = [];
  if (run) lines.push(`Data seed ${run.seed}, date ${run.today} (the same seed and date give the same screens).`);
  if (s.a11y) {
    const unscanned = s.a11y.errors ? `, ${s.a11y.errors} screen(s) not scanned` : '';
    lines.push(
      `Accessibility (axe, WCAG 2.1 A and AA, --a11y ${run?.a11y ?? 'warn'}): ` +
        `${s.a11y.violations} violation(s) over ${s.a11y.steps} steps${unscanned}.`,
    );
  }
  if (s.screenshots) {
    const { same, changed, missing, updated } = s.screenshots;
    const tolerance = percent(run?.screenshotTolerance ?? 0);
    lines.push(
      updated
        ? `Screenshots: ${updated} baseline(s) written.`
        : `Screenshots against their baselines (tolerance ${tolerance} of pixels): ` +
            `${same} same, ${changed} changed (warnings), ${missing} without a baseline.`,
    );
  }
  return lines;
}

/** Markdown under a procedure's table: each step's accessibility violations and changed screens. */
export function procedureScreensMarkdown(p: ProcedureResult): string[] {
  const out: string[] = [];
  for (const st of p.steps) {
    for (const v of st.a11y?.violations ?? []) {
      const elements = v.elements.map((e) => `\`${e.target}\` \`${cell(e.html)}\``).join('; ');
      out.push(
        `- ♿ step ${stepName(st)}: **${v.rule}** (${v.impact ?? 'impact unknown'}) on \`${v.path}\`: ${cell(v.help)}. ` +
          `[How to fix](${v.helpUrl}). Elements: ${elements}`,
      );
    }
    for (const e of st.a11y?.errors ?? []) out.push(`- ♿ step ${stepName(st)}: could not scan ${cell(e)}`);
    const b = st.baseline;
    if (b?.status === 'changed') {
      const difference = b.diff ? ` · [difference](${b.diff})` : '';
      out.push(
        `- 🖼️ step ${stepName(st)} (warning): ${cell(b.message)}. ` +
          `[baseline](${b.baselineCopy ?? b.baseline}) · [now](${st.screenshot ?? ''})${difference}`,
      );
    }
  }
  return out.length ? ['', ...out] : [];
}

const figure = (src: string, caption: string) =>
  `<figure style="margin:0"><a href="${html(src)}"><img src="${html(src)}" alt="${html(caption)}" width="400"></a>` +
  `<figcaption>${html(caption)}</figcaption></figure>`;

const violationHtml = (v: NonNullable<StepResult['a11y']>['violations'][number]) =>
  `<li><strong>${html(v.rule)}</strong> (${html(v.impact ?? 'impact unknown')}) on <code>${html(v.path)}</code>: ` +
  `${html(v.help)} <a href="${html(v.helpUrl)}">how to fix</a>` +
  `<ul>${v.elements.map((e) => `<li><code>${html(e.target)}</code> <code>${html(e.html)}</code></li>`).join('')}</ul></li>`;

/** A row under a step's row in the HTML report: its violations, and a changed screen beside its baseline. */
export function stepScreensHtml(st: StepResult, columns: number): string {
  const parts: string[] = [];
  const violations = st.a11y?.violations ?? [];
  if (violations.length || st.a11y?.errors.length)
    parts.push(
      `<p>♿ Accessibility, step ${stepName(st)}:</p><ul>${violations
        .map(violationHtml)
        .join('')}${(st.a11y?.errors ?? []).map((e) => `<li>could not scan ${html(e)}</li>`).join('')}</ul>`,
    );
  const b = st.baseline;
  if (b?.status === 'changed')
    parts.push(
      `<p>🖼️ Warning: ${html(b.message)}</p><div style="display:flex;gap:8px;flex-wrap:wrap">${[
        figure(b.baselineCopy ?? b.baseline, 'baseline'),
        ...(st.screenshot ? [figure(st.screenshot, 'now')] : []),
        ...(b.diff ? [figure(b.diff, 'difference (red)')] : []),
      ].join('')}</div>`,
    );
  return parts.length ? `<tr class="screens"><td colspan="${columns}">${parts.join('')}</td></tr>` : '';
}

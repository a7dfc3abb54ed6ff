import { stepScreensHtml } from './screens-summary';
import type { Coverage, RuleCoverage, StepCoverage } from '../coverage/coverage';
import type { SpecRef } from '../coverage/spec-index';
import { escapeHtml as html, inlineMarkdown as md } from './inline-markdown';
import type { CheckResult, LocaleResult, ProcedureResult, RuleResult, SentenceResult, Status, StepResult } from '../model';
import type { PagePatch } from '../patch/patch';
import type { PageLinks } from './page-links';
import { wordDiff } from '../patch/word-diff';
import { describeFix, statusWords } from './wording';
import { stepName } from './step-name';

interface Extras {
  patch?: PagePatch;
  coverage?: Coverage;
  links?: PageLinks;
}

// A backslash at a line's end joins it to the next: the source wraps, the stylesheet stays one rule run.
const STYLE = `
:root{--ok:#107c10;--drift:#c50f1f;--unverified:#8a5d00;--line:#d6d6d6;--muted:#5c5c5c}
body{font:15px/1.5 system-ui,"Segoe UI","Noto Sans CJK KR","Noto Sans KR",sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main{max-width:1280px;margin:0 auto;padding:0 24px}header{padding-top:16px}
h1{font-size:26px;margin:8px 0}h2{font-size:21px;margin:32px 0 8px;border-bottom:2px solid var(--line)}h3{font-size:17px;margin:24px 0 8px}
a{color:#0f5fb3}code{font:13px/1.4 ui-monospace,Consolas,monospace;background:#eee;padding:1px 4px;border-radius:3px}
.summary{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}\
.summary li{padding:4px 10px;border-radius:14px;background:#fff;border:1px solid var(--line)}
nav a{margin-right:12px}.open a{font-size:13px;margin-left:6px}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:8px}\
td,th{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}\
th{background:#f0f0f0;font-weight:600}
tr.drift td:first-child{box-shadow:inset 4px 0 var(--drift)}tr.unverified td:first-child{box-shadow:inset 4px 0 var(--unverified)}
.status{white-space:nowrap;font-weight:600}.status.ok{color:var(--ok)}.status.drift{color:var(--drift)}.status.unverified{color:var(--unverified)}
.label{display:inline-block;margin:0 4px 4px 0;padding:0 6px;border-radius:4px;background:#eef3fa}.label.differs{background:#fde7e9}
.screen img{width:280px;border:1px solid var(--line);border-radius:4px}
.edit{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin:10px 0}
tr.group th{background:#e8eef6}summary{cursor:pointer}
pre.diff{white-space:pre-wrap;word-break:break-all;font:13px/1.5 ui-monospace,Consolas,monospace;margin:6px 0}
.del{display:block;background:#fdf3f4}.add{display:block;background:#f1faf0}\
del{background:#f4b6bd;text-decoration:line-through}\
ins{background:#9fd89f;text-decoration:none;font-weight:700}.muted{color:var(--muted)}
`;

const status = (s: Status) => `<span class="status ${s}">${statusWords[s]}</span>`;

const cells = (tag: 'td' | 'th', values: readonly string[]) => values.map((v) => `<${tag}>${v}</${tag}>`).join('');

/** A table with one header row of `columns` and `body` (its rows). */
const table = (columns: readonly string[], body: string) =>
  `<table><thead><tr>${cells('th', columns)}</tr></thead><tbody>${body}</tbody></table>`;

/** One changed line of the page, before and after, the changed words marked. */
function diffLines(before: string, after: string): string {
  const { before: a, after: b } = wordDiff(before, after);
  const side = (runs: [string, boolean][], tag: 'del' | 'ins') =>
    runs.map(([text, changed]) => (changed ? `<${tag}>${html(text)}</${tag}>` : html(text))).join('');
  return `<pre class="diff"><span class="del">− ${side(a, 'del')}</span><span class="add">+ ${side(b, 'ins')}</span></pre>`;
}

/** Links that open the page's file, one per way to open it, beside a line number or the page's name. */
const openLinks = (all: readonly { href: string; label: string }[]) =>
  `<span class="open">${all.map((l) => `<a href="${html(l.href)}">${html(l.label)}</a>`).join('')}</span>`;

function lineLinks(links: PageLinks | undefined, line: number | null): string {
  if (line === null) return '—';
  const all = links?.line(line) ?? [];
  const [first, ...rest] = all;
  const main = first ? `<a href="${html(first.href)}">${line}</a>` : String(line);
  return `${main}${rest.length ? openLinks(rest) : ''}`;
}

function labels(st: StepResult): [string, string] {
  const chip = (text: string | null, differs: boolean) =>
    `<span class="label${differs ? ' differs' : ''}">${html(text ?? '—')}</span>`;
  const differs = st.expected.map((e, i) => st.actual[i] !== undefined && st.actual[i] !== e);
  return [st.expected.map((e, i) => chip(e, !!differs[i])).join(''), st.actual.map((a, i) => chip(a, !!differs[i])).join('')];
}

function screenshot(st: StepResult): string {
  if (!st.screenshot) return '';
  const alt = `the screen at step ${stepName(st)}${st.outlined ? `, before ${html(st.outlined)} was pressed (outlined)` : ''}`;
  return `<a href="${html(st.screenshot)}"><img loading="lazy" src="${html(st.screenshot)}" alt="${alt}"></a>`;
}

function stepRow(st: StepResult, links: PageLinks | undefined): string {
  const [expected, shown] = labels(st);
  const row = cells('td', [
    stepName(st),
    status(st.status),
    lineLinks(links, st.line),
    html(st.text ?? ''),
    expected,
    shown,
    md(st.message),
  ]);
  return `<tr class="${st.status}">${row}<td class="screen">${screenshot(st)}</td></tr>${stepScreensHtml(st, 8)}`;
}

const STEP_COLUMNS = ['Step', 'Status', 'Line', 'The page says', 'Labels it names', 'On screen', 'Notes', 'Screen'];

function procedure(p: ProcedureResult, links: PageLinks | undefined): string {
  return `<h3>${html(p.title)} <code>${html(p.id)}</code> <span class="muted">line ${lineLinks(links, p.line)}</span></h3>
${table(STEP_COLUMNS, p.steps.map((st) => stepRow(st, links)).join('\n'))}`;
}

function locale(r: LocaleResult, links: PageLinks | undefined): string {
  const ruleRow = (x: RuleResult) =>
    `<tr class="${x.status}">` +
    cells('td', [`<code>${html(x.id)}</code>`, status(x.status), lineLinks(links, x.line), html(x.sentence ?? ''), md(x.message)]) +
    '</tr>';
  const rules = r.rules.length
    ? `<h3>Rules</h3>${table(['Rule', 'Status', 'Line', 'The page says', 'Notes'], r.rules.map(ruleRow).join('\n'))}`
    : '';
  const open = r.sentences.filter((x) => x.status !== 'ok');
  const confirmed = r.sentences.length - open.length;
  const sentenceRow = (x: SentenceResult) =>
    `<tr class="${x.status}">${cells('td', [lineLinks(links, x.line), status(x.status), html(x.sentence), md(x.message)])}</tr>`;
  const sentences = r.sentences.length
    ? `<h3>Sentences</h3><p>${status(open.length ? 'drift' : 'ok')} ${confirmed} of ${r.sentences.length} sentences ` +
      'read as a writer confirmed them against the product.</p>' +
      (open.length ? table(['Line', 'Status', 'Sentence', 'Notes'], open.map(sentenceRow).join('\n')) : '')
    : '';
  const warnings = r.warnings.length
    ? `<h3>Terminology (warnings, not failures)</h3><ul>${r.warnings.map((w) => `<li>${md(w)}</li>`).join('')}</ul>`
    : '';
  const procedures = r.procedures.map((p) => procedure(p, links)).join('\n');
  return `<section id="locale-${html(r.locale)}" lang="${html(r.locale)}"><h2>${html(r.locale)}</h2>${procedures}${rules}${sentences}${warnings}</section>`;
}

function changes(patch: PagePatch | undefined, links: PageLinks | undefined): string {
  if (!patch || (patch.edits.length === 0 && patch.unplaced.length === 0)) return '';
  const edits = patch.edits
    .map((e) => {
      const at = `<a href="${html(links?.line(e.line)[0]?.href ?? '#')}">${html(patch.path)}:${e.line}</a>`;
      const fixes = e.fixes.map((f) => `<li>${md(describeFix(f))}</li>`).join('');
      return `<div class="edit"><h3>${at}</h3><ul>${fixes}</ul>
${diffLines(e.before, e.after)}</div>`;
    })
    .join('\n');
  const unplacedItem = ({ fix, why }: PagePatch['unplaced'][number]) =>
    `<li>${html(patch.path)}:${fix.line} ${md(describeFix(fix))}: ${md(why)}</li>`;
  const unplaced = patch.unplaced.length
    ? `<h3>Not patched: change by hand</h3><ul>${patch.unplaced.map(unplacedItem).join('')}</ul>`
    : '';
  const apply = patch.edits.length
    ? '<p>The page brought in line with the product: <a href="docs-drift.patch">docs-drift.patch</a>. ' +
      'From the repository root: <code>git apply &lt;this folder&gt;/docs-drift.patch</code> (or <code>patch -p1</code>). ' +
      'Rules and changed sentences are never patched: check them against the product and re-confirm them.</p>'
    : '';
  return `<section id="changes"><h2>Suggested changes</h2>${apply}${edits}${unplaced}</section>`;
}

function coverage(c: Coverage | undefined, links: PageLinks | undefined): string {
  if (!c) return '';
  const statusCells = (s: Record<string, Status>) => c.locales.map((l) => `<td>${s[l] ? status(s[l]) : '—'}</td>`).join('');
  const test = (r: SpecRef) => `<li><code>${html(r.file)}:${r.line}</code> ${html(r.test)}</li>`;
  // Folded: a step the suite drives often has a dozen tests.
  const specs = (refs: SpecRef[]) =>
    refs.length
      ? `<details><summary>${refs.length} test${refs.length > 1 ? 's' : ''}</summary><ul>${refs.map(test).join('')}</ul></details>`
      : '<span class="status drift">none</span>';
  const flowStep = (stepId: string | null) => (stepId ? `<code>${html(stepId)}</code>` : '—');
  /** A step's or a rule's row: what it is, where, the flow step, its status in each language, the specs. */
  const row = (what: string, x: StepCoverage | RuleCoverage) =>
    `<tr>${cells('td', [what, lineLinks(links, x.line), flowStep(x.stepId)])}${statusCells(x.status)}<td>${specs(x.specs)}</td></tr>`;
  const head = c.locales.map((l) => `<th>${html(l)}</th>`).join('');
  const columns = 4 + c.locales.length;
  const steps = [...new Set(c.steps.map((s) => s.procedure))]
    .map((procedure) =>
      [
        `<tr class="group"><th colspan="${columns}"><code>${html(procedure)}</code></th></tr>`,
        ...c.steps.filter((s) => s.procedure === procedure).map((s) => row(`${html(s.shown)}. ${html(s.text)}`, s)),
      ].join('\n'),
    )
    .join('\n');
  const rules = c.rules.map((r) => row(`<code>${html(r.id)}</code>`, r)).join('\n');
  const uncoveredItem = (u: Coverage['uncovered'][number]) =>
    `<li>line ${lineLinks(links, u.line)} · ${html(u.what)}: ${md(u.why)}</li>`;
  const uncovered = c.uncovered.length
    ? `<h3>Uncovered</h3><ul>${c.uncovered.map(uncoveredItem).join('')}</ul>`
    : '<p>Nothing uncovered.</p>';
  const coverageTable = (first: string, body: string) =>
    `<table><thead><tr><th>${first}</th><th>Line</th><th>Flow step</th>${head}<th>Specs that drive it</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`;
  return `<section id="coverage"><h2>Coverage</h2><p><code>${html(c.badge)}</code></p>
<h3>Documented steps</h3>${coverageTable('Step', steps)}
<h3>Rule statements</h3>${coverageTable('Rule', rules)}${uncovered}</section>`;
}

/** One page with the screen at every step, for a writer refreshing the page's images or checking a finding. */
export function toHtml(result: CheckResult, extras: Extras = {}): string {
  const s = result.summary;
  const { links } = extras;
  const page = links?.path ?? result.doc;
  const chips = [
    `${statusWords.ok}: ${s.ok} of ${s.steps} steps`,
    `${statusWords.drift}: ${s.drift}`,
    `${statusWords.unverified}: ${s.unverified}`,
    `rules ${s.rules.ok} in sync, ${s.rules.drift} drift, ${s.rules.unverified} not verified`,
    `sentences ${s.sentences.ok} confirmed, ${s.sentences.drift} changed, ${s.sentences.unverified} not verified`,
  ];
  const nav = [
    ...(extras.patch?.edits.length ? ['<a href="#changes">Suggested changes</a>'] : []),
    ...result.results.map((r) => `<a href="#locale-${html(r.locale)}">${html(r.locale)}</a>`),
    ...(extras.coverage ? ['<a href="#coverage">Coverage</a>'] : []),
  ];
  const head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Documentation check · ${html(page)}</title><style>${STYLE}</style>`;
  const opens = links ? openLinks(links.line(null)) : '';
  return `<!doctype html><html lang="en"><head>${head}</head><body>
<header><h1>Documentation check</h1><p><code>${html(page)}</code>${opens}</p>
<ul class="summary">${chips.map((c) => `<li>${html(c)}</li>`).join('')}</ul><nav>${nav.join('')}</nav></header>
<main>${changes(extras.patch, links)}${result.results.map((r) => locale(r, links)).join('\n')}${coverage(extras.coverage, links)}</main></body></html>`;
}

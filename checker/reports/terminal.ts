import { isAbsolute, relative } from 'node:path';
import type { CheckResult } from '../model';
import { mediaDirFor, type A11yMode } from '../screens/settings';
import { stepName } from './step-name';

/** How the run was asked for, for its summary line. */
export interface TerminalRun {
  /** The page's file: shown from where the command runs when it is inside that folder. */
  file: string;
  locales: readonly string[];
  a11y: A11yMode;
  /** How long the check took; in a set (`inSet`), when it ended, counted from the set's start: pages share the pool. */
  seconds: number;
  inSet?: boolean;
  /** The folder the other reports were written to. */
  out: string;
}

/** One line per finding about screens: accessibility violations, changed screenshots, missing baselines. */
function screenLines(result: CheckResult, docFile: string, mode: A11yMode): string[] {
  const lines: string[] = [];
  let missing = 0;
  for (const r of result.results)
    for (const p of r.procedures)
      for (const st of p.steps) {
        const at = `${r.locale} ${p.id} step ${stepName(st)} (${docFile}:${st.line ?? '?'})`;
        for (const v of st.a11y?.violations ?? [])
          lines.push(
            `${mode === 'fail' ? 'A11Y' : 'WARNING a11y'} ${at}: ${v.rule} on ${v.path}: ${v.help} ` +
              `(${v.elements.map((e) => e.target).join(', ')}) ${v.helpUrl}`,
          );
        for (const e of st.a11y?.errors ?? [])
          lines.push(`${mode === 'fail' ? 'A11Y' : 'WARNING a11y'} ${at}: could not scan ${e}`);
        if (st.baseline?.status === 'changed')
          lines.push(
            `WARNING screenshot ${at}: ${st.baseline.message}${st.baseline.diff ? ` (difference: ${st.baseline.diff})` : ''}`,
          );
        if (st.baseline?.status === 'missing') missing++;
      }
  const s = result.summary;
  if (missing)
    lines.push(
      `NOTE ${missing} step screenshot(s) have no baseline yet: run \`npm run docs:check -- --update-screenshots\``,
    );
  if (s.screenshots?.updated)
    lines.push(
      `docs:check: wrote ${s.screenshots.updated} baseline screenshot(s) under ${mediaDirFor(relative(process.cwd(), result.doc) || result.doc)}`,
    );
  if (s.a11y)
    lines.push(
      `docs:check accessibility (axe, WCAG 2.1 A and AA, --a11y ${mode}): ${s.a11y.steps} steps scanned, ` +
        `${s.a11y.violations} violation(s)${s.a11y.errors ? `, ${s.a11y.errors} screen(s) not scanned` : ''}`,
    );
  return lines;
}

/** One line per sentence message: a page with no confirmed sentence at all would otherwise print one per sentence. */
function sentenceLines(result: CheckResult, file: string): string[] {
  const out: string[] = [];
  for (const r of result.results) {
    const byMessage = new Map<string, { status: string; lines: number[] }>();
    for (const x of r.sentences.filter((y) => y.status !== 'ok')) {
      const key = x.status === 'unverified' ? x.message : `${x.line}:${x.message}`;
      byMessage.set(key, { status: x.status, lines: [...(byMessage.get(key)?.lines ?? []), x.line] });
    }
    for (const [key, { status, lines }] of byMessage)
      out.push(
        `${status.toUpperCase()} ${r.locale} sentence (${file}:${lines.join(',')}): ${status === 'unverified' ? key : key.slice(key.indexOf(':') + 1)}`,
      );
  }
  return out;
}

/**
 * The check as the terminal shows it: one line per finding that is not ok (terminology, steps, rules, sentences,
 * screens), then the counts and where the other reports are.
 */
export function toTerminal(result: CheckResult, run: TerminalRun): string[] {
  // From where the command runs, as a page named on the command line is: a set's pages come as full paths.
  const inside = relative(process.cwd(), run.file);
  const file = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : run.file;
  const s = result.summary;
  const lines: string[] = [];
  for (const r of result.results) for (const w of r.warnings) lines.push(`WARNING ${r.locale} terminology: ${w}`);
  for (const r of result.results)
    for (const p of r.procedures)
      for (const st of p.steps.filter((x) => x.status !== 'ok'))
        lines.push(`${st.status.toUpperCase()} ${r.locale} ${p.id} step ${stepName(st)} (${file}:${st.line ?? '?'}): ${st.message}`);
  for (const r of result.results)
    for (const rule of r.rules.filter((x) => x.status !== 'ok'))
      lines.push(`${rule.status.toUpperCase()} ${r.locale} rule ${rule.id} (${file}:${rule.line ?? '?'}): ${rule.message}`);
  lines.push(...sentenceLines(result, file), ...screenLines(result, file, run.a11y));
  // A link to a page not vendored here is listed as not checked: it never passes, and never fails the check.
  for (const l of (result.links ?? []).filter((x) => x.status !== 'ok'))
    lines.push(`${l.status === 'drift' ? 'DRIFT' : 'UNCHECKED'} link ${l.href} (${file}:${l.line}): ${l.message}`);
  if (s.links)
    lines.push(`docs:check links to other pages: ${s.links.ok} ok, ${s.links.drift} drift, ${s.links.unverified} not checked`);
  if (s.ok === 0) lines.push(`NOTHING VERIFIED: no documented step of ${file} could be checked against the product`);
  lines.push(
    `docs:check ${run.locales.join(', ')}: ${s.steps} steps, ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified; ` +
      `rules ${s.rules.ok} ok, ${s.rules.drift} drift, ${s.rules.unverified} unverified; ` +
      `sentences ${s.sentences.ok} ok, ${s.sentences.drift} drift, ${s.sentences.unverified} unverified ` +
      `(${run.seconds.toFixed(1)} s${run.inSet ? ' into the set' : ''}). Reports in ${run.out}/docs-drift.{md,json,html,junit.xml}`,
  );
  return lines;
}

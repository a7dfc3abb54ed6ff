import { basename } from 'node:path';
import type { FlowDefinition } from '../../flows/flow';
import type { DocPage } from '../parser';
import type { CheckResult, Status } from '../model';
import type { SpecIndex, SpecRef } from './spec-index';

/** How far the page is covered: each documented step and rule statement, what verified it and which tests drive it. */
export interface Coverage {
  doc: string;
  /** The page's languages the check ran in. */
  locales: string[];
  /** A run of some procedures only (`--procedure`): rules and sentences were not checked. */
  partial: boolean;
  summary: { steps: Count; rules: Count; sentences: Count };
  /** One line for the README, e.g. `page.md: steps 23/23 verified · rules 20/20 · sentences 51/51 (ko-KR, en-US)`. */
  badge: string;
  steps: StepCoverage[];
  rules: RuleCoverage[];
  /** Everything not verified in every language, or driven by no test of the suite, with why. */
  uncovered: { what: string; line: number; why: string }[];
}

export interface Count {
  verified: number;
  total: number;
}

export interface StepCoverage {
  procedure: string;
  n: number;
  /** The step as the page renders it ('3a'). */
  shown: string;
  line: number;
  text: string;
  /** The flow step the check performed it as; null when no flow step does what it documents. */
  stepId: string | null;
  status: Record<string, Status>;
  /** In sync in every language of the run. */
  verified: boolean;
  specs: SpecRef[];
}

export interface RuleCoverage {
  id: string;
  line: number;
  procedure: string | null;
  /** The flow step the statement stands in (or, after a procedure's steps, the procedure's last step). */
  stepId: string | null;
  status: Record<string, Status>;
  verified: boolean;
  specs: SpecRef[];
}

const tally = (verified: boolean[]): Count => ({ verified: verified.filter(Boolean).length, total: verified.length });
const allOk = (status: Record<string, Status>, locales: readonly string[]) =>
  locales.length > 0 && locales.every((l) => status[l] === 'ok');

export function coverageOf(
  result: CheckResult,
  doc: DocPage,
  flows: readonly FlowDefinition[],
  specs: SpecIndex,
): Coverage {
  const locales = doc.locales.filter((l) => result.results.some((r) => r.locale === l));
  const runs = locales.map((l) => result.results.find((r) => r.locale === l)).filter((r) => r !== undefined);
  const uncovered: Coverage['uncovered'] = [];
  const notOk = (status: Record<string, Status>, messages: Record<string, string>) =>
    locales
      .filter((l) => status[l] !== 'ok')
      .map((l) => `${status[l] ?? 'not checked'} in ${l}${messages[l] ? `: ${messages[l]}` : ''}`);

  const steps = doc.procedures.flatMap((p) =>
    p.steps.map((step): StepCoverage => {
      const status: Record<string, Status> = {};
      const messages: Record<string, string> = {};
      let stepId: string | null = null;
      for (const r of runs) {
        const found = r.procedures.find((x) => x.id === p.id)?.steps.find((s) => s.n === step.n && !s.undocumented);
        if (!found) continue;
        status[r.locale] = found.status;
        messages[r.locale] = found.message;
        stepId ??= found.stepId ?? null;
      }
      const what = `${p.id} step ${step.shown}`;
      const verified = allOk(status, locales);
      const driving = stepId ? (specs.get(stepId) ?? []) : [];
      for (const why of notOk(status, messages)) uncovered.push({ what, line: step.line, why });
      if (!stepId) uncovered.push({ what, line: step.line, why: 'no flow step performs it' });
      else if (driving.length === 0)
        uncovered.push({ what, line: step.line, why: `no spec of the suite drives ${stepId}` });
      return {
        procedure: p.id,
        n: step.n,
        shown: step.shown,
        line: step.line,
        text: step.text['en-US'] ?? step.text[doc.locale] ?? '',
        stepId,
        status,
        verified,
        specs: driving,
      };
    }),
  );

  const lastStepOf = (anchor: string) => flows.find((f) => f.anchor === anchor)?.steps.at(-1)?.id;
  const rules = [...doc.rules, ...doc.repeats]
    .sort((a, b) => a.line - b.line)
    .map((rule): RuleCoverage => {
      const status: Record<string, Status> = {};
      const messages: Record<string, string> = {};
      let stepId: string | null = null;
      for (const r of runs) {
        const found = r.rules.find((x) => x.id === rule.id && x.line === rule.line);
        if (!found) continue;
        status[r.locale] = found.status;
        messages[r.locale] = found.message;
        stepId ??= found.stepId ?? null;
      }
      // A statement after a procedure's steps is about the procedure done: its last step completes it.
      stepId ??= rule.procedure !== undefined ? (lastStepOf(rule.procedure) ?? null) : null;
      const what = `rule ${rule.id}`;
      const driving = stepId ? (specs.get(stepId) ?? []) : [];
      for (const why of notOk(status, messages)) uncovered.push({ what, line: rule.line, why });
      if (!stepId)
        uncovered.push({
          what,
          line: rule.line,
          why: "stated outside the procedures: the check verifies it on the product's screens, and no flow step links it to a spec",
        });
      else if (driving.length === 0)
        uncovered.push({ what, line: rule.line, why: `no spec of the suite drives ${stepId}` });
      return {
        id: rule.id,
        line: rule.line,
        procedure: rule.procedure ?? null,
        stepId,
        status,
        verified: allOk(status, locales),
        specs: driving,
      };
    });

  // A sentence is its line and its place among the sentences of that line, the same in every language.
  const sentenceStatus = new Map<string, Record<string, Status>>();
  for (const r of runs) {
    const seen = new Map<number, number>();
    for (const s of r.sentences) {
      const nth = (seen.get(s.line) ?? 0) + 1;
      seen.set(s.line, nth);
      const key = `${s.line}#${nth}`;
      sentenceStatus.set(key, { ...(sentenceStatus.get(key) ?? {}), [r.locale]: s.status });
    }
  }
  const partial = doc.rules.length > 0 && runs.some((r) => r.rules.length === 0);
  const summary = {
    steps: tally(steps.map((s) => s.verified)),
    rules: tally(rules.map((r) => r.verified)),
    sentences: tally([...sentenceStatus.values()].map((s) => allOk(s, locales))),
  };
  const count = (c: Count) => `${c.verified}/${c.total}`;
  const badge =
    `${basename(doc.file)}: steps ${count(summary.steps)} verified · rules ${count(summary.rules)} · ` +
    `sentences ${count(summary.sentences)} (${locales.join(', ') || 'no language checked'})`;
  return { doc: result.doc, locales, partial, summary, badge, steps, rules, uncovered };
}

const START =
  '<!-- docs-coverage: written by `npm run docs:coverage` from the last docs check; do not edit by hand -->';
const END = '<!-- /docs-coverage -->';

export class ReadmeError extends Error {}

/** The README with the page's coverage line written (replacing the page's earlier one) between the markers. */
export function withBadge(readme: string, badge: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0)
    throw new ReadmeError(`no coverage block: expected a line ${START} and, after it, a line ${END}`);
  const page = badge.slice(0, badge.indexOf(':') + 1);
  const lines = readme
    .slice(start + START.length, end)
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith(`- ${page}`));
  const block = [...lines, `- ${badge}`].sort();
  return `${readme.slice(0, start + START.length)}\n${block.join('\n')}\n${readme.slice(end)}`;
}

/** The coverage lines the README holds, one per page. */
export function badgesIn(readme: string): string[] {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start < 0 || end < 0) return [];
  return readme
    .slice(start + START.length, end)
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
}

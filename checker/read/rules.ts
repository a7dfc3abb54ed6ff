import type { Catalog } from '../../pages';
import type { CheckBinding, Verdict } from '../binding';
import type { Rule } from '../parser';
import { documentedStepKey, type Evidence } from './evidence';

/** What running the page's rule checks in one language needs: its binding, the binding's facts, the evidence. */
export interface RuleRun {
  binding: CheckBinding;
  facts: unknown;
  evidence: Evidence;
  locale: string;
  labels: Catalog;
  today: string;
}

/** One rule's check at one statement of it: against the flow of the statement's procedure and the step it stands in. */
export function runRule(run: RuleRun, rule: Rule): Verdict & { stepId?: string } {
  const { binding, evidence, locale } = run;
  const sentence = rule.sentence[locale];
  if (sentence === undefined) return { status: 'unverified', message: `the page has no ${locale} text for this rule` };
  const check = binding.rules[rule.id];
  if (!check) return { status: 'unverified', message: `no check verifies the rule "${rule.id}" for this page` };
  const flow =
    rule.procedure !== undefined && binding.flows.some((f) => f.anchor === rule.procedure) ? rule.procedure : undefined;
  const stepId =
    flow && rule.step !== undefined ? evidence.performedAs.get(documentedStepKey(flow, rule.step)) : undefined;
  const atStep = stepId ? evidence.observed.get(stepId) : undefined;
  const verdict = check(run.facts, {
    labels: run.labels,
    rule,
    locale,
    sentence,
    today: run.today,
    ...(flow ? { flow } : {}),
    ...(stepId ? { stepId } : {}),
    ...(atStep ? { atStep } : {}),
  });
  return { ...verdict, ...(stepId && { stepId }) };
}

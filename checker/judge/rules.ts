import type { CheckBinding } from '../binding';
import type { RuleResult } from '../model';
import type { DocPage, Rule } from '../parser';
import type { runRule } from '../read/rules';

/**
 * Each statement of a rule, at its own line, with its check's verdict; and a drift for each rule of the binding the
 * page no longer states, which the product still applies.
 */
export function judgeRules(
  doc: DocPage,
  binding: CheckBinding,
  locale: string,
  verdictOf: (rule: Rule) => ReturnType<typeof runRule>,
): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of [...doc.rules, ...doc.repeats].sort((a, b) => a.line - b.line)) {
    const sentence = rule.sentence[locale];
    results.push({
      id: rule.id,
      line: rule.line,
      ...(sentence !== undefined ? { sentence } : {}),
      ...verdictOf(rule),
    });
  }
  const stated = new Set([...doc.rules, ...doc.repeats].map((r) => r.id));
  for (const id of Object.keys(binding.rules).filter((id) => !stated.has(id)))
    results.push({
      id,
      status: 'drift',
      line: null,
      message: 'the page no longer states this rule; the product still applies it',
    });
  return results;
}

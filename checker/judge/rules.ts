import type { CheckBinding } from '../binding';
import type { RuleResult } from '../model';
import type { DocPage, Rule } from '../parser';
import type { runRule } from '../read/rules';

/**
 * Each statement of a rule, at its own line, with its check's verdict; and a drift for each rule of the binding the
 * page no longer states.
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
      // Not checked against the product (no sentence of the page states the rule to check it with): the message
      // says what disagrees, the page and its binding, and both ways to settle it.
      message:
        'the page no longer states this rule, which its binding still checks: restore the sentence, or drop the rule ' +
        "from the page's binding if the product no longer applies it",
    });
  return results;
}

import type { DocPage, RuleReader } from '../parser';
import type { CheckResult, Status } from '../model';
import { confirm, normalize, pinnedStatements, resembledWording, type Pins } from './pins';
import { rulesAtStake, type Stake } from './sentences';

/**
 * A rule that confirming one sentence of the page would stop stating or would contradict; or one its new wording
 * states (`states`), which the product must do as the sentence says it (a figure changed: "every two years").
 */
export interface PendingStake extends Omit<Stake, 'kind'> {
  kind: Stake['kind'] | 'states';
  locale: string;
  line: number;
}

/**
 * What the product did about a rule at stake that stops the confirmation: it still enforces a rule the sentence
 * buries, does otherwise than a rule the sentence states, or could not be checked.
 */
export interface Refusal extends PendingStake {
  product: Status;
  message: string;
}

/** The rules at stake on the lines a writer confirms (every pinned line when `lines` is undefined), from the page and its pins alone. */
export function stakesOfConfirmation(
  doc: DocPage,
  pins: Pins | undefined,
  lines: readonly number[] | undefined,
  rules: RuleReader,
): PendingStake[] {
  return doc.locales.flatMap((locale) =>
    pinnedStatements(doc, locale, rules)
      .filter((s) => !lines || lines.includes(s.line))
      .flatMap((s): PendingStake[] => {
        const text = s.text[locale] ?? '';
        // A wording that replaces a confirmed one is checked for each rule it states, as it states it (a figure
        // changed). Wording already confirmed was checked then; a page confirmed for the first time has nothing to
        // compare with, and is confirmed as it reads.
        const was = resembledWording(normalize(text), pins, locale);
        const stated =
          was !== undefined
            ? rules.match(text, locale, s.links).map((m) => ({ id: m.id, kind: 'states' as const, statement: text }))
            : [];
        return [...rulesAtStake(doc, pins, locale, s, rules, was), ...stated].map((stake) => ({
          ...stake,
          locale,
          line: s.line,
        }));
      }),
  );
}

/**
 * Each stake the product, checked in `result`, does not release: the rule still holds there, or the check could
 * not see it (a confirmation verifies; one that could not is no confirmation). A stake the run did not reach at
 * all (a language the product lacks, a procedure that could not run) could not be checked either.
 */
export function refusals(result: CheckResult, stakes: readonly PendingStake[]): Refusal[] {
  return stakes.flatMap((stake): Refusal[] => {
    const checked = result.results.find((r) => r.locale === stake.locale);
    if (stake.kind === 'states') {
      // The rule as the sentence states it, judged at its line: it must hold in the product.
      const rule = checked?.rules.find((r) => r.line === stake.line && r.id === stake.id);
      if (!rule)
        return [
          { ...stake, product: 'unverified', message: `the check did not reach this sentence in ${stake.locale}` },
        ];
      return rule.status === 'ok' ? [] : [{ ...stake, product: rule.status, message: rule.message }];
    }
    const sentences = checked?.sentences ?? [];
    const found = sentences
      .filter((s) => s.line === stake.line)
      .flatMap((s) => s.atStake ?? [])
      .find((r) => r.id === stake.id && r.kind === stake.kind);
    if (!found)
      return [{ ...stake, product: 'unverified', message: `the check did not reach this sentence in ${stake.locale}` }];
    return found.product === 'drift' ? [] : [{ ...stake, product: found.product, message: found.message }];
  });
}

/** One line: the page's line, the rule, and what the product did. */
export function describeRefusal(file: string, r: Refusal): string {
  const what =
    r.kind === 'contradicts'
      ? `contradicts the rule ${r.id}`
      : r.kind === 'states'
        ? `states the rule ${r.id}`
        : `no longer states the rule ${r.id} (it was "${r.statement}")`;
  const product =
    r.product === 'unverified'
      ? 'which could not be checked against the product'
      : r.kind === 'states'
        ? 'otherwise than the product does'
        : 'which the product still enforces';
  return `${file}:${r.line}: not confirmed: the ${r.locale} sentence ${what}, ${product}: ${r.message}`;
}

export type ConfirmOutcome = { refused: string[] } | { refused: []; pins: Pins; confirmed: number };

/**
 * `--confirm <lines>` (every pinned line when `lines` is undefined): the pins with those sentences as they read now,
 * unless one of them no longer states, or contradicts, a rule the product still enforces: then one line per such
 * rule and nothing confirmed. The product is checked (`check`, on the languages at stake) only when a rule is at
 * stake; `force` confirms without asking it.
 */
export async function confirmChecked(
  doc: DocPage,
  pins: Pins | undefined,
  lines: readonly number[] | undefined,
  {
    force,
    check,
    rules,
  }: { force: boolean; check: (stakes: readonly PendingStake[]) => Promise<CheckResult>; rules: RuleReader },
): Promise<ConfirmOutcome> {
  const stakes = force ? [] : stakesOfConfirmation(doc, pins, lines, rules);
  if (stakes.length) {
    const refused = refusals(await check(stakes), stakes);
    if (refused.length) return { refused: refused.map((r) => describeRefusal(doc.file, r)) };
  }
  return { refused: [], ...confirm(doc, pins, lines, rules) };
}

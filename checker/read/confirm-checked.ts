import type { DocPage, RuleReader } from '../parser';
import type { CheckResult, Status } from '../model';
import { confirm, pinnedStatements, type Pins } from './pins';
import { rulesAtStake, type Stake } from './sentences';

/** A rule that confirming one sentence of the page would stop stating, or would contradict. */
export interface PendingStake extends Stake {
  locale: string;
  line: number;
}

/** What the product did about a rule a confirmation would bury: it still enforces it, or it could not be checked. */
export interface Refusal extends PendingStake {
  product: Exclude<Status, 'drift'>;
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
      .flatMap((s) => rulesAtStake(doc, pins, locale, s, rules).map((stake) => ({ ...stake, locale, line: s.line }))),
  );
}

/**
 * Each stake the product, checked in `result`, does not release: the rule still holds there, or the check could
 * not see it (a confirmation verifies; one that could not is no confirmation). A stake the run did not reach at
 * all (a language the product lacks, a procedure that could not run) could not be checked either.
 */
export function refusals(result: CheckResult, stakes: readonly PendingStake[]): Refusal[] {
  return stakes.flatMap((stake): Refusal[] => {
    const sentences = result.results.find((r) => r.locale === stake.locale)?.sentences ?? [];
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
      : `no longer states the rule ${r.id} (it was "${r.statement}")`;
  const product =
    r.product === 'ok' ? 'which the product still enforces' : 'which could not be checked against the product';
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

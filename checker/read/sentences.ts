import { relative } from 'node:path';
import { quote } from 'shell-quote';
import type { DocPage, Rule, RuleReader, Statement } from '../parser';
import type { Verdict } from '../binding';
import type { RuleAtStake, SentenceResult, Status } from '../model';
import { normalize, pinnedStatements, resembledWording, type Pins } from './pins';

/** A rule's check against what the product did, at one statement of the rule. */
export type RuleVerdict = (rule: Rule) => Verdict;

export interface Stake {
  id: string;
  kind: RuleAtStake['kind'];
  /** A statement of the rule to check the product against, at the sentence's place. */
  statement: string;
}

/** An occurrence of the rule `id`, stated as `statement`, at the place of `s` (its line, procedure and step). */
function occurrenceAt(s: Statement, locale: string, id: string, statement: string, rules: RuleReader): Rule {
  return {
    id,
    line: s.line,
    sentence: { ...s.text, [locale]: statement },
    figures: rules.match(statement, locale, s.links).find((m) => m.id === id)?.figures ?? {},
    ...(s.procedure !== undefined && { procedure: s.procedure }),
    ...(s.step !== undefined && { step: s.step }),
  };
}

/**
 * The rules one sentence puts at stake, from the page and its pins alone (no product): those its confirmed wording
 * stated and its new wording does not, and those it contradicts. Each comes with a statement of the rule to check
 * the product against at the sentence's place: the confirmed wording it replaced, else another statement of the
 * rule in the page or in the pins, else the sentence itself.
 */
export function rulesAtStake(
  doc: DocPage,
  pins: Pins | undefined,
  locale: string,
  s: Statement,
  rules: RuleReader,
  /** The confirmed wording the sentence resembles (resembledWording), which its callers have already read. */
  was: string | undefined,
): Stake[] {
  const text = s.text[locale] ?? '';
  const confirmed = pins?.confirmed[locale] ?? {};
  const states: string[] = rules.match(text, locale, s.links).map((m) => m.id);
  const contradicted: string[] = rules.contradictions(text, locale);
  const wasStates = (was && confirmed[was]) || [];
  const statementOf = (id: string) =>
    (was && wasStates.includes(id) ? was : undefined) ??
    // Only a statement that says the rule in this language: a page changed in one language still states it in the other.
    [...doc.rules, ...doc.repeats]
      .map((r) => r.sentence[locale])
      .find((t) => t !== undefined && rules.match(t, locale).some((m) => m.id === id)) ??
    Object.entries(confirmed).find(([, ids]) => ids.includes(id))?.[0] ??
    text;
  return [
    ...wasStates
      .filter((id) => !states.includes(id) && !contradicted.includes(id))
      .map((id) => ({ id, kind: 'no-longer-states' as const, statement: was ?? '' })),
    ...contradicted.map((id) => ({ id, kind: 'contradicts' as const, statement: statementOf(id) })),
  ];
}

/** The command that confirms on this page, as the writer types it: a line is one page's, so the page is named. */
const confirmCommand = (doc: DocPage, args: string) => {
  const path = relative(process.cwd(), doc.file);
  // Quoted as the shell needs it: pasted as printed, a page path with a space still names the page.
  return `\`npm run docs:check -- --doc ${quote([!path || path.startsWith('..') ? doc.file : path])} ${args}\``;
};

const productSays: Record<Status, string> = {
  ok: 'which the product still enforces',
  drift: 'which the product no longer enforces either',
  unverified: 'which could not be checked against the product',
};

/**
 * Every pinned sentence must read as it did when a writer last confirmed it against the product; and a sentence
 * that contradicts a rule the product enforces is drift whether or not it was confirmed.
 */
export function checkSentences(
  doc: DocPage,
  pins: Pins | undefined,
  locale: string,
  verdict: RuleVerdict,
  rules: RuleReader,
): SentenceResult[] {
  const confirmed = pins?.confirmed[locale];
  return pinnedStatements(doc, locale, rules).map((s): SentenceResult => {
    const sentence = normalize(s.text[locale]);
    const was = resembledWording(sentence, pins, locale);
    const atStake: RuleAtStake[] = rulesAtStake(doc, pins, locale, s, rules, was).map(({ id, kind, statement }) => {
      const { status, message } = verdict(occurrenceAt(s, locale, id, statement, rules));
      return { id, kind, product: status, message };
    });
    const stake = atStake.length ? { atStake } : {};
    const contrary = atStake.filter((r) => r.kind === 'contradicts' && r.product !== 'drift');
    const against = contrary.map((r) =>
      r.product === 'ok'
        ? `this sentence contradicts ${r.id}, which the product enforces: ${r.message}`
        : `this sentence contradicts ${r.id}, which could not be checked against the product: ${r.message}`,
    );
    const contraryStatus = contrary.some((r) => r.product === 'ok') ? 'drift' : 'unverified';
    if (!confirmed) {
      if (contrary.length)
        return { line: s.line, status: contraryStatus, sentence, message: against.join('; '), ...stake };
      return {
        line: s.line,
        status: 'unverified',
        sentence,
        message: `no sentence of this page has been confirmed in ${locale}: check them against the product, then run ${confirmCommand(doc, '--confirm-all')}`,
      };
    }
    if (sentence in confirmed) {
      if (contrary.length)
        return {
          line: s.line,
          status: contraryStatus,
          sentence,
          message: `${against.join('; ')} (the sentence was confirmed all the same)`,
          ...stake,
        };
      return {
        line: s.line,
        status: 'ok',
        sentence,
        message: `confirmed${(confirmed[sentence] ?? []).length ? `; states ${(confirmed[sentence] ?? []).join(', ')}` : ''}`,
      };
    }
    const stated = rules.match(s.text[locale] ?? '', locale, s.links).map((m) => m.id);
    const dropped = atStake.filter((r) => r.kind === 'no-longer-states');
    const wording = was ? `it was "${was}", it is now "${sentence}"` : `("${sentence}")`;
    const states = stated.length ? ` (states ${stated.join(', ')})` : '';
    const drops = dropped
      .map((r) => ` and no longer states ${r.id}, ${productSays[r.product]} (${r.message})`)
      .join('');
    const change = `${wording}${states}${drops}`;
    const buried = contrary.length > 0 || dropped.some((r) => r.product !== 'drift');
    const advice = contrary.length
      ? 'bring it in line with the product'
      : buried
        ? `restore it, or drop the rule on purpose with ${confirmCommand(doc, `--confirm ${s.line} --force`)}`
        : `check it against the product, then run ${confirmCommand(doc, `--confirm ${s.line}`)}`;
    return {
      line: s.line,
      status: 'drift',
      sentence,
      message: contrary.length
        ? `${against.join('; ')}; ${change}; ${advice}`
        : `this sentence is not confirmed against the product${was ? ': ' : ' '}${change}; ${advice}`,
      ...stake,
    };
  });
}

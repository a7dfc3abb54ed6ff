import { subtreeOf, type AriaNode } from '../../checker/read/aria';
import type { RuleCheck as EngineRuleCheck, RuleContext, Verdict } from '../../checker/binding';
import type { Figures } from '../../checker/parser';
import type { Observation } from '../../checker/read/observation';
import { renewalAfter } from './anniversary';
import type { ActionPackFacts } from './facts';
import { describeFigures, sameFigures } from './figures';
import { leavesSite, sameTarget } from './link-target';
import { matchRules } from './parse';
import type { RuleId } from './patterns';

type Facts = ActionPackFacts;
type RuleCheck = EngineRuleCheck<Facts>;

const pass = (message: string): Verdict => ({ status: 'ok', message });
const fail = (message: string): Verdict => ({ status: 'drift', message });
// The flow that shows it failed, which is reported as drift at its step; the rule itself could not be seen.
const unseen = (what: string): Verdict => ({
  status: 'unverified',
  message: `not observed: ${what} (the flow that shows it did not complete)`,
});

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const RENEW = 'renew-your-action-pack-subscription';
const CANCEL = 'cancel-your-action-pack-subscription';

const nodesOf = (obs: Observation | undefined): AriaNode[] => (obs?.captures ?? []).flatMap((c) => c.nodes);
const textOf = (obs: Observation | undefined): string => (obs?.captures ?? []).map((c) => c.text).join('\n');
const has = (nodes: readonly AriaNode[], test: (n: AriaNode) => boolean) => nodes.some(test);

/** The flow a statement is about: its own procedure's, or `fallback` for a statement outside the procedures. */
const flowOf = (ctx: RuleContext, fallback: string) => ctx.flow ?? fallback;

/**
 * The figures the sentence states in the checked language: a translation may say otherwise than its source, which
 * the rule's own figures are read from. Those only when the sentence states none.
 */
function statedFigures({ rule, locale, sentence }: RuleContext): Figures {
  const own = matchRules(sentence, locale).find((m) => m.id === rule.id)?.figures ?? {};
  return Object.keys(own).length > 0 ? own : rule.figures;
}

/** A benefit is verified by its figures: a sentence of the product must state each figure the page does, field by field. */
const benefit: RuleCheck = (facts, ctx) => {
  const { rule, locale, sentence } = ctx;
  const items = nodesOf(facts.observed.get('subscribe.open-offers'))
    .filter((n) => n.role === 'listitem' && n.text)
    .map((n) => n.text ?? '');
  if (items.length === 0) return unseen('the Action Pack benefits on Offers');
  if (items.includes(sentence)) return pass('the product shows the sentence as documented');
  const want = statedFigures(ctx);
  if (Object.keys(want).length === 0) return fail(`the sentence states no figures to compare: "${sentence}"`);
  const match = items.find((item) =>
    matchRules(item, locale).some((m) => m.id === rule.id && sameFigures(m.figures, want)),
  );
  if (match) return pass(`same figures (${describeFigures(want)}), other wording: the screen says "${match}"`);
  // The benefit the product states with other figures, when one does: what to compare, not the whole list.
  const other = items.filter((item) => matchRules(item, locale).some((m) => m.id === rule.id));
  return fail(
    other.length > 0
      ? `the page says ${describeFigures(want)}; the screen says ${other.map((i) => `"${i}"`).join(', ')}`
      : `no benefit on Offers states the documented figures (${describeFigures(want)}); the screen lists: ${items.map((i) => `"${i}"`).join(', ')}`,
  );
};

/** Not a pattern of names: every control that could act on the subscription is listed, and none may switch renewal on. */
function turnBackOnControls(facts: Facts): string[] {
  return facts.turnOff?.controlsThatTurnedItOn ?? [];
}

/** Whether any control of the subscription details was pressed: a rule about every control holds of none vacuously. */
function controlsPressed(facts: Facts): boolean {
  return (facts.turnOff?.controlsPressed ?? []).length > 0;
}

/** The tiers and competency levels the page names (patterns.ts), each by the product's label for it. */
const TIERS = [
  ['network', 'network'],
  ['action-pack', 'actionPack'],
  ['competencies', 'competencies'],
] as const;
const LEVELS = [
  ['silver', 'silver'],
  ['gold', 'gold'],
] as const;
const asList = (figure: Figures[string] | undefined): string[] => (Array.isArray(figure) ? figure : []);

export const actionPackRules: Record<RuleId, RuleCheck> = {
  'membership-options': (facts, ctx) => {
    const nodes = facts.probes.get('membership')?.nodes;
    if (!nodes) return unseen('the membership overview');
    const { membership } = ctx.labels;
    // The count as the checked language says it; the tiers and levels the list after the sentence names.
    const options = statedFigures(ctx)['options'] ?? ctx.rule.figures['options'];
    const named = (key: string) => asList(ctx.rule.figures[key]);
    const headings = nodes.filter((n) => n.role === 'heading' && n.name && n.attrs?.includes('level=2'));
    const tiers = TIERS.filter(([, key]) => headings.some((n) => n.name === membership[key])).map(([id]) => id);
    const levels = LEVELS.filter(([, key]) => has(nodes, (n) => n.role === 'listitem' && n.text === membership[key]));
    const shown = { tiers, levels: levels.map(([id]) => id) };
    const page = { tiers: named('tiers'), levels: named('competencyLevels') };
    const same =
      headings.length === options &&
      page.tiers.length === options &&
      sameFigures({ t: page.tiers, l: page.levels }, { t: shown.tiers, l: shown.levels });
    const say = (n: unknown, f: typeof page) =>
      `${String(n)} membership options [${f.tiers.join(', ')}], levels [${f.levels.join(', ')}]`;
    return same
      ? pass(say(options, page))
      : fail(`the overview shows ${say(headings.length, shown)}; the page says ${say(options, page)}`);
  },
  'network-member-required': (facts, { labels, sentence }) => {
    const offers = facts.probes.get('non-member-offers');
    if (!offers) return unseen('Offers for a partner who is not a network member');
    const blocked = has(
      offers.nodes,
      (n) => n.role === 'button' && n.name === labels.offers.subscribeNow && !!n.attrs?.includes('disabled'),
    );
    if (!blocked) return fail(`a non-member can still select ${labels.offers.subscribeNow}`);
    return offers.text.includes(sentence)
      ? pass('a non-member sees the sentence and cannot subscribe')
      : fail(`a non-member cannot subscribe, but the screen does not say "${sentence}"`);
  },
  'benefit-developer-tools': benefit,
  'benefit-licenses': benefit,
  'benefit-seats': benefit,
  'benefit-azure-credit': benefit,
  // "Following this link will take you to another website": the offer's Action Pack link must lead to another host
  // and say so. Other screens of the step (the wizard's terms) have links of their own, which prove nothing here.
  'external-link-notice': (facts, { labels }) => {
    const captures = facts.observed.get('subscribe.open-offers')?.captures ?? [];
    if (captures.length === 0) return unseen('the Action Pack offer');
    const name = labels.offers.learnMore;
    const found = captures
      .flatMap((c) => c.nodes.filter((n) => n.role === 'link' && !!n.name?.startsWith(name)).map((n) => ({ n, c })))
      .at(0);
    if (!found) return fail(`no link "${name}" on the Action Pack offer`);
    const { n, c } = found;
    const link = `link "${n.name ?? ''}" (${n.url ?? 'no address'})`;
    if (n.url === undefined || !leavesSite(n.url, c.url)) return fail(`${link} stays in Partner Center`);
    const hint = labels.app.externalHint.trim();
    if (hint === '' || !n.name?.endsWith(hint))
      return fail(`${link} leads to another website without saying that it leaves Partner Center`);
    return pass(`${link} leads to another website and says ${hint}`);
  },
  'charged-immediately': (facts, ctx) => {
    const flow = flowOf(ctx, SUBSCRIBE);
    const account = facts.accounts.get(flow);
    // Stated at a step: that step must say it; stated elsewhere: the order review of its flow.
    const review = ctx.atStep ?? facts.observed.get(flow === RENEW ? 'renew.buy' : 'subscribe.buy');
    if (!review || !account) return unseen('the order review');
    const charges = account.charges.filter((c) => c.chargedOn === ctx.today);
    if (charges.length !== 1) return fail(`Buy on ${ctx.today} made ${charges.length} charge(s) that day`);
    return textOf(review).includes(ctx.sentence)
      ? pass(`${ctx.stepId ?? 'the review'} says so and Buy charged the card at once`)
      : fail(`Buy charged the card at once, but ${ctx.stepId ?? 'the review'} does not say "${ctx.sentence}"`);
  },
  'renews-yearly-on-purchase-date': (facts, ctx) => {
    const flow = flowOf(ctx, SUBSCRIBE);
    const after = facts.accounts.get(flow)?.subscription;
    const confirmation = facts.observed.get(flow === RENEW ? 'renew.close' : 'subscribe.close');
    if (!after || !confirmation) return unseen('a purchase and its confirmation');
    // A purchase renews a year from today; a renewal a year from the date it renewed on, on the purchase anniversary.
    const held = facts.before.get(flow);
    const [purchase, from] = flow === RENEW ? [held?.startDate, held?.renewalDate] : [ctx.today, ctx.today];
    if (!purchase || !from) return unseen('the subscription before renewal');
    // The sentence's own interval, never its source's: a translation may say otherwise.
    const own = matchRules(ctx.sentence, ctx.locale).find((m) => m.id === ctx.rule.id);
    const years = (own ?? ctx.rule).figures['renewalIntervalYears'];
    if (typeof years !== 'number')
      return { status: 'unverified', message: `no number of years between renewals read in "${ctx.sentence}"` };
    const want = renewalAfter(purchase, from, years);
    const shown = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${want}T00:00:00Z`),
    );
    if (!after.autoRenew || after.renewalDate !== want)
      return fail(
        `from ${from}, renews ${after.renewalDate} (automatic: ${after.autoRenew}); expected ${want}, automatic`,
      );
    return textOf(confirmation).includes(shown)
      ? pass(`the confirmation says it renews automatically on ${shown}`)
      : fail(`renews ${want}, but the confirmation does not show ${shown}`);
  },
  'auto-renew-off-anytime': (facts) => {
    const autoRenew = facts.turnOff?.autoRenewAfterTurnOff;
    if (autoRenew === undefined || !facts.observed.get('turn-off.turn-off'))
      return unseen('turning off automatic renewal');
    return autoRenew
      ? fail('automatic renewal is still on after Turn off automatic renewal')
      : pass('turned off from the purchased offers');
  },
  'auto-renew-not-back-on-until-renewal': (facts) => {
    const status = facts.turnOff?.turnBackOnStatus;
    if (!facts.observed.get('turn-off.turn-off') || status === undefined)
      return unseen('the subscription after automatic renewal was turned off');
    if (!controlsPressed(facts)) return unseen('any control of the subscription details (none was found to press)');
    const turnedOn = turnBackOnControls(facts);
    if (turnedOn.length > 0) return fail(`after renewal was turned off, ${turnedOn.join(', ')} turned it back on`);
    if (status !== 409)
      return fail(`the backend answered ${status} to turning renewal back on; expected a refusal (409)`);
    // A renewal that did not complete says nothing of what renewing does: a drift here would pass for a product that
    // no longer keeps the rule, and would let a confirmation contradicting it through.
    if (!facts.observed.get('renew.close')) return unseen('renewing the subscription');
    const renewed = facts.accounts.get(RENEW)?.subscription;
    if (!renewed?.autoRenew) return fail('renewing did not turn automatic renewal back on');
    return pass('no control turns it back on, the backend refuses (409), and renewing turns it on again');
  },
  'renewal-reminder': (facts) => {
    const offers = facts.observed.get('renew.open-offers');
    if (!offers) return unseen('Purchased offers close to expiry');
    // What the reminder says, as the screen showed it: the account's days left are the scenario's, not the page's.
    const nodes = nodesOf(offers);
    const at = nodes.findIndex((n) => n.role === 'note');
    if (at < 0) return fail('Purchased offers, close to expiry with automatic renewal off, show no reminder to renew');
    const said = [nodes[at], ...subtreeOf(nodes, at)].map((n) => n?.text ?? n?.name ?? '').filter(Boolean);
    return pass(
      `Purchased offers, close to expiry with automatic renewal off, remind the partner: "${said.join(' ')}"`,
    );
  },
  'cancel-through-support': (facts) => {
    const cancelled = facts.turnOff?.controlsThatCancelled;
    const account = facts.accounts.get(CANCEL);
    if (!cancelled || !account) return unseen('the subscription details and the support request');
    if (!controlsPressed(facts)) return unseen('any control of the subscription details (none was found to press)');
    if (cancelled.length > 0)
      return fail(
        `the subscription details offer ${cancelled.join(', ')}, which cancelled the subscription: the page says cancelling goes through support`,
      );
    // Only a request the flow got to submit can be missing: one that failed earlier saw nothing of the backend.
    if (!facts.observed.get('cancel.submit')) return unseen('submitting the support request');
    const request = account.supportRequests.find((r) => r.problemType === 'billing-invoice-payment');
    return request
      ? pass(`no self-service cancel; support request ${request.number} opened`)
      : fail('the support request was not created');
  },
  'next-steps-activate': link,
  'related-add-users': link,
};

/** The page's link text must lead the product's link (which may add that it opens another website), to the same target. */
function link(facts: Facts, { rule, sentence }: RuleContext): Verdict {
  const details = facts.observed.get('turn-off.open-subscription');
  if (!details) return unseen('the subscription details');
  const found = nodesOf(details).find((n) => n.role === 'link' && !!n.name?.startsWith(sentence));
  if (!found) return fail(`no link "${sentence}" on the subscription details`);
  const href = rule.figures['href'];
  if (typeof href === 'string' && !(found.url !== undefined && sameTarget(href, found.url)))
    return fail(`link "${found.name ?? ''}" leads to ${found.url ?? 'no address'}; the page links ${href}`);
  return pass(`link "${found.name ?? ''}"`);
}

import type { RuleCheck as EngineRuleCheck, RuleContext, Verdict } from '../../checker/binding';
import type { Observation } from '../../checker/read/observation';
import type { BenefitsFacts } from './facts';
import { containerOf, subtreeOf, type AriaNode } from '../../checker/read/aria';
import { benefitsPatterns, type RuleId } from './patterns';
import { benefitsProbes } from './probes';
import { ruleReader } from '../../checker/parser';

type RuleCheck = EngineRuleCheck<BenefitsFacts>;

const reader = ruleReader<RuleId>(benefitsPatterns);
/** The figures one sentence states for rule `id`, read in `locale`. */
const stated = (sentence: string, locale: string, id: RuleId) =>
  reader.match(sentence, locale).find((m) => m.id === id)?.figures ?? {};

const pass = (message: string): Verdict => ({ status: 'ok', message });
const fail = (message: string): Verdict => ({ status: 'drift', message });
const unseen = (what: string): Verdict => ({
  status: 'unverified',
  message: `not observed: ${what} (the flow or screen that shows it did not complete)`,
});

const SOFTWARE = 'manage-software-benefits';
const TECHNICAL = 'manage-technical-benefits';
const GO_TO_MARKET = 'manage-go-to-market-offers';

/** The controls a step pressed or chose in, each with its name. */
const pressed = (obs: Observation | undefined): AriaNode[] => (obs?.acted ?? []).filter((n) => !!n.name);

/** The steps where a global admin assigned, each pressing controls a user admin must not be offered. */
const ASSIGNING_STEPS = ['software.get-keys', 'visual-studio.assign-user', 'technical.assign-user'];

/** Whether a benefit's details are open in the tab panel (the page has other regions: cancelling a benefit). */
function detailsShown(nodes: readonly AriaNode[]): boolean {
  const panel = nodes.findIndex((n) => n.role === 'tabpanel');
  return panel >= 0 && subtreeOf(nodes, panel).some((n) => n.role === 'region');
}

/** The page's name for the role that assigns, as its sentence words it ("the global admin", "글로벌 관리자"). */
const ROLE_IN_SENTENCE: Record<string, RegExp> = { en: /\b(global admin)\b/i, ko: /(글로벌 관리자)/ };
const roleOf = (ctx: RuleContext) => ROLE_IN_SENTENCE[ctx.locale.split('-')[0] ?? '']?.exec(ctx.sentence)?.[1];

export const benefitsRules: Record<RuleId, RuleCheck> = {
  // A global admin assigns (the flows did, as one); a user admin's look at each screen they pressed controls on
  // offers none of them. A control pressed on a screen no probe showed a user admin is not checked.
  'global-admin-assigns': (facts) => {
    const looks = ASSIGNING_STEPS.map((step) => ({ step, controls: pressed(facts.observed.get(step)) })).filter(
      (l) => l.controls.length > 0,
    );
    if (looks.length === 0) return unseen('a global admin assigning a benefit');
    const offered: string[] = [];
    const unlooked: string[] = [];
    for (const { step, controls } of looks) {
      const probe = benefitsProbes.find((p) => p.shows.includes(step));
      const seen = probe && facts.probes.get(probe.id);
      // Without a benefit's details open in the tab, the screen could not show what the global admin pressed in them.
      if (!probe || !seen || !detailsShown(seen.nodes)) {
        unlooked.push(...controls.map((c) => `**${c.name ?? ''}** (${step})`));
        continue;
      }
      for (const n of seen.nodes)
        if (controls.some((c) => c.role === n.role && c.name === n.name))
          offered.push(`**${n.name ?? ''}** on ${probe.path}`);
    }
    const selected = looks.flatMap((l) => l.controls.map((c) => `**${c.name ?? ''}**`)).join(', ');
    if (offered.length > 0) return fail(`a user admin is offered ${offered.join(', ')}, as a global admin is`);
    if (unlooked.length > 0) return unseen(`the screens of ${unlooked.join(', ')} as a user admin`);
    return pass(`a global admin selected ${selected}; a user admin is offered none of them`);
  },
  // The instructions on the Benefits page: a user admin reads how to become the role the sentence names, in a list
  // within the part of the screen that names it (not the benefit rows after it).
  'become-global-admin': (facts, ctx) => {
    const probe = facts.probes.get('non-admin-benefits');
    if (!probe) return unseen('the Benefits page as a user admin');
    const role = roleOf(ctx);
    if (!role) return fail(`the sentence names no role to become: "${ctx.sentence}"`);
    const at = probe.nodes.findIndex((n) => (n.name ?? n.text ?? '').toLowerCase().includes(role.toLowerCase()));
    if (at < 0) return fail(`a user admin's Benefits page does not mention becoming a ${role}`);
    const steps = containerOf(probe.nodes, at).filter((n) => n.role === 'listitem');
    return steps.length > 0
      ? pass(`a user admin's Benefits page says how to become a ${role}, in ${steps.length} steps`)
      : fail(`a user admin's Benefits page names the ${role} but gives no instructions with it`);
  },
  'refund-window': (facts, { rule, locale, sentence }) => {
    const refund = facts.kept.get(SOFTWARE)?.refund;
    if (!refund) return unseen('cancellations with a refund after the software flow');
    // The days as the checked language's sentence states them: a translation may say otherwise than its source.
    const days = stated(sentence, locale, 'refund-window')['days'] ?? rule.figures['days'];
    if (typeof days !== 'number') return fail('the sentence states no number of days');
    if (refund.lastDayGranted !== days)
      return fail(
        refund.lastDayGranted < 0
          ? 'the product grants no refund at all, not even on the day of purchase'
          : `the product grants a refund up to day ${refund.lastDayGranted} after purchase; the page says within ${days} days`,
      );
    const { status, code } = refund.afterSoftwareActivated;
    return status === 422
      ? pass(
          `granted up to day ${days}, refused from day ${days + 1}, and refused once software keys are out (${code ?? ''})`,
        )
      : fail(`once Get keys activated the software benefits, a refund request was answered ${status}, not refused`);
  },
  'contact-email-differs': (facts, ctx) => {
    const anchor = ctx.flow === GO_TO_MARKET ? GO_TO_MARKET : TECHNICAL;
    const answer = facts.kept.get(anchor)?.sameEmail;
    if (!answer) return unseen(`an email address given as the user's own (${anchor})`);
    return answer.status === 422
      ? pass(`the product refuses the user's own account email (${answer.code ?? '422'}) and took a different one`)
      : fail(`the product accepted the user's own account email (${answer.status})`);
  },
  // "It can take several days": pending at first, active only days later, with the date it expires.
  'go-to-market-activation-days': (facts, { labels }) => {
    const kept = facts.kept.get(GO_TO_MARKET);
    const days = kept?.activation;
    if (!days?.length || !facts.observed.get('go-to-market.activate'))
      return unseen('an offer activated and the days after');
    const first = days[0];
    const active = days.find((d) => d.status === 'active');
    if (first?.status !== 'pending')
      return fail(`right after Activate the offer is ${first?.status ?? 'gone'}, not pending`);
    const pending = labels.benefits.statuses.pending;
    if (kept?.statusShown !== pending)
      return fail(
        `after Activate the offers table shows the offer as ${kept?.statusShown ?? 'nothing'}, not ${pending}`,
      );
    if (!active)
      return fail(`the offer is still ${days.at(-1)?.status ?? ''} ${days.at(-1)?.day ?? 0} days after Activate`);
    if (active.day < 2) return fail(`the offer is active ${active.day} day(s) after Activate: not several days`);
    return active.expiresOn
      ? pass(`${pending}, then active ${active.day} days after Activate, expiring ${active.expiresOn}`)
      : fail(`active ${active.day} days after Activate, but with no expiry date`);
  },
};

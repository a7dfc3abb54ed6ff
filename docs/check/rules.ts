import type { Catalog } from '../../pages';
import { matchRules, type Rule, type RuleId } from '../parser';
import type { AriaNode } from './aria';
import { observed, type Facts } from './facts';

export interface Verdict {
  status: 'ok' | 'drift' | 'unverified';
  message: string;
}

interface RuleCheck {
  /**
   * The sentence as it read when the rule was last confirmed against the product, per language. When the
   * page's sentence changes, the rule is drift until a writer re-confirms it, even if the product did not change.
   */
  pinned: Record<string, string>;
  verify: (facts: Facts, ctx: { labels: Catalog; rule: Rule; locale: string; today: string }) => Verdict;
}

const pass = (message: string): Verdict => ({ status: 'ok', message });
const fail = (message: string): Verdict => ({ status: 'drift', message });
// The flow that shows it failed, which is reported as drift at its step; the rule itself could not be seen.
const unseen = (what: string): Verdict => ({ status: 'unverified', message: `not observed: ${what} (the flow that shows it did not complete)` });

/** The purchase date's month and day next year; a 29 February purchase renews on the last day of February. */
function sameDateNextYear(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const has = (nodes: readonly AriaNode[] | undefined, test: (n: AriaNode) => boolean) => (nodes ?? []).some(test);
const numbers = (figures: Record<string, unknown>) =>
  Object.values(figures).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);

/** A benefit is verified by its figures: the product's sentence must state the same numbers the page does. */
function benefit(pinned: Record<string, string>): RuleCheck {
  return {
    pinned,
    verify: (facts, { rule, locale }) => {
      const items = (observed(facts, 'subscribe', 1)?.nodes ?? []).filter((n) => n.role === 'listitem' && n.text).map((n) => n.text ?? '');
      if (items.length === 0) return unseen('the Action Pack benefits on Offers');
      const documented = rule.sentence[locale] ?? '';
      if (items.includes(documented)) return pass('the product shows the sentence as documented');
      const want = JSON.stringify(numbers(rule.figures));
      const match = items.find((item) => matchRules(item, locale).some((m) => m.id === rule.id && JSON.stringify(numbers(m.figures)) === want));
      return match
        ? pass(`same figures ${want}, other wording: the screen says "${match}"`)
        : fail(`no benefit on Offers states the documented figures ${want}; the screen lists: ${items.map((i) => `"${i}"`).join(', ')}`);
    },
  };
}

export const ruleChecks: Record<RuleId, RuleCheck> = {
  'membership-options': {
    pinned: {
      'en-US': "Microsoft's partner program offers the following three membership options, with incremental benefits and marketing resources, offers, and programs to help you achieve your business goals.", 'ko-KR': "Microsoft의 파트너 프로그램은 비즈니스 목표를 달성 하는 데 도움이 되는 증분 이점과 마케팅 리소스, 제품 및 프로그램을 사용 하 여 다음과 같은 세 가지 멤버 자격 옵션을 제공 합니다.",
    },
    verify: (facts, { labels, rule }) => {
      const nodes = facts.membership?.nodes;
      if (!nodes) return unseen('the membership overview');
      const options = nodes.filter((n) => n.role === 'heading' && n.name && n.attrs?.includes('level=2')).length;
      const levels = (rule.figures.competencyLevels as string[] | undefined)?.length ?? 0;
      const shown = [labels.membership.silver, labels.membership.gold].filter((level) => has(nodes, (n) => n.role === 'listitem' && n.text === level)).length;
      return options === rule.figures.options && shown === levels
        ? pass(`${options} membership options, ${levels} competency levels`)
        : fail(`the overview shows ${options} membership options and ${shown} competency levels; the page says ${String(rule.figures.options)} and ${levels}`);
    },
  },
  'network-member-required': {
    pinned: { 'en-US': 'You must be a network member to upgrade your membership.', 'ko-KR': "멤버십을 업그레이드하려면 네트워크 회원이어야 합니다." },
    verify: (facts, { labels, rule, locale }) => {
      const offers = facts.nonMemberOffers;
      if (!offers) return unseen('Offers for a partner who is not a network member');
      const blocked = has(offers.nodes, (n) => n.role === 'button' && n.name === labels.offers.subscribeNow && !!n.attrs?.includes('disabled'));
      const said = offers.text.includes(rule.sentence[locale] ?? '\u0000');
      if (!blocked) return fail(`a non-member can still select ${labels.offers.subscribeNow}`);
      return said ? pass('a non-member sees the sentence and cannot subscribe') : fail(`a non-member cannot subscribe, but the screen does not say "${rule.sentence[locale]}"`);
    },
  },
  'benefit-developer-tools': benefit({
    'en-US': 'Use world-class developer tools to create applications and solutions for your customers on iOS, Android, Linux, and Windows', 'ko-KR': "iOS, Android, Linux 및 Windows에서 고객을 위한 응용 프로그램 및 솔루션을 만들 수 있는 세계적 수준의 개발자 도구 사용",
  }),
  'benefit-licenses': benefit({
    'en-US': 'Get ten Windows 10 Enterprise (upgrade) licenses, three Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account', 'ko-KR': "Windows 10 Enterprise(업그레이드) 라이선스 10개, Visual Studio Professional 라이선스 3개, 무료 Visual Studio Team Services 계정 제공",
  }),
  'benefit-seats': benefit({
    'en-US': 'Get up to ten Office 365 (E3) seats, plus five seats of Enterprise Mobility Suite and Microsoft Dynamics CRM Online Professional', 'ko-KR': "Office 365(E3) 실제 사용자 수 최대 10명과 Enterprise Mobility Suite 및 Microsoft Dynamics CRM Online Professional 실제 사용자 수 5명 제공",
  }),
  'benefit-azure-credit': benefit({ 'en-US': 'Receive US$100 of Microsoft Azure credits every month', 'ko-KR': "매달 미화 100달러의 Microsoft Azure 크레딧 제공" }),
  'external-link-notice': {
    pinned: { 'en-US': 'Following this link will take you to another website.', 'ko-KR': "이 링크를 따라 이동 하면 다른 웹 사이트로 이동 합니다." },
    verify: (facts, { labels }) => {
      const nodes = observed(facts, 'subscribe', 1)?.nodes;
      if (!nodes) return unseen('the Action Pack offer');
      return has(nodes, (n) => n.role === 'link' && !!n.name?.endsWith(labels.app.externalHint))
        ? pass(`the Action Pack link says ${labels.app.externalHint}`)
        : fail('the Action Pack information link does not say that it leaves Partner Center');
    },
  },
  'charged-immediately': {
    pinned: { 'en-US': 'Your credit card will be charged immediately.', 'ko-KR': "즉시 신용 카드로 청구됩니다." },
    verify: (facts, { rule, locale, today }) => {
      const review = observed(facts, 'subscribe', 6);
      const store = facts.stores.get('subscribe');
      if (!review || !store) return unseen('the order review');
      const charges = store.charges.all();
      if (charges.length !== 1 || charges[0]?.chargedOn !== today) return fail(`Buy on ${today} made ${charges.length} charge(s), on ${charges.map((c) => c.chargedOn).join(', ') || 'no date'}`);
      return review.text.some((t) => t.includes(rule.sentence[locale] ?? '\u0000'))
        ? pass('the review says so and Buy charged the card at once')
        : fail(`Buy charged the card at once, but the review does not say "${rule.sentence[locale]}"`);
    },
  },
  'renews-yearly-on-purchase-date': {
    pinned: { 'en-US': 'Your Action Pack subscription will renew automatically each year on this date.', 'ko-KR': "매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다." },
    verify: (facts, { locale, today }) => {
      const s = facts.stores.get('subscribe')?.activeSubscription();
      const confirmation = observed(facts, 'subscribe', 7);
      if (!s || !confirmation) return unseen('a purchase and its confirmation');
      const want = sameDateNextYear(today);
      const shown = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${want}T00:00:00Z`));
      if (!s.autoRenew || s.renewalDate !== want) return fail(`bought ${today}, renews ${s.renewalDate} (automatic: ${s.autoRenew}); expected ${want}`);
      return confirmation.text.some((t) => t.includes(shown))
        ? pass(`bought ${today}; the confirmation says it renews automatically on ${shown}`)
        : fail(`bought ${today}, renews ${want}, but the confirmation does not show ${shown}`);
    },
  },
  'auto-renew-off-anytime': {
    pinned: {
      'en-US': "You can turn off automatic renewal at any time from your purchased offers list; however, you won't be able to turn automatic subscription renewal back on until you renew your subscription again.", 'ko-KR': "언제든지 구입한 제품 목록에서 자동 갱신을 끌 수 있지만, 구독을 다시 갱신할 때까지는 자동 구독 갱신을 다시 켤 수 없습니다.",
    },
    verify: (facts) => {
      const s = facts.stores.get('turnOff')?.activeSubscription();
      if (!s || !observed(facts, 'turnOff', 3)) return unseen('turning off automatic renewal');
      return s.autoRenew ? fail('automatic renewal is still on after Turn off automatic renewal') : pass('turned off from the purchased offers');
    },
  },
  'auto-renew-not-back-on-until-renewal': {
    pinned: {
      'en-US': "You can turn off automatic renewal at any time from your purchased offers list; however, you won't be able to turn automatic subscription renewal back on until you renew your subscription again.", 'ko-KR': "언제든지 구입한 제품 목록에서 자동 갱신을 끌 수 있지만, 구독을 다시 갱신할 때까지는 자동 구독 갱신을 다시 켤 수 없습니다.",
    },
    verify: (facts) => {
      const after = observed(facts, 'turnOff', 3);
      if (!after || facts.turnBackOnStatus === undefined) return unseen('the subscription after automatic renewal was turned off');
      const control = after.nodes.find((n) => n.role === 'switch' || n.role === 'checkbox');
      if (control) return fail(`the details offer a ${control.role} "${control.name ?? ''}" after renewal was turned off`);
      if (facts.turnBackOnStatus !== 409) return fail(`the backend answered ${facts.turnBackOnStatus} to turning renewal back on; expected a refusal (409)`);
      const renewed = facts.stores.get('renew')?.activeSubscription();
      if (!renewed?.autoRenew) return fail('renewing did not turn automatic renewal back on');
      return pass('no control to turn it back on, the backend refuses (409), and renewing turns it on again');
    },
  },
  'renewal-reminder': {
    pinned: { 'en-US': "We'll remind you to renew before your subscription expires.", 'ko-KR': "구독이 만료되기 전에 갱신하라고 알려드립니다." },
    verify: (facts) => {
      const offers = observed(facts, 'renew', 1);
      if (!offers) return unseen('Purchased offers close to expiry');
      return has(offers.nodes, (n) => n.role === 'note') ? pass('Purchased offers remind the partner 20 days before expiry') : fail('no reminder 20 days before expiry with automatic renewal off');
    },
  },
  'cancel-through-support': {
    pinned: { 'en-US': 'To cancel your Microsoft Action Pack subscription, you must contact Partner Center Support.', 'ko-KR': "Microsoft Action Pack 구독을 취소하려면 파트너 센터 지원에 문의해야 합니다." },
    verify: (facts, { labels }) => {
      const details = observed(facts, 'turnOff', 2);
      const store = facts.stores.get('cancel');
      if (!details || !store) return unseen('the subscription details and the support request');
      const cancel = details.nodes.find((n) => n.role === 'button' && n.name?.toLowerCase().includes(labels.app.cancel.toLowerCase()));
      if (cancel) return fail(`the subscription details offer "${cancel.name ?? ''}": the page says cancelling goes through support`);
      const request = store.supportRequests.all().find((r) => r.problemType === 'billing-invoice-payment');
      return request ? pass(`no self-service cancel; support request ${request.number} opened`) : fail('the support request was not created');
    },
  },
  'next-steps-activate': link({ 'en-US': 'Activate your Action Pack subscription', 'ko-KR': "Action Pack 구독 활성화" }),
  'related-add-users': link({ 'en-US': 'Add users and assign permissions to them', 'ko-KR': "사용자 추가 및 권한 할당" }),
};

/** The page's link text must lead the product's link (which may add that it opens another website). */
function link(pinned: Record<string, string>): RuleCheck {
  return {
    pinned,
    verify: (facts, { rule, locale }) => {
      const details = observed(facts, 'turnOff', 2);
      if (!details) return unseen('the subscription details');
      const text = rule.sentence[locale] ?? '\u0000';
      const found = details.nodes.find((n) => n.role === 'link' && !!n.name?.startsWith(text));
      return found ? pass(`link "${found.name ?? ''}"`) : fail(`no link "${text}" on the subscription details`);
    },
  };
}

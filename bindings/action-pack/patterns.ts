import { toNumber, type Figures, type FollowingItem, type RuleBook, type RulePattern } from '../../checker/parser';

/** One pattern that matches where any of `patterns` does (written apart, each stays readable); their flags are the first's. */
const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'), patterns[0]?.flags);

// Sino-Korean numerals, as they come before 년 ("삼 년마다" = every three years): the parser's are native counting words.
const SINO_KOREAN: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9, 십: 10 };

/**
 * The years between renewals a sentence states: one for "each year" (no count given), the count of "every two
 * years"; none for a count this reads no number in ("every few years"), which the rule then cannot check.
 */
function yearsBetweenRenewals(count: string | undefined): Figures {
  if (count === undefined) return { renewalIntervalYears: 1 };
  const years = toNumber(count) ?? SINO_KOREAN[count];
  return years === undefined ? {} : { renewalIntervalYears: years };
}

/** The rules "Upgrade your Microsoft Partner Network membership" states, each checked by rules.ts. */
export const RULE_IDS = [
  'membership-options',
  'network-member-required',
  'benefit-developer-tools',
  'benefit-licenses',
  'benefit-seats',
  'benefit-azure-credit',
  'charged-immediately',
  'renews-yearly-on-purchase-date',
  'auto-renew-off-anytime',
  'auto-renew-not-back-on-until-renewal',
  'renewal-reminder',
  'cancel-through-support',
  'external-link-notice',
  'next-steps-activate',
  'related-add-users',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

type Pattern = RulePattern<RuleId>;

/** How the page names membership tiers and competency levels, for the membership-options rule. */
interface TierWords {
  tiers: [RegExp, string][];
  levels: [RegExp, string][];
}

function count(sentence: string, re: RegExp): number | undefined {
  return toNumber(re.exec(sentence)?.[1]);
}

function pick(entries: [string, number | undefined][]): Figures {
  const out: Figures = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

const PLATFORMS = ['iOS', 'Android', 'Linux', 'Windows', 'macOS'];
function target(_: string, links: readonly string[]): Figures {
  return links[0] === undefined ? {} : { href: links[0] };
}

function platforms(sentence: string): Figures {
  const found = PLATFORMS.filter((p) => new RegExp(`\\b${p}\\b`).test(sentence));
  return found.length ? { platforms: found } : {};
}

const EN: Pattern[] = [
  {
    id: 'membership-options',
    test: /offers the following (\w+) membership options/i,
    figures: (s) => pick([['options', count(s, /following (\w+) membership options/i)]]),
  },
  {
    id: 'network-member-required',
    test: /must be a network member to upgrade/i,
    contradicts: {
      test: /\b(?:do(?:n['’]t| not) (?:need|have) to be|need not be) a network member\b|\b(?:any|every) partner can upgrade\b/i,
    },
  },
  { id: 'benefit-developer-tools', test: /developer tools/i, figures: platforms },
  {
    id: 'benefit-licenses',
    test: /Windows 10 Enterprise\b.*licenses/i,
    figures: (s) =>
      pick([
        ['windowsLicenses', count(s, /(\w+) Windows 10 Enterprise\b[^,]*licenses/i)],
        ['visualStudioLicenses', count(s, /(\w+) Visual Studio Professional licenses/i)],
        ['visualStudioTeamServicesAccounts', count(s, /\b(a|an|one|\d+) no-cost Visual Studio Team Services account/i)],
      ]),
  },
  {
    id: 'benefit-seats',
    test: /Office 365 \(E3\) seats/i,
    figures: (s) => {
      const suites = count(s, /(\w+) seats of Enterprise Mobility Suite/i);
      return pick([
        ['office365Seats', count(s, /up to (\w+) Office 365 \(E3\) seats/i)],
        ['emsSeats', suites],
        ['crmSeats', /seats of [^.]*Dynamics CRM/i.test(s) ? suites : undefined],
      ]);
    },
  },
  {
    id: 'benefit-azure-credit',
    test: /Azure credits?\b.*\bevery month/i,
    figures: (s) => pick([['azureCreditUsdPerMonth', count(s, /US\$\s?([\d,]+)/)]]),
  },
  {
    id: 'charged-immediately',
    test: /will be charged immediately/i,
    contradicts: {
      test: /\b(?:will not|won['’]t) be charged (?:immediately|until|before)\b|\bwill be charged (?:later|at the end|when|after|on the renewal date)\b/i,
    },
  },
  {
    id: 'renews-yearly-on-purchase-date',
    // The interval is read, so "every two years" is the rule stated otherwise (drift against the product), not dropped.
    test: /renew automatically (?:each|every) (?:year|(?:\w+) years) on this date/i,
    figures: (sentence) => yearsBetweenRenewals(/automatically (?:each|every) (\w+) years/i.exec(sentence)?.[1]),
    contradicts: {
      test: /\b(?:will not|won['’]t|does not|doesn['’]t) renew automatically\b|\brenews? automatically (?:each|every) month\b/i,
    },
  },
  {
    id: 'auto-renew-off-anytime',
    test: /turn off automatic renewal at any time/i,
    contradicts: {
      test: anyOf(
        /\b(?:can(?:no|['’])t|cannot|won['’]t be able to|are(?: not|n['’]t) able to) turn off automatic (?:subscription )?renewal\b/i,
        /\bautomatic (?:subscription )?renewal can(?:no|['’])?t be turned off\b/i,
      ),
    },
  },
  {
    id: 'auto-renew-not-back-on-until-renewal',
    test: /won['’]t be able to turn .{0,40}back on until you renew/i,
    contradicts: {
      test: anyOf(
        /\bcan (?:always |still |easily )?(?:turn|switch) (?:it|automatic (?:subscription )?renewal|(?:subscription )?renewal) (?:back on|on again)\b/i,
        /\b(?:it|automatic (?:subscription )?renewal) can be (?:turned|switched) (?:back on|on again)\b/i,
      ),
      unless: /\b(?:until|only|after|once|when|by) (?:you )?renew/i,
    },
  },
  {
    id: 'renewal-reminder',
    test: /remind you to renew before your subscription expires/i,
    contradicts: { test: /\b(?:will not|won['’]t|do(?:es)? not|don['’]t) remind you\b/i },
  },
  {
    id: 'cancel-through-support',
    test: /to cancel your .*subscription, you must contact Partner Center Support/i,
    contradicts: {
      test: anyOf(
        /\byou can cancel your (?:Microsoft )?(?:Action Pack )?subscription (?:yourself|at any time|from|in|on|by selecting)\b/i,
        /\byou (?:don['’]t|do not) (?:need|have) to contact (?:Partner Center )?Support\b/i,
      ),
    },
  },
  { id: 'external-link-notice', test: /this link will take you to another website/i },
  { id: 'next-steps-activate', test: /^activate your Action Pack subscription\b/i, figures: target },
  { id: 'related-add-users', test: /^add users and assign permissions/i, figures: target },
];

// Korean wording of the vendored ko-KR page (machine translation, handoff 2020-03-30). Patterns key on
// the fixed phrases of that translation; a retranslated page may need this table updated.
const KO: Pattern[] = [
  {
    id: 'membership-options',
    test: /(\S+) 가지 멤버 ?자격 옵션/,
    figures: (s) => pick([['options', count(s, /(\S+) 가지 멤버 ?자격 옵션/)]]),
  },
  {
    id: 'network-member-required',
    test: /네트워크 회원이어야/,
    contradicts: { test: /네트워크 (?:회원|구성원)이 아니어도|네트워크 (?:회원|구성원)일 필요(?:는|가)? 없/ },
  },
  { id: 'benefit-developer-tools', test: /개발자 도구/, figures: platforms },
  {
    id: 'benefit-licenses',
    test: /Windows 10 Enterprise.*라이선스/,
    figures: (s) =>
      pick([
        ['windowsLicenses', count(s, /Windows 10 Enterprise[^,]*?라이선스 (\d+)개/)],
        ['visualStudioLicenses', count(s, /Visual Studio Professional 라이선스 (\d+)개/)],
        ['visualStudioTeamServicesAccounts', /무료 Visual Studio Team Services 계정/.test(s) ? 1 : undefined],
      ]),
  },
  {
    id: 'benefit-seats',
    test: /Office 365 ?\(E3\) 실제 사용자 수/,
    figures: (s) => {
      const suites = count(s, /Enterprise Mobility Suite[^,]*?실제 사용자 수 (\d+)명/);
      return pick([
        ['office365Seats', count(s, /Office 365 ?\(E3\) 실제 사용자 수 최대 (\d+)명/)],
        ['emsSeats', suites],
        ['crmSeats', /Dynamics CRM[^,]*?실제 사용자 수/.test(s) ? suites : undefined],
      ]);
    },
  },
  {
    id: 'benefit-azure-credit',
    test: /매달 .*Azure 크레딧/,
    figures: (s) => pick([['azureCreditUsdPerMonth', count(s, /미화 ([\d,]+)달러/)]]),
  },
  {
    id: 'charged-immediately',
    test: /즉시 신용 ?카드로 청구/,
    contradicts: { test: /청구되지 않|(?:끝날 때|나중에|갱신일에|만료될 때|만료 시) 청구/ },
  },
  {
    id: 'renews-yearly-on-purchase-date',
    test: /(?:매년|(?:\d+|[가-힣]+)\s*년마다) 이 날짜에 .*자동으로 갱신/,
    figures: (sentence) => yearsBetweenRenewals(/(\d+|[가-힣]+)\s*년마다 이 날짜에/.exec(sentence)?.[1]),
    contradicts: { test: /자동으로 갱신되지 않|매(?:월|달) .*자동으로 갱신/ },
  },
  {
    id: 'auto-renew-off-anytime',
    test: /언제든지 .*자동 갱신을 끌 수/,
    contradicts: { test: /자동 (?:구독 )?갱신을 끌 수 없/ },
  },
  {
    id: 'auto-renew-not-back-on-until-renewal',
    test: /다시 갱신할 때까지.*켤 수 없/,
    contradicts: { test: /다시 (?:켤|켜실) 수 있/, unless: /갱신(?:해야|한 (?:후|뒤|다음)|하면|할 때까지|하여야)/ },
  },
  {
    id: 'renewal-reminder',
    test: /만료되기 전에 갱신하라고 알려/,
    contradicts: { test: /알려 ?(?:드리|주)지 않|알리지 않/ },
  },
  {
    id: 'cancel-through-support',
    test: /구독을 취소하려면 .*지원에 문의/,
    contradicts: { test: /직접 .*취소할 수 있|지원에 문의(?:하지 않아도|할 필요(?:가|는)? 없)/ },
  },
  { id: 'external-link-notice', test: /다른 웹 ?사이트로 이동/ },
  { id: 'next-steps-activate', test: /^Action Pack 구독 활성화/, figures: target },
  { id: 'related-add-users', test: /^사용자 추가 및 권한 할당/, figures: target },
];

const EN_TIERS: TierWords = {
  tiers: [
    [/action pack/i, 'action-pack'],
    [/\bnetwork membership/i, 'network'],
    [/competenc/i, 'competencies'],
  ],
  levels: [
    [/\bsilver competency/i, 'silver'],
    [/\bgold competency/i, 'gold'],
  ],
};

const KO_TIERS: TierWords = {
  tiers: [
    [/Action Pack/i, 'action-pack'],
    [/네트워크/, 'network'],
    [/역량/, 'competencies'],
  ],
  levels: [
    [/실버 역량/, 'silver'],
    [/골드 역량/, 'gold'],
  ],
};

function firstMatch(words: [RegExp, string][], text: string | undefined): string | undefined {
  return text === undefined ? undefined : words.find(([re]) => re.test(text))?.[1];
}

/**
 * The options sentence only says "three"; which three is the bulleted list after it, whose bold lead-ins name the
 * tiers and whose nested bullets name the competency levels.
 */
const membershipTiers =
  (words: TierWords) =>
  (items: readonly FollowingItem[]): Figures => {
    const tiers: string[] = [];
    const levels: string[] = [];
    for (const item of items) {
      const tier = item.depth === 1 ? firstMatch(words.tiers, item.label) : undefined;
      const level = item.depth === 2 ? firstMatch(words.levels, item.text) : undefined;
      if (tier && !tiers.includes(tier)) tiers.push(tier);
      if (level && !levels.includes(level)) levels.push(level);
    }
    const out: Figures = {};
    if (tiers.length) out['tiers'] = tiers;
    if (levels.length) out['competencyLevels'] = levels;
    return out;
  };

const withTiers = (patterns: Pattern[], words: TierWords): Pattern[] =>
  patterns.map((p) => (p.id === 'membership-options' ? { ...p, following: membershipTiers(words) } : p));

/** The page's rules in English and in Korean. */
export const actionPackPatterns: RuleBook<RuleId> = {
  en: withTiers(EN, EN_TIERS),
  ko: withTiers(KO, KO_TIERS),
};

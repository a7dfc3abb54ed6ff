import { toNumber, type Figures, type RuleBook, type RulePattern } from '../../checker/parser';
import type { PositionBook } from '../../checker/read/positions';

/** The rules "Manage your Microsoft Partner Network membership benefits" states, each checked by rules.ts. */
export const RULE_IDS = [
  'global-admin-assigns',
  'become-global-admin',
  'refund-window',
  'contact-email-differs',
  'go-to-market-activation-days',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

type Pattern = RulePattern<RuleId>;

const days =
  (re: RegExp) =>
  (sentence: string): Figures => {
    const n = toNumber(re.exec(sentence)?.[1]);
    return n === undefined ? {} : { days: n };
  };

const EN: Pattern[] = [
  {
    id: 'global-admin-assigns',
    test: /need to be the global admin to assign benefits/i,
    contradicts: {
      test: /\b(?:any|every) (?:user|role) can assign benefits\b|\bdo(?:n['’]t| not) (?:need|have) to be (?:a|the) global admin to assign\b/i,
    },
  },
  { id: 'become-global-admin', test: /become a global admin by following the instructions/i },
  {
    id: 'refund-window',
    test: /receive a refund, you must make the request within (\w+) days of purchase and not have activated the software benefits/i,
    figures: days(/within (\w+) days of purchase/i),
  },
  {
    id: 'contact-email-differs',
    test: /email address for the user that['’]s different from the email address associated with your company['’]s Partner Center account/i,
  },
  {
    id: 'go-to-market-activation-days',
    test: /can take several days to .*activate a Go-To-Market offer/i,
  },
];

// Korean wording of the vendored ko-KR page (machine translation, handoff 2020-03-30).
const KO: Pattern[] = [
  {
    id: 'global-admin-assigns',
    test: /혜택을 할당하기 위해서는 반드시 글로벌 관리자여야/,
    contradicts: { test: /글로벌 관리자가 아니어도 .*할당할 수 있/ },
  },
  { id: 'become-global-admin', test: /지침에 따라 글로벌 관리자가 될 수/ },
  {
    id: 'refund-window',
    test: /환불을 받으려면 구매 (\d+)일 내에 요청을 하고 소프트웨어 혜택을 활성화하지 않아야/,
    figures: days(/구매 (\d+)일 내에/),
  },
  { id: 'contact-email-differs', test: /계정과 연결된 이메일 주소와 다른 사용자 이메일 주소를 입력/ },
  { id: 'go-to-market-activation-days', test: /시장 진출 제품을 활성화하는 데 며칠이 걸릴 수/ },
];

/** The page's rules in English and in Korean. */
export const benefitsPatterns: RuleBook<RuleId> = { en: EN, ko: KO };

/** "The down arrow at the far right of the row": the control that expands a row, at the row's right edge. */
export const benefitsPositions: PositionBook = {
  en: [{ test: /the down arrow at the far right of the row/i, where: { edge: 'right', within: 'row' } }],
  ko: [{ test: /행의 맨 오른쪽에 있는 아래쪽 화살표/, where: { edge: 'right', within: 'row' } }],
};

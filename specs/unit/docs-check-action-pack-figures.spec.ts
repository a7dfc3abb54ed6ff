import { expect, test } from '@playwright/test';
import { newActionPackFacts } from '../../bindings/action-pack/facts';
import { actionPackRules } from '../../bindings/action-pack/rules';
import type { RuleContext } from '../../checker/binding';
import type { Figures } from '../../checker/parser';
import { matchRules } from '../../bindings/action-pack/parse';
import { parseAriaSnapshot } from '../../checker/read/aria';
import { catalogFor } from '../../pages';

// The page's benefits in English, each with the figures the parser reads from it (the rule's own figures).
const PAGE = {
  tools: {
    en: 'Use world-class developer tools to create applications and solutions for your customers on iOS, Android, Linux, and Windows',
    figures: { platforms: ['iOS', 'Android', 'Linux', 'Windows'] },
  },
  licenses: {
    en: 'Get ten Windows 10 Enterprise (upgrade) licenses, three Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account',
    figures: { windowsLicenses: 10, visualStudioLicenses: 3, visualStudioTeamServicesAccounts: 1 },
  },
  azure: {
    en: 'Receive US$100 of Microsoft Azure credits every month',
    ko: '매달 미화 100달러의 Microsoft Azure 크레딧 제공',
    figures: { azureCreditUsdPerMonth: 100 },
  },
};

type RuleId = keyof typeof actionPackRules;

function context(id: RuleId, locale: string, sentence: string, figures: Figures): RuleContext {
  return {
    labels: catalogFor(locale),
    locale,
    sentence,
    today: '2026-03-15',
    rule: { id, line: 1, sentence: {}, figures },
  };
}

/** Offers as the subscribe flow saw it, listing `items` as the Action Pack's benefits. */
function offersListing(...items: string[]) {
  const facts = newActionPackFacts();
  const text = [
    '- main:',
    '  - list "Subscribe to Action Pack to:":',
    ...items.map((i) => `    - listitem: ${i}`),
  ].join('\n');
  facts.observed.set('subscribe.open-offers', {
    captures: [{ nodes: parseAriaSnapshot(text), text, url: '/partnership/offers' }],
    acted: [],
    typed: [],
  });
  return facts;
}

const verdict = (facts: ReturnType<typeof offersListing>, ctx: RuleContext) =>
  actionPackRules[ctx.rule.id as RuleId](facts, ctx);

test.describe('A benefit holds when the product states each of its figures, field by field', () => {
  test('the same figures in other words hold; the page sentence itself holds', () => {
    const reworded =
      'Get 10 Windows 10 Enterprise (upgrade) licenses, 3 Visual Studio Professional licenses, and one no-cost Visual Studio Team Services account';
    const ctx = context('benefit-licenses', 'en-US', PAGE.licenses.en, PAGE.licenses.figures);
    expect(verdict(offersListing(reworded), ctx).status).toBe('ok');
    expect(verdict(offersListing(PAGE.licenses.en), ctx).status).toBe('ok');
  });

  test('ten Windows and three Visual Studio licenses are not three Windows and ten Visual Studio', () => {
    const swapped =
      'Get three Windows 10 Enterprise (upgrade) licenses, ten Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account';
    const ctx = context('benefit-licenses', 'en-US', PAGE.licenses.en, PAGE.licenses.figures);
    expect(verdict(offersListing(swapped), ctx).status).toBe('drift');
  });

  test('developer tools on other platforms drift; the same platforms in another order hold', () => {
    const ctx = context('benefit-developer-tools', 'en-US', PAGE.tools.en, PAGE.tools.figures);
    const macInsteadOfLinux =
      'Use world-class developer tools to create applications and solutions for your customers on iOS, Android, macOS, and Windows';
    expect(verdict(offersListing(macInsteadOfLinux), ctx).status).toBe('drift');
    const reordered = 'Use world-class developer tools for Windows, Linux, Android and iOS';
    expect(verdict(offersListing(reordered), ctx).status).toBe('ok');
  });

  test("a figure the product states otherwise names both, in words, and the product's sentence alone", () => {
    const edited = 'Receive US$150 of Microsoft Azure credits every month';
    const facts = offersListing(PAGE.tools.en, PAGE.azure.en, PAGE.licenses.en);
    expect(verdict(facts, context('benefit-azure-credit', 'en-US', edited, PAGE.azure.figures))).toEqual({
      status: 'drift',
      message: `the page says US$ of Azure credit a month: 150; the screen says "${PAGE.azure.en}"`,
    });
  });

  test('a translation that changes a figure drifts in its own language, though its English source holds', () => {
    const product = PAGE.azure.ko;
    const edited = '매달 미화 50달러의 Microsoft Azure 크레딧 제공';
    expect(
      verdict(offersListing(product), context('benefit-azure-credit', 'ko-KR', edited, PAGE.azure.figures)).status,
    ).toBe('drift');
    // Reworded in Korean with the source's figure: the figures hold.
    const reworded = '매달 미화 100달러 상당의 Microsoft Azure 크레딧을 드립니다';
    expect(
      verdict(offersListing(product), context('benefit-azure-credit', 'ko-KR', reworded, PAGE.azure.figures)).status,
    ).toBe('ok');
  });
});

test('the Korean sentences state the figures under the names the English ones do', () => {
  const ko = (sentence: string) => matchRules(sentence, 'ko-KR').map((m) => [m.id, m.figures]);
  const tools =
    'iOS, Android, Linux 및 Windows에서 고객을 위한 응용 프로그램 및 솔루션을 만들 수 있는 세계적 수준의 개발자 도구 사용';
  expect(ko(tools)).toEqual([['benefit-developer-tools', PAGE.tools.figures]]);
  const licenses =
    'Windows 10 Enterprise(업그레이드) 라이선스 10개, Visual Studio Professional 라이선스 3개, 무료 Visual Studio Team Services 계정 제공';
  expect(ko(licenses)).toEqual([['benefit-licenses', PAGE.licenses.figures]]);
  const seats =
    'Office 365(E3) 실제 사용자 수 최대 10명과 Enterprise Mobility Suite 및 ' +
    'Microsoft Dynamics CRM Online Professional 실제 사용자 수 5명 제공';
  expect(ko(seats)).toEqual([['benefit-seats', { office365Seats: 10, emsSeats: 5, crmSeats: 5 }]]);
  expect(ko(PAGE.azure.ko)).toEqual([['benefit-azure-credit', PAGE.azure.figures]]);
});

/** The membership overview as the product shows it in English: three tiers, two competency levels. */
function overview() {
  const facts = newActionPackFacts();
  const text = [
    '- main:',
    '  - heading "Membership" [level=1]',
    '  - region "Network membership":',
    '    - heading "Network membership" [level=2]',
    '  - region "Microsoft Action Pack subscription membership":',
    '    - heading "Microsoft Action Pack subscription membership" [level=2]',
    '  - region "Microsoft competencies":',
    '    - heading "Microsoft competencies" [level=2]',
    '    - list:',
    '      - listitem: Silver competency - consistent capability, expertise, and commitment',
    '      - listitem: Gold competency - best-in-class capability within a specific Microsoft solution area',
  ].join('\n');
  facts.probes.set('membership', { nodes: parseAriaSnapshot(text), text, url: '/partnership' });
  return facts;
}

test.describe('The membership options hold when the page names the tiers and levels the overview shows', () => {
  const sentence =
    "Microsoft's partner program offers the following three membership options, with incremental benefits.";
  const levels = ['silver', 'gold'];

  test('the three tiers and two levels the overview shows hold', () => {
    const figures = { options: 3, tiers: ['network', 'action-pack', 'competencies'], competencyLevels: levels };
    expect(verdict(overview(), context('membership-options', 'en-US', sentence, figures)).status).toBe('ok');
  });

  test('a page naming another tier in place of one the overview shows drifts, though it counts three', () => {
    // The third item names a tier the patterns do not know: the page names two known tiers of its three.
    const figures = { options: 3, tiers: ['network', 'action-pack'], competencyLevels: levels };
    expect(verdict(overview(), context('membership-options', 'en-US', sentence, figures)).status).toBe('drift');
  });
});

test.describe('A link holds only when it leads to the page the documentation links', () => {
  const sentence = 'Activate your Action Pack subscription';
  const details = () => {
    const facts = newActionPackFacts();
    const text = [
      '- main:',
      '  - link "Activate your Action Pack subscription (opens another website)":',
      '    - /url: https://learn.microsoft.com/partner-center/manage-your-partner-network-benefits',
    ].join('\n');
    facts.observed.set('turn-off.open-subscription', {
      captures: [{ nodes: parseAriaSnapshot(text), text, url: '/partnership/offers/subscriptions/1' }],
      acted: [],
      typed: [],
    });
    return facts;
  };

  test('the same page holds; a link cut to a prefix of its address drifts', () => {
    const ctx = (href: string) => context('next-steps-activate', 'en-US', sentence, { href });
    expect(verdict(details(), ctx('manage-your-partner-network-benefits.md')).status).toBe('ok');
    expect(verdict(details(), ctx('manage-your-partner-network.md')).status).toBe('drift');
    expect(
      verdict(details(), ctx('https://learn.microsoft.com/partner-center/manage-your-partner-network')).status,
    ).toBe('drift');
  });
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { documentedPage } from '../../bindings/documented-page';
import { matchContradictions, matchRules, parseDoc } from '../../bindings/action-pack/parse';

// Each rule the page states, said the other way round in the words a writer might use, in both languages.
const contrary: [string, string, string][] = [
  [
    'auto-renew-not-back-on-until-renewal',
    'en-US',
    'If you turn off automatic subscription renewal, you can turn it back on at any time.',
  ],
  [
    'auto-renew-not-back-on-until-renewal',
    'en-US',
    'Automatic renewal can be turned back on from the subscription details.',
  ],
  ['auto-renew-not-back-on-until-renewal', 'ko-KR', '자동 구독 갱신을 끄더라도 언제든지 다시 켤 수 있습니다.'],
  ['auto-renew-off-anytime', 'en-US', "You can't turn off automatic renewal once the subscription has started."],
  ['auto-renew-off-anytime', 'ko-KR', '구독이 시작된 후에는 자동 갱신을 끌 수 없습니다.'],
  ['charged-immediately', 'en-US', 'Your credit card will be charged at the end of the subscription.'],
  ['charged-immediately', 'en-US', "Your credit card won't be charged until your first invoice."],
  ['charged-immediately', 'ko-KR', '신용 카드는 구독 기간이 끝날 때 청구됩니다.'],
  ['renews-yearly-on-purchase-date', 'en-US', 'Your Action Pack subscription will not renew automatically.'],
  ['renews-yearly-on-purchase-date', 'ko-KR', 'Action Pack 구독은 자동으로 갱신되지 않습니다.'],
  ['renewal-reminder', 'en-US', "We won't remind you before your subscription expires."],
  ['renewal-reminder', 'ko-KR', '구독이 만료되기 전에 알려드리지 않습니다.'],
  ['cancel-through-support', 'en-US', 'You can cancel your Action Pack subscription from the subscription details.'],
  ['cancel-through-support', 'ko-KR', 'Action Pack 구독은 구독 정보에서 직접 취소할 수 있습니다.'],
  ['network-member-required', 'en-US', "You don't need to be a network member to upgrade your membership."],
  ['network-member-required', 'ko-KR', '네트워크 회원이 아니어도 멤버십을 업그레이드할 수 있습니다.'],
];

test.describe("Contradictions of the page's rules", () => {
  for (const [rule, locale, sentence] of contrary)
    test(`"${sentence}" contradicts ${rule} (${locale}) and states no rule`, () => {
      expect(matchContradictions(sentence, locale)).toEqual([rule]);
      expect(matchRules(sentence, locale)).toEqual([]);
    });

  test('a rewording that keeps the rule is no contradiction', () => {
    expect(matchContradictions('You can turn it back on only when you renew your subscription.', 'en-US')).toEqual([]);
    expect(
      matchContradictions('You can turn automatic renewal back on when you renew the subscription.', 'en-US'),
    ).toEqual([]);
    expect(matchContradictions('구독을 다시 갱신해야 자동 갱신을 다시 켤 수 있습니다.', 'ko-KR')).toEqual([]);
  });

  test('no sentence of the vendored page, in any of its forms, contradicts a rule', () => {
    const forms = [
      documentedPage(),
      ...['ko-kr.translated', 'ko-kr.reformatted', 'ko-kr.bare', 'en-us'].map((form) =>
        parseDoc(readFileSync(`specs/inputs/upgrade-membership.${form}.md`, 'utf8'), `${form}.md`),
      ),
    ];
    const found = forms.flatMap((doc) =>
      doc.locales.flatMap((locale) =>
        doc.statements.flatMap((s) =>
          matchContradictions(s.text[locale] ?? '', locale).map((id) => `${doc.file}:${s.line} ${locale} ${id}`),
        ),
      ),
    );
    expect(found).toEqual([]);
    // The page does state these rules: a pattern that matched nothing at all would pass the line above vacuously.
    expect(documentedPage().rules.map((r) => r.id)).toContain('auto-renew-not-back-on-until-renewal');
  });
});

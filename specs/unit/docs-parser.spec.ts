import { test, expect } from '@playwright/test';
import type { DocPage, Procedure } from '../../checker/parser';
import { RULE_IDS } from '../../bindings/action-pack/parse';
import { VENDORED, sourceLines, vendoredPage } from './docs-parser-helpers';

const KO = 'ko-KR';
const EN = 'en-US';

let page: DocPage;
const lines = sourceLines(VENDORED);

test.beforeAll(() => {
  page = vendoredPage();
});

function proc(id: string): Procedure {
  const p = page.procedures.find((x) => x.id === id);
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
}

function stepLabels(id: string, n: number, locale: string): string[] {
  const step = proc(id).steps.find((s) => s.n === n);
  return (step?.labels[locale] ?? []).map((l) => l.text);
}

test.describe('vendored ko-KR page: document facts', () => {
  test('is a bilingual ko-KR page carrying English', () => {
    expect(page.form).toBe('bilingual');
    expect(page.locale).toBe(KO);
    expect(page.locales).toEqual([KO, EN]);
    expect(page.file).toBe(VENDORED);
    expect(page.frontMatter['ms.contentlocale']).toBe('ko-KR');
    expect(page.frontMatter['ms.locfileid']).toBe('80390512');
    expect(page.title).toEqual({
      [KO]: 'Microsoft 파트너 네트워크 멤버십 업그레이드',
      [EN]: 'Upgrade your Microsoft Partner Network membership',
    });
  });

  test('lists every heading as a section with its English anchor', () => {
    expect(page.sections.map((s) => [s.id, s.depth, s.line])).toEqual([
      ['upgrade-your-microsoft-partner-network-membership', 1, 19],
      ['purchase-a-microsoft-action-pack-subscription', 2, 39],
      ['subscribe-to-microsoft-action-pack', 3, 57],
      ['turn-off-automatic-action-pack-subscription-renewal', 3, 75],
      ['renew-your-action-pack-subscription', 3, 87],
      ['cancel-your-action-pack-subscription', 3, 110],
      ['next-steps', 3, 125],
      ['related-topics', 3, 130],
    ]);
    expect(page.sections[6]?.title).toEqual({ [KO]: '다음 단계', [EN]: 'Next steps' });
  });

  test('finds exactly the four procedures with 7/3/9/4 steps', () => {
    expect(page.procedures.map((p) => [p.id, p.steps.length, p.line, p.depth])).toEqual([
      ['subscribe-to-microsoft-action-pack', 7, 57, 3],
      ['turn-off-automatic-action-pack-subscription-renewal', 3, 75, 3],
      ['renew-your-action-pack-subscription', 9, 87, 3],
      ['cancel-your-action-pack-subscription', 4, 110, 3],
    ]);
    for (const p of page.procedures) expect(p.steps.map((s) => s.n)).toEqual(p.steps.map((_, i) => i + 1));
    expect(proc('renew-your-action-pack-subscription').title).toEqual({
      [KO]: 'Action Pack 구독 갱신',
      [EN]: 'Renew your Action Pack subscription',
    });
  });
});

test.describe('vendored ko-KR page: steps and labels', () => {
  test("renew step 2 keeps each language's own label order", () => {
    expect(stepLabels('renew-your-action-pack-subscription', 2, KO)).toEqual([
      'Microsoft Action Pack 구독',
      '작업',
      '구독 갱신',
    ]);
    expect(stepLabels('renew-your-action-pack-subscription', 2, EN)).toEqual([
      'Microsoft Action Pack subscription',
      'Renew subscriptions',
      'Actions',
    ]);
  });

  test('an English UI string kept with a Korean gloss is the label, the gloss is separate', () => {
    for (const [id, n] of [
      ['subscribe-to-microsoft-action-pack', 4],
      ['renew-your-action-pack-subscription', 6],
    ] as const) {
      const step = proc(id).steps[n - 1];
      expect(step?.labels[KO]).toEqual([
        {
          text: 'Get started! Add a way to pay',
          path: ['Get started! Add a way to pay'],
          gloss: '시작하세요. 결제 방법을 추가하세요.',
        },
      ]);
      expect(step?.labels[EN]).toEqual([
        { text: 'Get started! Add a way to pay', path: ['Get started! Add a way to pay'] },
      ]);
    }
  });

  test('a menu path is one label split on ">"', () => {
    const first = proc('subscribe-to-microsoft-action-pack').steps[0];
    expect(first?.labels[EN]).toEqual([
      { text: 'Partner Center', path: ['Partner Center'] },
      { text: 'Partnership > Offers', path: ['Partnership', 'Offers'] },
      { text: 'Available offers', path: ['Available offers'] },
      { text: 'Subscribe now', path: ['Subscribe now'] },
    ]);
    expect(first?.labels[KO]?.[1]).toEqual({ text: '파트너 관계 > 제품', path: ['파트너 관계', '제품'] });
    expect(first?.sentences.map((s) => s.id)).toEqual(['9e520-131', '9e520-132', '9e520-133']);
  });

  test('step text is its sentences joined, emphasis and link syntax removed', () => {
    const s = proc('subscribe-to-microsoft-action-pack').steps;
    expect(s[0]?.text[EN]).toBe(
      'On the Partner Center menu, select Partnership > Offers. Microsoft Action Pack is listed under Available offers. Select Subscribe now.',
    );
    expect(s[1]?.text[EN]).toBe(
      'Select Next to agree to the Terms and Conditions for internal use rights granted by the Microsoft Partner Network.',
    );
    expect(s[1]?.sentences[0]?.links).toEqual(['https://go.microsoft.com/fwlink/?linkid=842232']);
    expect(s[5]?.text[KO]).toBe(
      '주문 정보를 검토 한 다음 Action Pack를 구입할 준비가 되 면 구매 를 선택 합니다. 즉시 신용 카드로 청구됩니다.',
    );
    expect(proc('cancel-your-action-pack-subscription').steps[0]?.text[EN]).toBe(
      'Go to https://partnercenter.microsoft.com/partner/support.',
    );
  });

  test('labels of a step that only names fields are still read in order', () => {
    const cancel = proc('cancel-your-action-pack-subscription');
    expect(cancel.steps[0]?.labels).toEqual({ [KO]: [], [EN]: [] });
    expect(cancel.steps[2]?.labels[EN]?.map((l) => l.text)).toEqual([
      'Type of problem',
      'Help with partner invoice, payment, or reconciliation file',
    ]);
    expect(cancel.steps[2]?.labels[KO]?.map((l) => l.text)).toEqual([
      '문제 유형',
      '파트너 청구서, 결제 또는 조정 파일을 통한 도움',
    ]);
  });

  test('every label pair lines up: same count per step in both languages', () => {
    for (const p of page.procedures) {
      for (const s of p.steps) expect(s.labels[KO]?.length, `${p.id} step ${s.n}`).toBe(s.labels[EN]?.length);
    }
  });
});

test.describe('vendored ko-KR page: line numbers point into the source', () => {
  test('each step line is the line of its "n." marker', () => {
    expect(proc('subscribe-to-microsoft-action-pack').steps.map((s) => s.line)).toEqual([59, 61, 63, 65, 67, 69, 71]);
    expect(proc('turn-off-automatic-action-pack-subscription-renewal').steps.map((s) => s.line)).toEqual([77, 79, 81]);
    expect(proc('renew-your-action-pack-subscription').steps.map((s) => s.line)).toEqual([
      89, 91, 93, 95, 97, 99, 101, 103, 105,
    ]);
    expect(proc('cancel-your-action-pack-subscription').steps.map((s) => s.line)).toEqual([114, 116, 118, 120]);
    for (const p of page.procedures)
      for (const s of p.steps) expect(lines[s.line - 1]).toMatch(new RegExp(`^${s.n}\\. `));
  });

  test("each sentence line holds that sentence's ttu id", () => {
    const all = page.procedures.flatMap((p) => [
      ...p.steps.flatMap((s) => s.sentences),
      ...p.paragraphs,
      ...p.notes.flatMap((n) => n.sentences),
    ]);
    expect(all.length).toBeGreaterThan(40);
    for (const s of all) expect(lines[s.line - 1], s.id).toContain(`data-ttu-id="${s.id}"`);
  });

  test('each rule line holds the sentence it came from', () => {
    for (const r of [...page.rules, ...page.repeats]) expect(lines[r.line - 1], r.id).toContain(r.sentence[EN] ?? '');
  });
});

test.describe('vendored ko-KR page: notes and paragraphs', () => {
  test('non-step sentences under a procedure heading are paragraphs, including text indented under the last step', () => {
    expect(proc('subscribe-to-microsoft-action-pack').paragraphs.map((s) => [s.id, s.line])).toEqual([
      ['9e520-142', 73],
      ['9e520-143', 73],
    ]);
    expect(proc('renew-your-action-pack-subscription').paragraphs.map((s) => [s.id, s.line])).toEqual([
      ['9e520-164', 107],
      ['9e520-165', 107],
    ]);
    expect(proc('renew-your-action-pack-subscription').paragraphs[0]?.text).toEqual({
      [KO]: '매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.',
      [EN]: 'Your Action Pack subscription will renew automatically each year on this date.',
    });
    const cancel = proc('cancel-your-action-pack-subscription');
    expect(cancel.paragraphs.map((s) => s.id)).toEqual(['9e520-167', '9e520-173', '9e520-174']);
    expect(cancel.paragraphs[1]?.labels[EN]?.map((l) => l.path)).toEqual([
      ['Service requests', 'Partner Center requests'],
      ['Open'],
    ]);
  });

  test('[!NOTE] blocks become notes without the marker', () => {
    const notes = proc('turn-off-automatic-action-pack-subscription-renewal').notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]?.line).toBe(83);
    expect(notes[0]?.kind).toBe('NOTE');
    expect(notes[0]?.sentences.map((s) => s.line)).toEqual([84, 84]);
    expect(notes[0]?.text[EN]).toBe(
      "If you turn off automatic subscription renewal, you won't be able to turn it back on until you renew the subscription again. " +
        "We'll remind you to renew before your subscription expires.",
    );
    expect(notes[0]?.text[KO]).not.toContain('[!NOTE]');
    expect(proc('subscribe-to-microsoft-action-pack').notes).toEqual([]);
  });
});

test.describe('vendored ko-KR page: rules', () => {
  test('finds every rule id once, in document order', () => {
    expect([...page.rules.map((r) => r.id)].sort()).toEqual([...RULE_IDS].sort());
    const ordered = [...page.rules].sort((a, b) => a.line - b.line);
    expect(page.rules.map((r) => r.id)).toEqual(ordered.map((r) => r.id));
  });

  test('pins each rule to its sentence, line and section', () => {
    const got = Object.fromEntries(page.rules.map((r) => [r.id, [r.line, r.procedure]]));
    expect(got).toEqual({
      'membership-options': [25, 'upgrade-your-microsoft-partner-network-membership'],
      'network-member-required': [27, 'upgrade-your-microsoft-partner-network-membership'],
      'benefit-developer-tools': [43, 'purchase-a-microsoft-action-pack-subscription'],
      'benefit-licenses': [45, 'purchase-a-microsoft-action-pack-subscription'],
      'benefit-seats': [47, 'purchase-a-microsoft-action-pack-subscription'],
      'benefit-azure-credit': [49, 'purchase-a-microsoft-action-pack-subscription'],
      'external-link-notice': [54, 'purchase-a-microsoft-action-pack-subscription'],
      'charged-immediately': [69, 'subscribe-to-microsoft-action-pack'],
      'renews-yearly-on-purchase-date': [73, 'subscribe-to-microsoft-action-pack'],
      'auto-renew-off-anytime': [73, 'subscribe-to-microsoft-action-pack'],
      'auto-renew-not-back-on-until-renewal': [73, 'subscribe-to-microsoft-action-pack'],
      'renewal-reminder': [84, 'turn-off-automatic-action-pack-subscription-renewal'],
      'cancel-through-support': [112, 'cancel-your-action-pack-subscription'],
      'next-steps-activate': [127, 'next-steps'],
      'related-add-users': [132, 'related-topics'],
    });
    const charged = page.rules.find((r) => r.id === 'charged-immediately');
    expect(charged?.sentence).toEqual({
      [KO]: '즉시 신용 카드로 청구됩니다.',
      [EN]: 'Your credit card will be charged immediately.',
    });
  });

  test('extracts the figures each rule states', () => {
    const fig = Object.fromEntries(page.rules.map((r) => [r.id, r.figures]));
    expect(fig['membership-options']).toEqual({
      options: 3,
      tiers: ['network', 'action-pack', 'competencies'],
      competencyLevels: ['silver', 'gold'],
    });
    expect(fig['benefit-developer-tools']).toEqual({ platforms: ['iOS', 'Android', 'Linux', 'Windows'] });
    expect(fig['benefit-licenses']).toEqual({
      windowsLicenses: 10,
      visualStudioLicenses: 3,
      visualStudioTeamServicesAccounts: 1,
    });
    expect(fig['benefit-seats']).toEqual({ office365Seats: 10, emsSeats: 5, crmSeats: 5 });
    expect(fig['benefit-azure-credit']).toEqual({ azureCreditUsdPerMonth: 100 });
    expect(fig['renews-yearly-on-purchase-date']).toEqual({ renewalIntervalYears: 1 });
    expect(fig['next-steps-activate']).toEqual({ href: 'manage-your-partner-network-benefits.md' });
    expect(fig['related-add-users']).toEqual({ href: 'create-user-accounts-and-set-permissions.md' });
  });

  test('later occurrences go to repeats, not rules', () => {
    expect(page.repeats.map((r) => [r.id, r.line])).toEqual([
      ['auto-renew-not-back-on-until-renewal', 84],
      ['charged-immediately', 103],
      ['renews-yearly-on-purchase-date', 107],
      ['auto-renew-off-anytime', 107],
      ['auto-renew-not-back-on-until-renewal', 107],
    ]);
  });
});

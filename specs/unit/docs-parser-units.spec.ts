import { test, expect } from '@playwright/test';
import { makeLabel } from '../../checker/parser';
import { matchRules, parseDoc } from '../../bindings/action-pack/parse';

const EN = 'en-US';

test.describe('labels', () => {
  test('an English label with a translated gloss keeps the English and drops its final full stop', () => {
    expect(makeLabel(' Get started! Add a way to pay.(시작하세요. 결제 방법을 추가하세요.) ')).toEqual({
      text: 'Get started! Add a way to pay',
      path: ['Get started! Add a way to pay'],
      gloss: '시작하세요. 결제 방법을 추가하세요.',
    });
    expect(makeLabel('구독 갱신 (Renew subscriptions)')).toEqual({
      text: '구독 갱신',
      path: ['구독 갱신'],
      gloss: 'Renew subscriptions',
    });
  });

  test('parentheses in the same script are part of the label', () => {
    expect(makeLabel('Enterprise Mobility Suite (EMS)')).toEqual({
      text: 'Enterprise Mobility Suite (EMS)',
      path: ['Enterprise Mobility Suite (EMS)'],
    });
    expect(makeLabel('Office 365 (E3)')).toEqual({ text: 'Office 365 (E3)', path: ['Office 365 (E3)'] });
  });

  test('a trailing full stop is kept as written; menu paths are split and trimmed', () => {
    expect(makeLabel('Network membership.')).toEqual({ text: 'Network membership.', path: ['Network membership.'] });
    expect(makeLabel('Service requests  >Partner Center\nrequests')).toEqual({
      text: 'Service requests >Partner Center requests',
      path: ['Service requests', 'Partner Center requests'],
    });
  });
});

test.describe('rule patterns on single sentences', () => {
  test('English figures come from number words, digits and US$ amounts', () => {
    expect(
      matchRules(
        'Get twelve Windows 10 Enterprise (upgrade) licenses, 2 Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account',
        EN,
      ),
    ).toEqual([
      {
        id: 'benefit-licenses',
        figures: { windowsLicenses: 12, visualStudioLicenses: 2, visualStudioTeamServicesAccounts: 1 },
      },
    ]);
    expect(matchRules('Receive US$1,000 of Microsoft Azure credits every month', EN)).toEqual([
      { id: 'benefit-azure-credit', figures: { azureCreditUsdPerMonth: 1000 } },
    ]);
    expect(matchRules('Get up to five Office 365 (E3) seats, plus two seats of Enterprise Mobility Suite', EN)).toEqual(
      [{ id: 'benefit-seats', figures: { office365Seats: 5, emsSeats: 2 } }],
    );
  });

  test('Korean figures come from Arabic digits and native counting words', () => {
    expect(
      matchRules(
        'Windows 10 Enterprise(업그레이드) 라이선스 20개, Visual Studio Professional 라이선스 4개 제공',
        'ko-KR',
      ),
    ).toEqual([{ id: 'benefit-licenses', figures: { windowsLicenses: 20, visualStudioLicenses: 4 } }]);
    expect(matchRules('다음과 같은 네 가지 멤버 자격 옵션을 제공 합니다.', 'ko-KR')).toEqual([
      { id: 'membership-options', figures: { options: 4 } },
    ]);
  });

  test('one sentence can state two rules', () => {
    const s =
      'You can turn off automatic renewal at any time from your purchased offers list; ' +
      "however, you won't be able to turn automatic subscription renewal back on until you renew your subscription again.";
    expect(matchRules(s, EN).map((m) => m.id)).toEqual([
      'auto-renew-off-anytime',
      'auto-renew-not-back-on-until-renewal',
    ]);
  });

  test('near misses do not match', () => {
    expect(
      matchRules(
        "Select Turn off automatic renewal if you don't want your Action Pack subscription to renew automatically each year.",
        EN,
      ),
    ).toEqual([]);
    expect(matchRules('Windows 10 devices are supported.', EN)).toEqual([]);
    expect(matchRules('Your credit card will be charged immediately.', 'fr-FR')).toEqual([]);
  });
});

test.describe('plain markdown: sentences, steps and lines', () => {
  const doc = (body: string) => parseDoc(`---\ntitle: t\n---\n# Title\n\n${body}`, 'inline.md');

  test('sentence breaks skip abbreviations, lower-case continuations and bold labels', () => {
    const page = doc(
      '1. Pick a plan, e.g. the yearly one. Select **Buy. Now!** to pay.\n2. **Network membership.** The core level. Then select **Next**.\n',
    );
    const [one, two] = page.procedures[0]?.steps ?? [];
    expect(one?.sentences.map((s) => s.text[EN])).toEqual([
      'Pick a plan, e.g. the yearly one.',
      'Select Buy. Now! to pay.',
    ]);
    expect(one?.labels[EN]?.map((l) => l.text)).toEqual(['Buy. Now!']);
    expect(two?.sentences.map((s) => s.text[EN])).toEqual([
      'Network membership.',
      'The core level.',
      'Then select Next.',
    ]);
    expect(two?.sentences[0]?.labels[EN]).toEqual([{ text: 'Network membership.', path: ['Network membership.'] }]);
  });

  test('a sentence that starts on a continuation line reports that line', () => {
    const page = doc('1. First sentence is here.\n   Second sentence starts on line 7.\n   Third on line 8.\n');
    expect(page.procedures[0]?.steps[0]?.sentences.map((s) => s.line)).toEqual([6, 7, 8]);
  });

  test('"1. 1. 1." lets markdown count and is accepted', () => {
    const page = doc('1. Select **A**.\n1. Select **B**.\n1. Select **C**.\n');
    expect(page.procedures[0]?.steps.map((s) => [s.n, s.labels[EN]?.[0]?.text])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
    ]);
  });

  test('a list interrupted by a note continues when the numbering does', () => {
    const page = doc('1. Select **A**.\n2. Select **B**.\n\n> [!IMPORTANT]\n> Read this.\n\n3. Select **C**.\n');
    const p = page.procedures[0];
    expect(p?.steps.map((s) => [s.n, s.line])).toEqual([
      [1, 6],
      [2, 7],
      [3, 12],
    ]);
    expect(p?.notes.map((n) => [n.kind, n.text[EN]])).toEqual([['IMPORTANT', 'Read this.']]);
  });

  test('a second list that restarts at 1 is content, not more steps', () => {
    const page = doc('1. Select **A**.\n\nThen, optionally:\n\n1. Select **Z**.\n');
    const p = page.procedures[0];
    expect(p?.steps).toHaveLength(1);
    expect(p?.paragraphs.map((s) => s.text[EN])).toEqual(['Then, optionally:', 'Select Z.']);
  });

  test('an unordered list under a heading is not a procedure', () => {
    const page = parseDoc('# T\n\n## Options\n\n- one\n- two\n\n## Do it\n\n1. Go.\n', 'u.md');
    expect(page.procedures.map((p) => p.id)).toEqual(['do-it']);
    expect(page.form).toBe('english');
    expect(page.frontMatter).toEqual({});
  });
});

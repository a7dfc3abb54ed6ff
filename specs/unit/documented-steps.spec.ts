import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { insertStepAfter } from '../../checker/patch/doc-edits';
import { benefitsPagePath, boundPages, documentedPage, documentedPagePath } from '../../bindings/documented-page';
import { bindingFor } from '../../bindings';
import { parseDoc } from '../../bindings/action-pack/parse';
import type { DocPage } from '../../checker/parser';
import { actionPackFlows } from '../../flows/action-pack';
import { benefitFlows } from '../../flows/benefits';
import { alignProcedure, DocumentedSteps } from '../../flows/documented';
import { defineFlow, type FlowDefinition } from '../../flows/flow';
import { catalogFor } from '../../pages';

/** The page's steps of the flow's procedure paired with the flow's steps, as the report names them. */
const pairsOf = (doc: DocPage, flow: FlowDefinition, locale: string) =>
  doc.procedures
    .filter((p) => p.id === flow.anchor)
    .flatMap((procedure) => alignProcedure(doc, procedure, flow, locale, catalogFor(locale)));
const lineWith = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/**
 * The number the Benefits page shows for the step each flow step performs, read off the page: sub-steps by their
 * letter, the Visual Studio list restarted after its note at 3, the cancellation (prose, no number) not here.
 */
const BENEFIT_STEP_NUMBERS: Record<string, string> = {
  'software.open-list': '1',
  'software.expand': '2',
  'software.get-keys': '3a',
  'software.choose-language': '3b',
  'software.choose-os': '3c',
  'software.download': '3d',
  'cloud.open-list': '1',
  'cloud.expand': '2',
  'cloud.activate': '3',
  'visual-studio.open-list': '1',
  'visual-studio.expand': '2',
  'visual-studio.assign-user': '3',
  'visual-studio.repeat': '3',
  'technical.open-list': '1',
  'technical.expand': '2',
  'technical.choose-user': '3a',
  'technical.alternative-email': '3b',
  'technical.assign-user': '3c',
  'technical.request-assistance': '4',
  'go-to-market.open-list': '1',
  'go-to-market.contact-first': '2',
  'go-to-market.marketing-contact': '3',
  'go-to-market.contact-user': '3a',
  'go-to-market.contact-email': '3b',
  'go-to-market.contact-assign': '3c',
  'go-to-market.expand': '4',
  'go-to-market.activate': '5',
};
/** The number a report title gives its step: "Procedure · 3a. Sentence" → "3a". */
const numberIn = (title: string) => /^[^·]+ · (\d+[a-z]?)\. /.exec(title)?.[1];

test.describe('report names of flow steps, from the page at run time', () => {
  test('each flow step is named, numbered and located as the page documents it', () => {
    const steps = new DocumentedSteps(documentedPage(), actionPackFlows, 'en-US', catalogFor('en-US'));
    const source = readFileSync(documentedPagePath, 'utf8');
    expect(steps.describe('renew.buy')).toEqual({
      title:
        'Renew your Action Pack subscription · ' +
        "8. Review your order details and then select Buy when you're ready to purchase Action Pack. " +
        'Your credit card will be charged immediately.',
      location: { file: resolve(documentedPagePath), line: lineWith(source, '8. <span'), column: 1 },
    });
  });

  test('every step of every procedure the page documents has a flow step, and every flow step a documented step', () => {
    const doc = documentedPage();
    for (const locale of doc.locales) {
      for (const flow of actionPackFlows) {
        expect(doc.procedures.map((p) => p.id)).toContain(flow.anchor);
        const pairs = pairsOf(doc, flow, locale);
        expect(
          pairs.filter((p) => !p.doc || !p.bound).map((p) => p.bound?.id ?? `step ${p.doc?.n} of ${flow.anchor}`),
          `${locale}: steps without a partner`,
        ).toEqual([]);
      }
    }
  });

  test('a variant of a step the flow does not have is refused as the flow is defined', () => {
    const act = () => Promise.resolve();
    expect(() =>
      defineFlow({
        anchor: 'a-procedure',
        scenario: 'subscriber',
        steps: {
          open: { id: 'a.open', about: 'open', labels: () => [], act },
          openTwice: { id: 'a.opne', detail: 'twice', act },
        },
      }),
    ).toThrow('flow a-procedure: openTwice is a variant of a.opne, which is no step of it');
  });

  test('in Korean, the title is the Korean sentence', () => {
    const steps = new DocumentedSteps(documentedPage(), actionPackFlows, 'ko-KR', catalogFor('ko-KR'));
    expect(steps.describe('subscribe.close').title).toMatch(/ · 7\. 주문이 확인됩니다/);
  });

  test('a step the page gained moves the numbers and lines of the steps after it', () => {
    const source = readFileSync(documentedPagePath, 'utf8');
    const gained = insertStepAfter(source, documentedPage(), 'subscribe-to-microsoft-action-pack', 2, {
      translated: '**계속**을 선택합니다.',
      english: 'Confirm your company profile and select **Continue**.',
    });
    const steps = new DocumentedSteps(
      parseDoc(gained, documentedPagePath),
      actionPackFlows,
      'en-US',
      catalogFor('en-US'),
    );
    expect(steps.describe('subscribe.buy').title).toMatch(/· 7\. Review your order details/);
    expect(steps.describe('subscribe.buy').location?.line).toBe(lineWith(gained, '7. <span'));
  });

  test('a step the page no longer documents says so, and has no place in the page', () => {
    const source = readFileSync(documentedPagePath, 'utf8').replace(
      /<a name="renew-your-action-pack-subscription">/,
      '<a name="renewal">',
    );
    const steps = new DocumentedSteps(parseDoc(source, 'edited.md'), actionPackFlows, 'en-US', catalogFor('en-US'));
    expect(steps.describe('renew.buy')).toEqual({
      title: 'renew-your-action-pack-subscription · renew.buy (not documented on edited.md)',
    });
  });

  test("each page the fixtures read is the one its binding performs, read with that binding's rule book", () => {
    for (const name of ['actionPack', 'benefits'] as const) {
      const binding = bindingFor(documentedPage(name));
      expect(binding?.patterns, name).toBe(boundPages[name].rules);
    }
    expect(bindingFor(documentedPage('benefits'))?.flows).toBe(benefitFlows);
    expect(bindingFor(documentedPage('actionPack'))?.flows).toBe(actionPackFlows);
  });
});

test.describe('report names of the Benefits flows, from the second page', () => {
  for (const locale of ['en-US', 'ko-KR'])
    test(`${locale}: each Benefits flow step is named with the number the page shows, sub-steps by their letter`, () => {
      const steps = new DocumentedSteps(documentedPage('benefits'), benefitFlows, locale, catalogFor(locale));
      const ids = benefitFlows.flatMap((f) => f.steps.map((s) => s.id)).filter((id) => !id.startsWith('cancel-'));
      expect(ids.sort()).toEqual(Object.keys(BENEFIT_STEP_NUMBERS).sort());
      expect(
        Object.fromEntries(ids.map((id) => [id, numberIn(steps.describe(id).title) ?? steps.describe(id).title])),
      ).toEqual(BENEFIT_STEP_NUMBERS);
    });

  test("a Benefits step is titled with its procedure and sentence in the test's language, at its line of the page", () => {
    const source = readFileSync(benefitsPagePath, 'utf8');
    const english = new DocumentedSteps(documentedPage('benefits'), benefitFlows, 'en-US', catalogFor('en-US'));
    expect(english.describe('visual-studio.repeat')).toEqual({
      title:
        'Manage Visual Studio subscriptions · 3. Repeat this process for each subscription you want to assign. ' +
        'Users can manage their subscriptions in the Visual Studio portal.',
      location: { file: resolve(benefitsPagePath), line: lineWith(source, '25e06-151'), column: 1 },
    });
    expect(english.describe('technical.assign-user').location?.line).toBe(lineWith(source, '"25e06-166">c.'));
    expect(english.procedureOf('technical.assign-user')).toBe('Manage technical benefits');
    const korean = new DocumentedSteps(documentedPage('benefits'), benefitFlows, 'ko-KR', catalogFor('ko-KR'));
    expect(korean.describe('go-to-market.contact-email', 'again').title).toBe(
      '시장 진출 제품 관리 · 3b. 회사의 파트너 센터 계정과 연결된 이메일 주소와 다른 사용자 이메일 주소를 입력합니다. (again)',
    );
    expect(korean.procedureOf('go-to-market.activate')).toBe('시장 진출 제품 관리');
  });

  test('a flow the page documents in prose, with no numbered step, is named after its section, at its heading', () => {
    const source = readFileSync(benefitsPagePath, 'utf8');
    const steps = new DocumentedSteps(documentedPage('benefits'), benefitFlows, 'en-US', catalogFor('en-US'));
    expect(steps.describe('cancel-benefit.request', 'submit')).toEqual({
      title:
        'Cancel a membership benefit or offer · cancel-benefit.request (in prose: the section numbers no step) (submit)',
      location: {
        file: resolve(benefitsPagePath),
        line: lineWith(source, '<a name="cancel-a-membership-benefit-or-offer">'),
        column: 1,
      },
    });
  });
});

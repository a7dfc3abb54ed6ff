import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { insertStepAfter } from '../../checker/patch/doc-edits';
import { documentedPage, documentedPagePath } from '../../bindings/documented-page';
import { parseDoc } from '../../bindings/action-pack/parse';
import type { DocPage } from '../../checker/parser';
import { actionPackFlows } from '../../flows/action-pack';
import { alignProcedure, DocumentedSteps } from '../../flows/documented';
import { defineFlow, type FlowDefinition } from '../../flows/flow';
import { catalogFor } from '../../pages';

/** The page's steps of the flow's procedure paired with the flow's steps, as the report names them. */
const pairsOf = (doc: DocPage, flow: FlowDefinition, locale: string) =>
  doc.procedures
    .filter((p) => p.id === flow.anchor)
    .flatMap((procedure) => alignProcedure(doc, procedure, flow, locale, catalogFor(locale)));
const lineWith = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

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
});

import { expect, test } from '@playwright/test';
import { parseDoc } from '../../checker/parser';
import { BENEFITS_FORMS, benefitsPage, lineIn, procedure } from './benefits-page-forms';

const FM = '---\nms.contentlocale: en-US\n---\n';
const numbering = (steps: { n: number; shown: string; parent?: number }[]) =>
  steps.map((s) => (s.parent === undefined ? `${s.n}:${s.shown}` : `${s.n}:${s.shown}^${s.parent}`));

test.describe('lettered sub-steps under a numbered step', () => {
  for (const form of BENEFITS_FORMS) {
    test(`${form}: each is a step of its own after its parent, shown with its letter`, () => {
      const page = benefitsPage(form);
      expect(numbering(procedure(page, 'manage-software-benefits').steps)).toEqual([
        '1:1',
        '2:2',
        '3:3a^3',
        '4:3b^3',
        '5:3c^3',
        '6:3d^3',
      ]);
      expect(numbering(procedure(page, 'manage-technical-benefits').steps)).toEqual([
        '1:1',
        '2:2',
        '3:3a^3',
        '4:3b^3',
        '5:3c^3',
        '6:4',
      ]);
      expect(numbering(procedure(page, 'manage-go-to-market-offers').steps)).toEqual([
        '1:1',
        '2:2',
        '3:3',
        '4:3a^3',
        '5:3b^3',
        '6:3c^3',
        '7:4',
        '8:5',
      ]);
    });

    test(`${form}: a parent that names no label joins its first sub-step; the letter is not a sentence`, () => {
      const page = benefitsPage(form);
      const locale = page.locales[page.locales.length - 1] ?? '';
      const [a, b] = procedure(page, 'manage-software-benefits').steps.slice(2);
      expect(a?.line).toBe(lineIn(form, 54));
      expect(a?.sentences.map((s) => s.line)).toEqual([54, 56, 56].map((l) => lineIn(form, l)));
      expect(a?.labels[locale]?.length).toBe(1);
      expect(b?.sentences.map((s) => s.line)).toEqual([lineIn(form, 58)]);
      expect(b?.line).toBe(lineIn(form, 58));
      expect(page.statements.some((s) => Object.values(s.text).every((t) => /^[a-d]\.$/.test(t)))).toBe(false);
    });

    test(`${form}: a parent that names a label stays a step, and a paragraph under a sub-step belongs to it`, () => {
      const page = benefitsPage(form);
      const gtm = procedure(page, 'manage-go-to-market-offers').steps[2];
      expect(gtm?.sentences.length).toBe(2);
      expect(gtm?.labels[page.locale]?.length).toBeGreaterThan(0);
      const safeguard = page.statements.find((s) => s.line === lineIn(form, 106));
      expect(safeguard).toMatchObject({ place: 'step', procedure: 'manage-technical-benefits', step: 4 });
    });
  }

  test('a paragraph that only starts with a lower-case word is not a sub-step', () => {
    const page = parseDoc(
      `${FM}# T\n\n## S\n\n1. Select **A**.\n\n    e.g. select **B**.\n\n2. Select **C**.\n`,
      's.md',
    );
    expect(numbering(page.procedures[0]?.steps ?? [])).toEqual(['1:1', '2:2']);
  });

  test('a sub-step that skips a letter is refused at its line', () => {
    const page = `${FM}# T\n\n## S\n\n1. Select **A**:\n\n    a. Select **B**.\n\n    c. Select **C**.\n`;
    expect(() => parseDoc(page, 's.md')).toThrow('s.md:12: sub-steps skip a letter: expected 1b, found 1c');
  });
});

import { expect, test } from '@playwright/test';
import { DocError, parseDoc } from '../../checker/parser';
import { BENEFITS_FORMS, benefitsPage, lineIn, procedure } from './benefits-page-forms';

const FM = '---\nms.contentlocale: en-US\n---\n';

test.describe('a numbered list restarted after a note', () => {
  for (const form of BENEFITS_FORMS) {
    test(`${form}: is one procedure whose steps go on counting, each shown as the page renders it`, () => {
      const steps = procedure(benefitsPage(form), 'manage-visual-studio-subscriptions').steps;
      expect(steps.map((s) => [s.n, s.shown, s.line])).toEqual(
        [
          [1, '1', 78],
          [2, '2', 80],
          [3, '3', 82],
          [4, '3', 87],
        ].map(([n, shown, line]) => [n, shown, lineIn(form, Number(line))]),
      );
    });
  }

  test('a number repeated without a note between is still refused at its line', () => {
    const page = `${FM}# T\n\n## S\n\n1. Select **A**.\n2. Select **B**.\n\nSome words.\n\n2. Select **C**.\n`;
    expect(() => parseDoc(page, 'r.md')).toThrow(DocError);
    expect(() => parseDoc(page, 'r.md')).toThrow(
      'r.md:13: numbered list skips a number: expected step 3, found step 2',
    );
  });

  test('on a list that counts up the ordinal is the rendered number', () => {
    const page = parseDoc(`${FM}# T\n\n## S\n\n1. Select **A**.\n2. Select **B**.\n`, 's.md');
    expect(page.procedures[0]?.steps.map((s) => [s.n, s.shown])).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
  });
});

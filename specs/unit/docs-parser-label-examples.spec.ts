import { expect, test } from '@playwright/test';
import { parseDoc } from '../../checker/parser';
import { BENEFITS_FORMS, benefitsPage, procedure } from './benefits-page-forms';

const FM = (locale: string) => `---\nms.contentlocale: ${locale}\n---\n`;
const labelsOf = (source: string, locale: string) =>
  parseDoc(`${FM(locale)}# T\n\n## S\n\n1. ${source}\n`, 'e.md').procedures[0]?.steps[0]?.labels[locale];

test.describe('labels given as examples', () => {
  for (const form of BENEFITS_FORMS) {
    test(`${form}: "such as, Silver Core or Gold Core" is one example label with both`, () => {
      const page = benefitsPage(form);
      const step = procedure(page, 'manage-go-to-market-offers').steps.find((s) => s.shown === '4');
      const expected = {
        'en-US': [{ text: 'Silver Core', path: ['Silver Core'], anyOf: ['Silver Core', 'Gold Core'], example: true }],
        'ko-KR': [{ text: '실버 코어', path: ['실버 코어'], anyOf: ['실버 코어', '골드 코어'], example: true }],
      };
      for (const locale of page.locales)
        expect(step?.labels[locale]).toEqual(expected[locale as keyof typeof expected]);
    });
  }

  test('one example is a label marked as an example, without alternatives', () => {
    expect(labelsOf('Open a benefit, for example **Silver Core**.', 'en-US')).toEqual([
      { text: 'Silver Core', path: ['Silver Core'], example: true },
    ]);
    expect(labelsOf('혜택(예를 들어 **실버 코어**)을 엽니다.', 'ko-KR')).toEqual([
      { text: '실버 코어', path: ['실버 코어'], example: true },
    ]);
    expect(labelsOf('Select **Silver Core**.', 'en-US')).toEqual([{ text: 'Silver Core', path: ['Silver Core'] }]);
  });
});

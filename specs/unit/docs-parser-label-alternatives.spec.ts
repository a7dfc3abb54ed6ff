import { expect, test } from '@playwright/test';
import { parseDoc, parseDocFile } from '../../checker/parser';
import { BENEFITS_FORMS, benefitsPage, procedure } from './benefits-page-forms';
import { VENDORED } from './docs-parser-helpers';

const FM = (locale: string) => `---\nms.contentlocale: ${locale}\n---\n`;
const labelsOf = (source: string, locale: string) =>
  parseDoc(`${FM(locale)}# T\n\n## S\n\n1. ${source}\n`, 'a.md').procedures[0]?.steps[0]?.labels[locale];

test.describe('alternatives in one step', () => {
  for (const form of BENEFITS_FORMS) {
    test(`${form}: "select Add, Update, or Change" is one label with every alternative`, () => {
      const page = benefitsPage(form);
      const step = procedure(page, 'manage-go-to-market-offers').steps.find((s) => s.shown === '3');
      const expected = {
        'en-US': [{ text: 'Add', path: ['Add'], anyOf: ['Add', 'Update', 'Change'] }],
        'ko-KR': [{ text: '추가', path: ['추가'], anyOf: ['추가', '업데이트', '변경'] }],
      };
      for (const locale of page.locales)
        expect(step?.labels[locale]).toEqual(expected[locale as keyof typeof expected]);
    });
  }

  test('labels joined by "and" or by a comma alone stay labels of their own', () => {
    expect(labelsOf('Select **A**, **B** and **C**.', 'en-US')?.map((l) => l.anyOf)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(labelsOf('Select **A** or **B**.', 'en-US')).toEqual([{ text: 'A', path: ['A'], anyOf: ['A', 'B'] }]);
    expect(labelsOf('**가** 또는 **나**를 선택합니다.', 'ko-KR')).toEqual([
      { text: '가', path: ['가'], anyOf: ['가', '나'] },
    ]);
    expect(labelsOf('**가**를 선택하고 **나**를 선택합니다.', 'ko-KR')?.length).toBe(2);
  });

  test('the first page names no alternatives', () => {
    const labels = parseDocFile(VENDORED).statements.flatMap((s) => Object.values(s.labels).flat());
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => l.anyOf !== undefined || l.example !== undefined)).toEqual([]);
  });
});

import { expect, test } from '@playwright/test';
import { parseDoc, parseDocFile } from '../../checker/parser';
import { BENEFITS_FORMS, benefitsPage, procedure } from './benefits-page-forms';
import { VENDORED } from './docs-parser-helpers';

const FM = (locale: string) => `---\nms.contentlocale: ${locale}\n---\n`;
const labelsOf = (source: string, locale: string) =>
  parseDoc(`${FM(locale)}# T\n\n## S\n\n1. ${source}\n`, 'p.md').procedures[0]?.steps[0]?.labels[locale];

test.describe('a path written in prose', () => {
  for (const form of BENEFITS_FORMS) {
    test(`${form}: "Select Benefits, then Go-To-Market" is one label with the path, as a menu path is`, () => {
      const page = benefitsPage(form);
      const step = procedure(page, 'manage-go-to-market-offers').steps[0];
      const expected = {
        'en-US': [{ text: 'Go-To-Market', path: ['Benefits', 'Go-To-Market'] }],
        'ko-KR': [{ text: '시장 진출', path: ['혜택', '시장 진출'] }],
      };
      for (const locale of page.locales)
        expect(step?.labels[locale]).toEqual(expected[locale as keyof typeof expected]);
    });
  }

  test('a second action after "then select" is a label of its own, in either language', () => {
    expect(labelsOf('Select **A > B**, and then select **C**.', 'en-US')?.map((l) => l.path)).toEqual([
      ['A', 'B'],
      ['C'],
    ]);
    expect(labelsOf('**가 > 나**을 선택한 다음 **다**를 선택합니다.', 'ko-KR')?.map((l) => l.path)).toEqual([
      ['가', '나'],
      ['다'],
    ]);
    expect(labelsOf('Select **A**, then **B**, then **C**.', 'en-US')).toEqual([{ text: 'C', path: ['A', 'B', 'C'] }]);
  });

  test("the first page's labels keep their paths", () => {
    const paths = parseDocFile(VENDORED).statements.flatMap((s) =>
      Object.values(s.labels)
        .flat()
        .map((l) => l.path),
    );
    expect(paths.filter((p) => p.length > 1)).toEqual([
      ['파트너 관계', '제품'],
      ['Partnership', 'Offers'],
      ['파트너 관계', '제품'],
      ['Partnership', 'Offers'],
      ['파트너 관계', '제품'],
      ['Partnership', 'Offers'],
      ['서비스 요청', '파트너 센터 요청'],
      ['Service requests', 'Partner Center requests'],
    ]);
  });
});

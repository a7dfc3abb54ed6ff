import { expect, test } from '@playwright/test';
import type { Statement } from '../../checker/parser';
import { observationOf, type Placed } from '../../checker/read/observation';
import { checkPositions, type PositionBook } from '../../checker/read/positions';

/** The phrases a binding gives: the page names the control by its place, in each language. */
const book: PositionBook = {
  en: [{ test: /the down arrow at the far right of the row/i, where: { edge: 'right', within: 'row' } }],
  ko: [{ test: /행의 맨 오른쪽에 있는 아래쪽 화살표/, where: { edge: 'right', within: 'row' } }],
};

const step = (en: string, ko: string): Statement => ({
  line: 12,
  text: { 'en-US': en, 'ko-KR': ko },
  labels: { 'en-US': [], 'ko-KR': [] },
  place: 'step',
  normative: true,
});
const expandStep = step(
  "Find the product, and then select the down arrow at the far right of the row to expand the product's details.",
  '제품을 찾은 다음, 행의 맨 오른쪽에 있는 아래쪽 화살표를 선택하여 제품의 세부 정보를 확장합니다.',
);

/** A row 800 px wide from x = 100; the control 30 px wide, `fromRight` px from the row's right edge. */
const inRow = (name: string | undefined, fromRight: number): Placed => ({
  node: { role: 'button', ...(name !== undefined && { name }) },
  box: { x: 900 - fromRight - 30, y: 208, width: 30, height: 24 },
  row: { x: 100, y: 200, width: 800, height: 40 },
});

test.describe('a control the page names by its place', () => {
  for (const locale of ['en-US', 'ko-KR'])
    test(`at the far right of its row and named is in sync (${locale})`, () => {
      const [check] = checkPositions([expandStep], locale, book, [inRow('Expand Windows 10 Enterprise', 4)]);
      expect(check).toMatchObject({ actual: 'Expand Windows 10 Enterprise', found: true });
      expect(check?.expected).toBe(
        locale === 'en-US' ? 'the down arrow at the far right of the row' : '행의 맨 오른쪽에 있는 아래쪽 화살표',
      );
    });

  test('a control the step selects elsewhere in its row is drift saying how far from the edge it is', () => {
    const [check] = checkPositions([expandStep], 'en-US', book, [inRow('Expand Windows 10 Enterprise', 200)]);
    expect(check).toMatchObject({
      found: false,
      actual: 'Expand Windows 10 Enterprise',
      why: '**Expand Windows 10 Enterprise**, which the step selects, is 200 px from the right edge of its row',
    });
  });

  test('a control at the left of its row is not at its right', () => {
    const left: Placed = { ...inRow('Expand', 0), box: { x: 104, y: 208, width: 30, height: 24 } };
    expect(checkPositions([expandStep], 'en-US', book, [left])[0]?.why).toBe(
      '**Expand**, which the step selects, is not at the right of its row',
    );
  });

  test('the control at the right place without an accessible name is drift', () => {
    expect(checkPositions([expandStep], 'ko-KR', book, [inRow(undefined, 4)])[0]).toMatchObject({
      found: false,
      why: 'the button at the right edge of its row, which the step selects, has no accessible name',
    });
  });

  test('of several controls pressed, the one at the place counts', () => {
    const pressed = [inRow('Get keys', 300), inRow('Expand Windows 10 Enterprise', 0)];
    expect(checkPositions([expandStep], 'en-US', book, pressed)[0]?.found).toBe(true);
  });

  test('a step whose sentences name no place has no such check, and a page without a book none either', () => {
    const other = step('Select **Software** to see your list.', '**소프트웨어**를 선택합니다.');
    expect(checkPositions([other], 'en-US', book, [])).toEqual([]);
    expect(checkPositions([expandStep], 'en-US', undefined, [])).toEqual([]);
  });

  test('a step that selects nothing in a row is drift', () => {
    expect(checkPositions([expandStep], 'en-US', book, [])[0]?.why).toBe(
      'the step selects no control the page could name as "the down arrow at the far right of the row"',
    );
  });

  test("the record's pressed controls and their places reach the step's observation", async () => {
    const { box, row } = inRow('Expand', 0);
    const read = await observationOf(
      {
        actions: [
          { kind: 'click', node: { role: 'button', name: 'Expand' }, place: { box, row } },
          { kind: 'fill', node: { role: 'textbox', name: 'Email' }, typed: 'a@example.net' },
        ],
      },
      [],
    );
    expect(read.placed).toEqual([{ node: { role: 'button', name: 'Expand' }, box, row }]);
  });
});

import { expect, test } from '@playwright/test';
import { parseDoc } from '../../bindings/action-pack/parse';
import { cancel } from '../../flows/action-pack';
import { alignProcedure } from '../../flows/documented';
import { catalogFor } from '../../pages';

const KO = 'ko-KR';
// Cancel as a page in Korean only: its last step names Submit in its first paragraph and the status screen's
// controls in the paragraph after it, as the vendored page does.
const koreanOnly = `---
ms.contentlocale: ko-KR
---
### <a name="cancel-your-action-pack-subscription"></a>Action Pack 구독 취소

1. 지원 페이지로 이동하세요.

2. **파트너 센터에서 문제 보고**를 선택하고 **새 요청**을 선택합니다.

3. **문제 유형** 목록을 확장하고 **파트너 청구서, 결제 또는 조정 파일을 통한 도움**을 선택합니다.

4. 필수 정보를 입력한 다음, **제출**을 선택합니다.

    상태를 확인하려면 **서비스 요청 > 파트너 센터 요청**을 선택한 다음 **열기**를 선택합니다.
`;

const pairsOf = (text: string) => {
  const doc = parseDoc(text, 'cancel.ko-kr.md');
  const [procedure] = doc.procedures;
  if (!procedure) throw new Error('no procedure');
  return alignProcedure(doc, procedure, cancel, KO, catalogFor(KO)).map((p) => [p.doc?.n ?? null, p.bound?.id ?? null]);
};
const inPlace = [
  [1, 'cancel.go-to-support'],
  [2, 'cancel.new-request'],
  [3, 'cancel.choose-problem'],
  [4, 'cancel.submit'],
];

test.describe('aligning a page without English with its flow', () => {
  test('a step whose follow-up paragraph names the rest of its controls is paired with its flow step, not lost and gained', () => {
    expect(pairsOf(koreanOnly)).toEqual(inPlace);
  });

  test("the follow-up paragraph counts as the step's own words: in one paragraph or two, the same pairs", () => {
    const oneParagraph = koreanOnly.replace('을 선택합니다.\n\n    상태를', '을 선택합니다. 상태를');
    expect(oneParagraph).not.toBe(koreanOnly);
    expect(pairsOf(oneParagraph)).toEqual(inPlace);
  });
});

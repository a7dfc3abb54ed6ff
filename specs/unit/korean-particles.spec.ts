import { expect, test } from '@playwright/test';
import { particleFor } from '../../checker/patch/edits';

test.describe('Korean particles after a changed label', () => {
  test('follow the new last syllable: 을/를, 이/가, 은/는, 과/와, 으로/로', () => {
    expect([
      particleFor('구매', '을'),
      particleFor('구입', '를'),
      particleFor('제품', '가'),
      particleFor('다음', '는'),
    ]).toEqual(['를', '을', '이', '은']);
    // ㄹ takes 로 like a vowel.
    expect([particleFor('파트너 관계', '으로'), particleFor('메일', '으로'), particleFor('구독', '로')]).toEqual([
      '로',
      '로',
      '으로',
    ]);
    expect(particleFor('Buy', '을')).toBe('을');
  });
});

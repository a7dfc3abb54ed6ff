import { expect, test } from '@playwright/test';
import { nearestLabel } from '../../checker/read/nearest-label';

// The label a drift names as what the screen shows instead: the closest by edit distance, relative to length.
test.describe('the nearest label on the screen to one the page names', () => {
  test('one letter off is the nearest, whatever the case', () => {
    expect(nearestLabel('Get keys', ['Assign user', 'Get key'])).toBe('Get key');
    expect(nearestLabel('GET KEYS', ['GET KEY', 'Get keys'])).toBe('Get keys');
  });

  test('in Korean too: 제출 is nearer 제출하기 than 취소', () => {
    expect(nearestLabel('제출', ['취소', '제출하기'])).toBe('제출하기');
  });

  test('nothing within three quarters of the length is no nearest label', () => {
    // At least 21 edits over 26 characters.
    expect(nearestLabel('Renew', ['Turn off automatic renewal'])).toBeUndefined();
    expect(nearestLabel('Renew', [])).toBeUndefined();
  });
});

import { expect, test } from '@playwright/test';
import { toAnnotations } from '../../checker/reports/github-annotations';
import type { CheckResult } from '../../checker/model';

const root = '/repo';
const result: CheckResult = {
  doc: '/repo/docs/pages/page.ko-kr.md',
  results: [
    {
      locale: 'en-US',
      procedures: [
        {
          id: 'subscribe',
          title: 'Subscribe, then pay: 100%',
          line: 57,
          steps: [
            { n: 1, status: 'ok', expected: [], actual: [], line: 59, message: 'ok' },
            {
              n: 6,
              status: 'drift',
              expected: ['Purchase'],
              actual: ['Buy'],
              line: 69,
              message: 'the screen shows **Buy** where the doc says **Purchase**\nnext line',
            },
            { n: 7, status: 'unverified', expected: [], actual: [], line: null, message: 'no binding' },
          ],
        },
      ],
      rules: [
        { id: 'charged-immediately', status: 'drift', line: 71, message: 'charged at 50%, later' },
        { id: 'renewal-reminder', status: 'ok', line: 80, message: 'ok' },
      ],
      sentences: [{ line: 91, status: 'drift', sentence: 'You can turn it back on.', message: 'not confirmed' }],
      warnings: [],
    },
  ],
  summary: {
    steps: 3,
    ok: 1,
    drift: 1,
    unverified: 1,
    rules: { ok: 1, drift: 1, unverified: 0 },
    sentences: { ok: 0, drift: 1, unverified: 0 },
  },
};

test.describe('GitHub annotations from the docs check', () => {
  test('one error on the page line per step, rule and sentence that is not ok, escaped as the runner reads it', () => {
    expect(toAnnotations(result, root)).toEqual([
      '::error file=docs/pages/page.ko-kr.md,line=69,title=docs%3Acheck en-US · Subscribe%2C then pay%3A 100%25 · step 6 (drift)::' +
        'the screen shows **Buy** where the doc says **Purchase**%0Anext line',
      '::error file=docs/pages/page.ko-kr.md,title=docs%3Acheck en-US · Subscribe%2C then pay%3A 100%25 · step 7 (unverified)::no binding',
      '::error file=docs/pages/page.ko-kr.md,line=71,title=docs%3Acheck en-US · rule charged-immediately (drift)::charged at 50%25, later',
      '::error file=docs/pages/page.ko-kr.md,line=91,title=docs%3Acheck en-US · sentence (drift)::not confirmed%0AYou can turn it back on.',
    ]);
  });
});

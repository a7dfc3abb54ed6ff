import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { toJunit } from '../../checker/reports/junit';
import type { CheckResult } from '../../checker/model';
import { validate } from './junit-validate';

const doc = 'docs/pages/page.ko-kr.md';
const result: CheckResult = {
  doc,
  results: [
    {
      locale: 'ko-KR',
      procedures: [
        {
          id: 'subscribe-to-microsoft-action-pack',
          title: 'Microsoft Action Pack 구독',
          line: 40,
          steps: [
            {
              n: 1,
              status: 'ok',
              expected: ['구독'],
              actual: ['구독'],
              line: 44,
              message: 'ok',
              text: '**구독**을 선택합니다.',
            },
            {
              n: 2,
              status: 'drift',
              expected: ['Purchase'],
              actual: ['Buy'],
              line: 46,
              message: 'the screen shows **Buy** where the doc says **Purchase**\nsecond line',
              screenshot: 'screenshots/s/2.png',
            },
            {
              n: 3,
              status: 'unverified',
              expected: [],
              actual: [],
              line: null,
              message: 'no binding for <step> & "3"\u001b[31m',
            },
          ],
        },
      ],
      rules: [
        {
          id: 'charged-immediately',
          status: 'ok',
          line: 50,
          message: 'ok',
          sentence: 'Your credit card will be charged immediately.',
        },
        { id: 'charged-immediately', status: 'drift', line: 90, message: 'the product charges later' },
      ],
      sentences: [
        { line: 50, status: 'ok', sentence: 'Your credit card will be charged immediately.', message: 'confirmed' },
        {
          line: 91,
          status: 'unverified',
          sentence: "You can't turn it back on.",
          message: 'not confirmed against the product',
        },
      ],
      warnings: [],
    },
  ],
  summary: {
    steps: 3,
    ok: 1,
    drift: 1,
    unverified: 1,
    rules: { ok: 1, drift: 1, unverified: 0 },
    sentences: { ok: 1, drift: 0, unverified: 1 },
  },
};

test.describe('JUnit XML for CI systems', () => {
  test("the docs check's JUnit is valid against the JUnit schema, one case per step, rule occurrence and sentence", () => {
    const file = test.info().outputPath('docs-drift.junit.xml');
    mkdirSync(test.info().outputPath(), { recursive: true });
    writeFileSync(file, toJunit(result));
    expect(validate(file)).toEqual({ status: 0, errors: [] });

    const xml = readFileSync(file, 'utf8');
    const names = [...xml.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      `Microsoft Action Pack 구독 · step 1 · ${doc}:44`,
      `Microsoft Action Pack 구독 · step 2 · ${doc}:46`,
      `Microsoft Action Pack 구독 · step 3 · ${doc}`,
      `rule charged-immediately · ${doc}:50`,
      `rule charged-immediately · ${doc}:90`,
      `sentence · ${doc}:50`,
      `sentence · ${doc}:91`,
    ]);
    expect(xml).toContain(`<testsuites name="docs:check ${doc}" tests="7" failures="2" errors="2">`);
    // Drift is a failure with the message on one line; what could not be checked is an error; markup is escaped.
    expect(xml).toContain(
      '<failure type="drift" message="the screen shows **Buy** where the doc says **Purchase** second line">',
    );
    expect(xml).toContain('<error type="unverified" message="no binding for &lt;step&gt; &amp; &quot;3&quot;[31m">');
  });
});

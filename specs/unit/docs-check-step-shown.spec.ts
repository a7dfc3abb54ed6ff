import { expect, test } from '@playwright/test';
import { unverifiedSteps } from '../../checker/judge/unverified';
import type { CheckResult } from '../../checker/model';
import { toAnnotations } from '../../checker/reports/github-annotations';
import { toHtml } from '../../checker/reports/html';
import { toJunit } from '../../checker/reports/junit';
import { toMarkdown } from '../../checker/reports/markdown';
import { toTerminal } from '../../checker/reports/terminal';
import { benefitsPage, procedure } from './benefits-page-forms';

// A lettered sub-step: its ordinal (n) is 4, the page renders it '3a'.
const result: CheckResult = {
  doc: '/repo/docs/pages/page.ko-kr.md',
  results: [
    {
      locale: 'en-US',
      procedures: [
        {
          id: 'manage-technical-benefits',
          title: 'Manage technical benefits',
          line: 92,
          steps: [
            {
              n: 4,
              shown: '3b',
              line: 104,
              status: 'drift',
              expected: ['Assign user'],
              actual: ['Assign'],
              message: 'the screen shows **Assign** where the doc says **Assign user**',
              screenshot: 'screenshots/t/4-en-US.png',
              a11y: { screens: 1, violations: [], errors: ['the page closed'] },
            },
          ],
        },
      ],
      rules: [],
      sentences: [],
      warnings: [],
    },
  ],
  summary: {
    steps: 1,
    ok: 0,
    drift: 1,
    unverified: 0,
    rules: { ok: 0, drift: 0, unverified: 0 },
    sentences: { ok: 0, drift: 0, unverified: 0 },
  },
};

test.describe('a step is named to a person as the page renders it', () => {
  test('every report names the step "3b", never its ordinal', () => {
    const terminal = toTerminal(result, {
      file: 'page.md',
      locales: ['en-US'],
      a11y: 'warn',
      seconds: 1,
      out: '/tmp/r',
    });
    expect(terminal.filter((l) => l.includes('step 3b'))).toHaveLength(2);
    expect(toJunit(result)).toContain('Manage technical benefits · step 3b · ');
    expect(toAnnotations(result, '/repo').join('\n')).toContain('Manage technical benefits · step 3b');
    const markdown = toMarkdown(result);
    expect(markdown).toContain('| 3b | ');
    expect(markdown).toContain('♿ step 3b: could not scan');
    const html = toHtml(result);
    expect(html).toContain('<td>3b</td>');
    expect(html).toContain('alt="the screen at step 3b"');
    for (const report of [terminal.join('\n'), toJunit(result), markdown, html]) expect(report).not.toMatch(/step 4\b/);
  });

  test('a procedure the run could not verify names its steps as the page renders them', () => {
    const page = benefitsPage('bilingual');
    const gtm = procedure(page, 'manage-go-to-market-offers');
    expect(unverifiedSteps(page, gtm, 'en-US', 'not bound').map((s) => [s.n, s.shown])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '3a'],
      [5, '3b'],
      [6, '3c'],
      [7, '4'],
      [8, '5'],
    ]);
  });
});

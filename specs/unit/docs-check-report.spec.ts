import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { inlineMarkdown } from '../../checker/reports/inline-markdown';
import type { CheckResult } from '../../checker/model';
import { githubRepository, pageLinks } from '../../checker/reports/page-links';
import { toHtml } from '../../checker/reports/html';
import { toMarkdown } from '../../checker/reports/markdown';
import { toTerminal } from '../../checker/reports/terminal';
import { wordDiff } from '../../checker/patch/word-diff';
import { documentedPagePath } from '../../bindings/documented-page';

const drifted: CheckResult = {
  doc: documentedPagePath,
  results: [
    {
      locale: 'en-US',
      procedures: [
        {
          id: 'subscribe-to-microsoft-action-pack',
          title: 'Subscribe to Microsoft Action Pack',
          line: 57,
          steps: [
            {
              n: 6,
              line: 69,
              status: 'drift',
              expected: ['Purchase'],
              actual: ['Buy'],
              message: 'the screen shows **Buy** where the doc says **Purchase**',
              screenshot: 'screenshots/s/6-en-US.png',
              outlined: 'Buy',
            },
            { n: 7, line: 71, status: 'ok', expected: ['Close'], actual: ['Close'], message: '' },
          ],
        },
      ],
      rules: [
        { id: 'charged-immediately', line: 69, status: 'unverified', message: 'not observed: <b>the charge</b>' },
      ],
      sentences: [],
      warnings: ['page.md:63: the page translates **Next** as **계속**; the product says **다음**'],
    },
  ],
  summary: {
    steps: 2,
    ok: 1,
    drift: 1,
    unverified: 0,
    rules: { ok: 0, drift: 0, unverified: 1 },
    sentences: { ok: 0, drift: 0, unverified: 0 },
  },
};

test.describe('a report a writer reads', () => {
  test('markdown in messages is bold or code in HTML, after everything else is escaped', () => {
    expect(inlineMarkdown('the screen shows **Buy** where the doc says **Purchase**')).toBe(
      'the screen shows <strong>Buy</strong> where the doc says <strong>Purchase</strong>',
    );
    expect(inlineMarkdown('run `npm run docs:check -- --confirm 69` for **A > B** & <script>')).toBe(
      'run <code>npm run docs:check -- --confirm 69</code> for <strong>A &gt; B</strong> &amp; &lt;script&gt;',
    );
    // Asterisks inside code stay asterisks.
    expect(inlineMarkdown('`**x**`')).toBe('<code>**x**</code>');
  });

  test("the HTML shows bold labels, each status as a symbol and a word, and links to the page's lines", () => {
    const page = toHtml(drifted, { links: pageLinks(documentedPagePath) });
    expect(page).toContain('<strong>Buy</strong> where the doc says <strong>Purchase</strong>');
    expect(page).toContain('<strong>Next</strong> as <strong>계속</strong>');
    expect(page).not.toMatch(/\*\*/);
    expect(page).not.toContain('<b>the charge</b>');
    expect(page).toContain('<span class="status drift">✗ drift</span>');
    expect(page).toContain('<span class="status ok">✓ in sync</span>');
    expect(page).toContain('<span class="status unverified">⚠ not verified</span>');
    // The line opens the page: the file itself, and the editor at the line.
    expect(page).toContain(`href="file://${documentedPagePath}"`);
    expect(page).toContain(`href="vscode://file${documentedPagePath}:69:1"`);
    expect(page).toContain('alt="the screen at step 6, before Buy was pressed (outlined)"');
  });

  test('markdown reports keep the status word beside its symbol', () => {
    expect(toMarkdown(drifted)).toContain('| 6 | ❌ drift |');
  });

  test('a page in a GitHub repository links to its line at the checked commit', () => {
    for (const remote of [
      'git@github.com:contoso/partner-docs.git',
      'https://github.com/contoso/partner-docs',
      'https://github.com/contoso/partner-docs.git',
    ])
      expect(githubRepository(remote)).toBe('https://github.com/contoso/partner-docs');
    expect(githubRepository('https://gitlab.com/contoso/partner-docs.git')).toBeUndefined();
  });

  test('a changed line shows the words that changed', () => {
    const { before, after } = wordDiff('select **Purchase** when ready', 'select **Buy** when ready');
    expect(before).toEqual([
      ['select **', false],
      ['Purchase', true],
      ['** when ready', false],
    ]);
    expect(after).toEqual([
      ['select **', false],
      ['Buy', true],
      ['** when ready', false],
    ]);
  });
});

test.describe('the terminal names a page from where the command runs', () => {
  const run = (file: string) => ({ file, locales: ['en-US'], a11y: 'off' as const, seconds: 1, out: 'reports' });

  test("a set's page, given as a full path inside the project, is named as a single page's is", () => {
    const lines = toTerminal(drifted, run(documentedPagePath));
    const drift = lines.filter((l) => l.startsWith('DRIFT'));
    expect(drift.length).toBeGreaterThan(0);
    for (const line of drift) expect(line).toContain(`(${relative(process.cwd(), documentedPagePath)}:`);
  });

  test('a page outside the project keeps its full path', () => {
    const outside = join(tmpdir(), 'page.md');
    expect(toTerminal(drifted, run(outside)).find((l) => l.startsWith('DRIFT'))).toContain(`(${outside}:`);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentedPage } from '../../bindings/documented-page';
import { exitCodeOf } from '../../checker/model';
import { parseDoc } from '../../checker/parser';
import { checkLinks } from '../../checker/read/links';
import { checkPageLinks, isPageLink } from '../../checker/read/page-links';
import { toHtml } from '../../checker/reports/html';
import { toJunit } from '../../checker/reports/junit';
import { toMarkdown } from '../../checker/reports/markdown';
import { inSync } from './in-sync-result';
import { validate } from './junit-validate';

/** A folder with the linking page and, beside it, the pages given, each as `name → text`. */
function pagesFolder(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-links-'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
  return dir;
}

const target = [
  '# <a name="activate"></a>Activate your Action Pack subscription',
  '',
  '## <a name="activate-benefits"></a>Activate your benefits',
  '',
  '1. Select **Benefits**.',
  '',
].join('\n');

/** A page that links to `href` on its line 7, from a folder that vendors names with the `.ko-kr` suffix. */
function linkingPage(dir: string, href: string) {
  const text = [
    '# <a name="upgrade"></a>Upgrade',
    '',
    '## <a name="buy"></a>Buy',
    '',
    '1. Select **Buy**.',
    '',
    `[Activate your Action Pack subscription](${href})`,
    '',
  ].join('\n');
  const file = join(dir, 'upgrade.ko-kr.md');
  writeFileSync(file, text);
  return parseDoc(text, file);
}

test.describe('links from one page of the set to another', () => {
  test('a link to a vendored page leads to its file with the locale suffix, and an anchor it has is ok', () => {
    const dir = pagesFolder({ 'manage-benefits.ko-kr.md': target });
    for (const href of ['manage-benefits.md', 'manage-benefits.md#activate-benefits']) {
      const [link] = checkPageLinks(linkingPage(dir, href));
      expect(link).toMatchObject({ href, line: 7, status: 'ok' });
      expect(link?.message).toContain(join(dir, 'manage-benefits.ko-kr.md'));
    }
  });

  test('an anchor the vendored page does not have is drift at the line of the link', () => {
    const dir = pagesFolder({ 'manage-benefits.ko-kr.md': target });
    expect(checkPageLinks(linkingPage(dir, 'manage-benefits.md#activate-benefit'))).toEqual([
      {
        href: 'manage-benefits.md#activate-benefit',
        line: 7,
        status: 'drift',
        message: `${join(dir, 'manage-benefits.ko-kr.md')} has no anchor "activate-benefit" (its anchors: activate, activate-benefits)`,
      },
    ]);
  });

  test('a path written with escapes names the file; a broken escape is read as written', () => {
    const dir = pagesFolder({ 'manage benefits.ko-kr.md': target });
    expect(checkPageLinks(linkingPage(dir, 'manage%20benefits.md'))[0]?.status).toBe('ok');
    expect(checkPageLinks(linkingPage(dir, 'manage%zz.md'))[0]?.status).toBe('unverified');
  });

  test('a link to a page of the set that is not vendored is unchecked, never ok', () => {
    const dir = pagesFolder({});
    expect(checkPageLinks(linkingPage(dir, 'create-user-accounts.md#add-users'))).toEqual([
      {
        href: 'create-user-accounts.md#add-users',
        line: 7,
        status: 'unverified',
        message: 'create-user-accounts.md is not vendored beside the page: the link was not checked',
      },
    ]);
  });

  test("the vendored page's next step leads to the vendored benefits page; a page not vendored is unchecked", () => {
    const links = checkPageLinks(documentedPage());
    expect(links.map(({ href, status }) => ({ href, status }))).toEqual([
      { href: 'manage-your-partner-network-benefits.md', status: 'ok' },
      { href: 'create-user-accounts-and-set-permissions.md', status: 'unverified' },
    ]);
    expect(links[0]?.message).toMatch(/docs\/pages\/manage-your-partner-network-benefits\.ko-kr\.md$/);
  });

  test('only relative links to markdown pages are links between pages', () => {
    expect(isPageLink('manage-benefits.md')).toBe(true);
    expect(isPageLink('../other/manage-benefits.md#x')).toBe(true);
    expect(isPageLink('https://learn.microsoft.com/partner-center/manage-benefits.md')).toBe(false);
    expect(isPageLink('/partner/benefits')).toBe(false);
    expect(isPageLink('#activate')).toBe(false);
  });

  test('a broken link fails the check; a link to a page not vendored is listed and does not', () => {
    const withLinks = (tally: { ok: number; drift: number; unverified: number }) => {
      const result = inSync();
      return { ...result, summary: { ...result.summary, steps: 1, ok: 1, links: tally } };
    };
    expect(exitCodeOf(withLinks({ ok: 1, drift: 0, unverified: 1 }))).toBe(0);
    expect(exitCodeOf(withLinks({ ok: 1, drift: 1, unverified: 0 }))).toBe(1);
  });

  test("a step's link to another page is checked as a page link, not as an address the step must reach", () => {
    const statement = {
      line: 85,
      text: { 'en-US': 'See Add users.' },
      labels: { 'en-US': [] },
      anchors: { 'en-US': [{ href: 'create-user-accounts.md#add-users', text: 'Add users' }] },
      place: 'step' as const,
      normative: true,
    };
    const observation = {
      captures: [{ url: 'https://partner.example/benefits', nodes: [], text: '' }],
      acted: [],
      typed: [],
    };
    expect(checkLinks([statement], 'en-US', observation)).toEqual({ problems: [], fixes: [] });
  });

  test('in JUnit a broken link is a failure and a link to a page not vendored is skipped, valid against the schema', () => {
    const links = [
      { href: 'a.md#x', line: 7, status: 'drift' as const, message: 'a.ko-kr.md has no anchor "x"' },
      { href: 'b.md', line: 9, status: 'unverified' as const, message: 'b.md is not vendored beside the page' },
    ];
    const xml = toJunit({ ...inSync(), links });
    const file = test.info().outputPath('docs-drift.junit.xml');
    mkdirSync(test.info().outputPath(), { recursive: true });
    writeFileSync(file, xml);
    expect(validate(file)).toEqual({ status: 0, errors: [] });
    expect(xml).toContain('<failure type="drift" message="a.ko-kr.md has no anchor &quot;x&quot;">');
    expect(xml).toContain('<skipped message="b.md is not vendored beside the page"/>');
    expect(xml).toMatch(
      /<testsuite name="docs:check docs\/pages\/[^"]+ · links to other pages" tests="2" failures="1" errors="0" skipped="1"/,
    );
  });

  test('the markdown and HTML reports list each link to another page with its status and line', () => {
    const links = [{ href: 'a.md#x', line: 7, status: 'drift' as const, message: 'a.ko-kr.md has no anchor "x"' }];
    const result = { ...inSync(), links };
    expect(toMarkdown(result)).toContain(
      '| a.md#x | ❌ drift | docs/pages/upgrade-your-partner-network-membership.ko-kr.md:7 |',
    );
    const page = toHtml(result);
    expect(page).toContain('<h2>Links to other pages</h2>');
    expect(page).toMatch(/<tr class="drift"><td><code>a\.md#x<\/code><\/td>.*<td>7<\/td>/);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { toJunit, toJunitSet } from '../../checker/reports/junit';
import { inSync } from './in-sync-result';
import { validate } from './junit-validate';

const suitesIn = (xml: string) => [...xml.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);

test.describe('JUnit of a set of pages', () => {
  test('one test suite per page and language, named by the page; a page the parser rejected fails', () => {
    const page = inSync();
    const other = { ...inSync(['en-US']), doc: 'docs/pages/other.ko-kr.md' };
    const rejected = {
      file: 'docs/pages/broken.ko-kr.md',
      message: 'docs/pages/broken.ko-kr.md:87: numbered list skips a number',
    };
    const xml = toJunitSet([page, other, rejected]);
    expect(suitesIn(xml)).toEqual([
      'docs:check docs/pages/upgrade-your-partner-network-membership.ko-kr.md · ko-KR',
      'docs:check docs/pages/upgrade-your-partner-network-membership.ko-kr.md · en-US',
      'docs:check docs/pages/other.ko-kr.md · en-US',
      'docs:check docs/pages/broken.ko-kr.md',
    ]);
    expect(xml).toContain(
      '<error type="unverified" message="docs/pages/broken.ko-kr.md:87: numbered list skips a number">',
    );
    const file = test.info().outputPath('docs-drift.junit.xml');
    mkdirSync(test.info().outputPath(), { recursive: true });
    writeFileSync(file, xml);
    expect(validate(file)).toEqual({ status: 0, errors: [] });
  });

  test("one page's JUnit has the same suites as that page in a set", () => {
    expect(suitesIn(toJunit(inSync()))).toEqual(suitesIn(toJunitSet([inSync()])));
  });
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { productDictionary, terminologyWarnings } from '../../checker/read/terminology';
import { documentedPagePath } from '../../bindings/documented-page';
import { parseDoc } from '../../bindings/action-pack/parse';
import { catalogFor } from '../../pages';

const dictionary = () => productDictionary(catalogFor('en-US'), catalogFor('ko-KR'));
const page = () => readFileSync(documentedPagePath, 'utf8');

test.describe('terminology warnings', () => {
  test('the vendored page and the product agree on every Korean label', () => {
    expect(terminologyWarnings(parseDoc(page(), 'page.md'), 'ko-KR', dictionary())).toEqual([]);
  });

  test('an English label translated two ways is listed with both places', () => {
    // Subscribe step 3 (line 63) now says 계속 for Next, where the other steps say 다음.
    const lines = page().split('\n');
    lines[62] = (lines[62] ?? '').replace('**다음**', '**계속**');
    const warnings = terminologyWarnings(parseDoc(lines.join('\n'), 'page.md'), 'ko-KR', dictionary());
    expect(warnings).toContain('page.md:63: the page translates **Next** as **계속**; the product says **다음**');
    expect(warnings).toContain('**Next** is translated in 2 ways: **다음** (page.md:61), **계속** (page.md:63)');
  });

  test('an English page or an English check has nothing to compare', () => {
    expect(terminologyWarnings(parseDoc(page(), 'page.md'), 'en-US', dictionary())).toEqual([]);
  });
});

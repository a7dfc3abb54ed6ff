import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bareTranslation, englishOnly, translatedOnly } from '../../checker/parser/page-forms';
import { parseDoc } from '../../bindings/action-pack/parse';
import { VENDORED, fixture } from './docs-parser-helpers';

const vendored = () => readFileSync(VENDORED, 'utf8');
/** What follows the front matter, which the fixtures trimmed of keys no parse reads. */
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

test.describe('forms of the page made from its bilingual source', () => {
  test('each is the hand-made fixture of that form, line for line after the front matter', () => {
    expect(body(translatedOnly(vendored()))).toBe(
      body(readFileSync(fixture('upgrade-membership.ko-kr.translated.md'), 'utf8')),
    );
    expect(body(bareTranslation(vendored()))).toBe(
      body(readFileSync(fixture('upgrade-membership.ko-kr.bare.md'), 'utf8')),
    );
    expect(body(englishOnly(vendored()))).toBe(body(readFileSync(fixture('upgrade-membership.en-us.md'), 'utf8')));
  });

  test('the translated forms are read as Korean alone and the English form as English alone', () => {
    expect(
      [translatedOnly, bareTranslation, englishOnly]
        .map((make) => parseDoc(make(vendored()), 'form.md'))
        .map((p) => [p.form, p.locales]),
    ).toEqual([
      ['translated', ['ko-KR']],
      ['translated', ['ko-KR']],
      ['english', ['en-US']],
    ]);
  });

  test('a sentence pair the forms cannot take apart is refused at its line, not left half English', () => {
    const nested = vendored().replace('<span data-stu-id="9e520-171">', '<span data-stu-id="9e520-171"><span>');
    const line = nested.split('\n').findIndex((l) => l.includes('9e520-171')) + 1;
    expect(() => translatedOnly(nested)).toThrow(
      `translated-only form: line ${line} still holds an English source span`,
    );
  });
});

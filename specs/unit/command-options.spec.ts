import { expect, test } from '@playwright/test';
import { parseOptions } from '../../harness/command-options';

const options = {
  today: { type: 'string' },
  fresh: { type: 'boolean' },
  doc: { type: 'string', multiple: true },
} as const;

test.describe('the command lines read their options once each', () => {
  test('an option of one value given twice is refused, naming it, whatever the form', () => {
    for (const args of [
      ['--today', '2026-02-30', '--today', '2026-03-01'],
      ['--today=2026-02-30', '--today', '2026-03-01'],
      ['--fresh', '--fresh'],
    ])
      expect(() => parseOptions({ args, options }), args.join(' ')).toThrow(
        new TypeError(`Option '--${args[0]?.replace(/^--|=.*$/g, '')}' is given twice; give it once`),
      );
  });

  test('a repeatable option may be given again; the values are as parseArgs gives them', () => {
    const { values } = parseOptions({ args: ['--doc', 'a.md', '--doc', 'b.md', '--today', '2026-03-01'], options });
    expect(values).toEqual({ doc: ['a.md', 'b.md'], today: '2026-03-01' });
  });

  test("parseArgs's own refusals still come through", () => {
    expect(() => parseOptions({ args: ['--nope'], options })).toThrow(/Unknown option '--nope'/);
  });
});

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

  test('a value that starts with a dash, or a value forgotten before the next option, is one line naming both and the way to give it', () => {
    const seed = { ...options, seed: { type: 'string' } } as const;
    expect(() => parseOptions({ args: ['--seed', '-1'], options: seed })).toThrow(
      // The message alone: parseArgs's own error is its cause.
      "Option '--seed' is missing its value: '-1' after it starts with a dash; a value that does is given as --seed=-1",
    );
    expect(() => parseOptions({ args: ['--doc', 'a.md', '--doc', '--today', '2026-03-01'], options })).toThrow(
      "Option '--doc' is missing its value: --today followed it",
    );
    expect(parseOptions({ args: ['--seed=-1'], options: seed }).values).toEqual({ seed: '-1' });
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { screenShape } from '../../checker/screens/a11y';
import { checkBaseline, mediaDirFor, pruneBaselines } from '../../checker/screens/baselines';
import { screenArgs, screenOptionsOf } from '../../checker/cli/screen-options';

/**
 * What `docs:check` makes of its screen options, as its command line calls it: a refusal is the line it prints
 * before exiting 2 (specs/cli/docs-check.spec.ts).
 */
function screenOptions(...args: string[]) {
  const { values } = parseArgs({ args, options: screenArgs });
  return screenOptionsOf(values, 'docs/pages/page.ko-kr.md', (message) => {
    throw new Error(`docs:check: ${message}`);
  });
}

test.describe('docs:check refuses bad screen options with one line naming the option', () => {
  const cases: [string[], string][] = [
    [['--a11y', 'strict'], 'docs:check: --a11y must be one of fail, warn, off, got "strict"'],
    [
      ['--screenshot-tolerance', '2'],
      'docs:check: --screenshot-tolerance must be a ratio of differing pixels from 0 to 1 (e.g. 0.0001), got "2"',
    ],
    [
      ['--screenshot-tolerance', '1e-3'],
      'docs:check: --screenshot-tolerance must be a ratio of differing pixels from 0 to 1 (e.g. 0.0001), got "1e-3"',
    ],
    [
      ['--screenshot-tolerance', '5%'],
      'docs:check: --screenshot-tolerance must be a ratio of differing pixels from 0 to 1 (e.g. 0.0001), got "5%"',
    ],
    [['--seed=-1'], 'docs:check: --seed must be a whole number from 0 to 2147483647, got "-1"'],
    [['--seed', '1.5'], 'docs:check: --seed must be a whole number from 0 to 2147483647, got "1.5"'],
    [['--seed', '2147483648'], 'docs:check: --seed must be a whole number from 0 to 2147483647, got "2147483648"'],
  ];
  for (const [args, message] of cases)
    test(`${args.join(' ')} is refused`, () => {
      expect(() => screenOptions(...args)).toThrow(new Error(message));
    });

  test('good values are read, and the defaults apply when none is given', () => {
    expect(
      screenOptions('--a11y', 'fail', '--screenshot-tolerance', '0.5', '--seed', '2147483647', '--update-screenshots'),
    ).toEqual({
      a11y: 'fail',
      screenshots: { update: true, tolerance: 0.5, dir: 'docs/pages/page.ko-kr.media' },
      seed: 2147483647,
    });
    expect(screenOptions()).toEqual({
      a11y: 'warn',
      screenshots: { update: false, tolerance: 0.0001, dir: 'docs/pages/page.ko-kr.media' },
      seed: 1,
    });
  });
});

/** A plain image; `marked` pixels (at the top left) drawn black. */
function png(width: number, height: number, marked = 0): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(255);
  for (let i = 0; i < marked; i++) image.data.fill(0, i * 4, i * 4 + 3);
  return PNG.sync.write(image);
}

test.describe('screenshots against their baselines', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'docs-media-'));

  test('sit in a folder beside the page', () => {
    expect(mediaDirFor('docs/pages/upgrade-your-partner-network-membership.ko-kr.md')).toBe(
      'docs/pages/upgrade-your-partner-network-membership.ko-kr.media',
    );
  });

  test('a missing baseline is a note; --update-screenshots writes it where the next run finds it', () => {
    const dir = fresh();
    const o = { dir, tolerance: 0.0001, update: false };
    expect(checkBaseline(o, 'subscribe', 'agree-terms', 'en-US', png(100, 100))).toMatchObject({
      status: 'missing',
      baseline: join(dir, 'subscribe', 'agree-terms-en-US.png'),
    });
    expect(checkBaseline({ ...o, update: true }, 'subscribe', 'agree-terms', 'en-US', png(100, 100)).status).toBe(
      'updated',
    );
    expect(checkBaseline(o, 'subscribe', 'agree-terms', 'en-US', png(100, 100))).toMatchObject({
      status: 'same',
      ratio: 0,
    });
  });

  test('a change within the tolerance is the same screen; beyond it, a warning with the baseline and the difference beside the new screen', () => {
    const dir = fresh();
    const out = fresh();
    mkdirSync(join(out, 'screenshots'), { recursive: true });
    checkBaseline({ dir, tolerance: 0.01, update: true }, 'p', 'open', 'ko-KR', png(100, 100));
    // 100 of 10,000 pixels: 1%.
    expect(
      checkBaseline(
        { dir, tolerance: 0.01, update: false },
        'p',
        'open',
        'ko-KR',
        png(100, 100, 100),
        out,
        'screenshots/1-ko-KR.png',
      ),
    ).toMatchObject({ status: 'same', ratio: 0.01 });
    const changed = checkBaseline(
      { dir, tolerance: 0.01, update: false },
      'p',
      'open',
      'ko-KR',
      png(100, 100, 101),
      out,
      'screenshots/1-ko-KR.png',
    );
    expect(changed).toMatchObject({
      status: 'changed',
      ratio: 0.0101,
      baselineCopy: 'screenshots/1-ko-KR.baseline.png',
      diff: 'screenshots/1-ko-KR.diff.png',
    });
    expect(changed.message).toContain('1.010% of its pixels, tolerance 1.000%');
    expect(readFileSync(join(out, 'screenshots/1-ko-KR.baseline.png')).equals(png(100, 100))).toBe(true);
    expect(PNG.sync.read(readFileSync(join(out, 'screenshots/1-ko-KR.diff.png'))).width).toBe(100);
  });

  test('a screen of another size differs everywhere', () => {
    const dir = fresh();
    checkBaseline({ dir, tolerance: 0.5, update: true }, 'p', 'open', 'en-US', png(100, 100));
    expect(checkBaseline({ dir, tolerance: 0.5, update: false }, 'p', 'open', 'en-US', png(100, 90))).toMatchObject({
      status: 'changed',
      ratio: 1,
      message: expect.stringContaining('100×90 against 100×100'),
    });
  });

  test('after an update, a fully written procedure drops the baselines of steps it no longer has, in its locale only', () => {
    const dir = fresh();
    const write = (step: string, locale: string) =>
      checkBaseline({ dir, tolerance: 0, update: true }, 'p', step, locale, png(10, 10));
    write('dropped', 'en-US');
    write('dropped', 'ko-KR');
    const written = [write('open', 'en-US'), write('buy', 'en-US')];
    // A procedure cut short (a step without a screenshot) keeps everything.
    expect(pruneBaselines(dir, 'p', 'en-US', [...written, undefined])).toEqual([]);
    expect(pruneBaselines(dir, 'p', 'en-US', written)).toEqual([join(dir, 'p', 'dropped-en-US.png')]);
    expect(['open', 'buy'].map((step) => existsSync(join(dir, 'p', `${step}-en-US.png`)))).toEqual([true, true]);
    expect(existsSync(join(dir, 'p', 'dropped-ko-KR.png'))).toBe(true);
  });
});

test.describe('the accessibility scan knows a screen it has scanned', () => {
  const form = (typed: string, chosen: string) =>
    [
      '- main:',
      '  - heading "Payment details" [level=2]',
      `  - paragraph: Signed in as ${typed}`,
      `  - textbox "Name on card": ${typed}`,
      '  - combobox "Expiration month":',
      `    - option "01"${chosen === '01' ? ' [selected]' : ''}`,
      `    - option "02"${chosen === '02' ? ' [selected]' : ''}`,
      '  - checkbox "I agree" [checked]',
      '  - link "Terms":',
      `    - /url: https://example.com/${typed}`,
      '  - button "Next" [disabled]',
    ].join('\n');

  test('by its roles, names and structure, not by what was typed, chosen or loaded', () => {
    expect(screenShape(form('Lamont', '01'))).toBe(screenShape(form('Candido', '02')));
    expect(screenShape(form('Lamont', '01'))).toBe(
      [
        '- main:',
        '  - heading "Payment details" [level=2]',
        '  - paragraph',
        '  - textbox "Name on card"',
        '  - combobox "Expiration month":',
        '    - option "01"',
        '    - option "02"',
        '  - checkbox "I agree"',
        '  - link "Terms":',
        '    - /url',
        '  - button "Next" [disabled]',
      ].join('\n'),
    );
  });

  test('a control that lost its name, or a disabled one, is another screen', () => {
    expect(screenShape(form('a', '01').replace('button "Next"', 'button'))).not.toBe(screenShape(form('a', '01')));
    expect(screenShape(form('a', '01').replace(' [disabled]', ''))).not.toBe(screenShape(form('a', '01')));
  });
});

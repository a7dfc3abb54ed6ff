import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentedPagePath } from '../../bindings/documented-page';
import { docsCheck } from './docs-check-cli';

test.describe('docs:check --confirm', () => {
  test('re-confirms a changed sentence in the pin file beside the page, and only that one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const page = join(dir, 'page.md');
    const pins = join(dir, 'page.pins.json');
    const original = readFileSync(documentedPagePath, 'utf8');
    writeFileSync(page, original);
    expect(docsCheck('--doc', page, '--confirm-all').status).toBe(0);
    const before = JSON.parse(readFileSync(pins, 'utf8')) as { confirmed: Record<string, Record<string, string[]>> };
    expect(before.confirmed['en-US']?.['Your credit card will be charged immediately.']).toEqual([
      'charged-immediately',
    ]);

    const changed = original.replace(
      'Select **Next** to add payment details.',
      'Select **Next** to enter how you pay.',
    );
    writeFileSync(page, changed);
    const line = changed.split('\n').findIndex((l) => l.includes('enter how you pay')) + 1;
    expect(docsCheck('--doc', page, '--confirm', String(line)).status).toBe(0);
    const after = JSON.parse(readFileSync(pins, 'utf8')) as typeof before;
    expect(after.confirmed['en-US']?.['Select Next to enter how you pay.']).toEqual([]);
    // Earlier pins stay (the wording it replaced is still the page's, at the renewal's step): one line was added.
    expect(Object.keys(after.confirmed['en-US'] ?? {})).toHaveLength(
      Object.keys(before.confirmed['en-US'] ?? {}).length + 1,
    );
  });

  test('with --force, pins a sentence that contradicts a rule without starting the product', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const page = join(dir, 'page.md');
    const pins = join(dir, 'page.pins.json');
    const contrary = 'If you turn off automatic subscription renewal, you can turn it back on at any time.';
    const changed = readFileSync(documentedPagePath, 'utf8').replace(
      "you won't be able to turn it back on until you renew the subscription again.",
      'you can turn it back on at any time.',
    );
    writeFileSync(page, changed);
    writeFileSync(pins, readFileSync(documentedPagePath.replace(/\.md$/, '.pins.json')));
    const line = changed.split('\n').findIndex((l) => l.includes(contrary)) + 1;
    // BASE_URL leads nowhere: a run that asked the product would be refused, not confirmed.
    const run = docsCheck('--doc', page, '--confirm', String(line), '--force');
    expect(run.stdout).not.toContain('checking the product');
    expect(run.status).toBe(0);
    const after = JSON.parse(readFileSync(pins, 'utf8')) as { confirmed: Record<string, Record<string, string[]>> };
    expect(after.confirmed['en-US']?.[contrary]).toEqual([]);
  });

  test('refuses an option only a check uses, in one line naming it, leaving the pin file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const page = join(dir, 'page.md');
    const pins = join(dir, 'page.pins.json');
    writeFileSync(page, readFileSync(documentedPagePath, 'utf8'));
    writeFileSync(pins, '{"confirmed": {}}\n');
    const unused = [
      ['--procedure', 'subscribe-to-microsoft-action-pack'],
      ['--changed', 'HEAD'],
      ['--locale', 'en-US'],
      ['--out', dir],
      ['--pages', '2'],
      ['--a11y', 'off'],
      ['--update-screenshots'],
    ];
    for (const option of unused) {
      const run = docsCheck('--doc', page, '--confirm-all', ...option);
      expect([run.status, run.stderr]).toEqual([
        2,
        `docs:check: ${option[0]} does not apply to --confirm or --confirm-all, which only write the pin file; leave it out\n`,
      ]);
    }
    expect(readFileSync(pins, 'utf8')).toBe('{"confirmed": {}}\n');
  });

  test('a pin file that is not JSON is refused naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const page = join(dir, 'page.md');
    writeFileSync(page, readFileSync(documentedPagePath, 'utf8'));
    writeFileSync(join(dir, 'page.pins.json'), '{ not json');
    const run = docsCheck('--doc', page, '--confirm-all');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(
      new RegExp(`^docs:check: ${join(dir, 'page.pins.json')}:1:3: not valid JSON`),
    );
  });

  test('a pin file of the wrong shape is refused in one line naming the file and the key, and left as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const page = join(dir, 'page.md');
    writeFileSync(page, readFileSync(documentedPagePath, 'utf8'));
    const pins = join(dir, 'page.pins.json');
    // Confirming, a language that maps to no sentences; checking, a sentence that maps to no list of rules.
    // Each named at its key's line and column.
    for (const [json, args, key, line] of [
      [
        '{"confirmed": {"ko-KR": "x"}}\n',
        ['--confirm-all'],
        '"ko-KR"',
        'confirmed["ko-KR"] must map each sentence to a list of rule ids',
      ],
      [
        '{"confirmed": {"ko-KR": {"Select Save.": "refund-window"}}}\n',
        ['--out', join(dir, 'reports')],
        '"Select Save."',
        'confirmed["ko-KR"]["Select Save."] must be a list of rule ids',
      ],
    ] as const) {
      writeFileSync(pins, json);
      const run = docsCheck('--doc', page, ...args);
      expect([run.status, run.stderr]).toEqual([2, `docs:check: ${pins}:1:${json.indexOf(key) + 1}: ${line}\n`]);
      expect(readFileSync(pins, 'utf8')).toBe(json);
    }
  });
});

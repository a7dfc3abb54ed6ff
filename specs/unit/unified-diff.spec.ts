import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unifiedDiff } from '../../checker/patch/patch';

test.describe('unified diff', () => {
  test('a change of the last line of a file without a final newline applies with patch -p1', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-patch-'));
    mkdirSync(join(root, 'docs'));
    const before = 'one\ntwo\nthree **Buy**';
    writeFileSync(join(root, 'docs/page.md'), before);
    writeFileSync(join(root, 'fix.patch'), unifiedDiff('docs/page.md', before, 'one\ntwo\nthree **Purchase**'));
    const run = spawnSync('patch', ['-p1', '-i', 'fix.patch'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, 'docs/page.md'), 'utf8')).toBe('one\ntwo\nthree **Purchase**');
  });

  test('changes far apart are separate hunks with three lines of context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', 'line eighteen\n');
    expect(
      unifiedDiff('p.md', before, after)
        .split('\n')
        .filter((l) => l.startsWith('@@')),
    ).toEqual(['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
  });
});

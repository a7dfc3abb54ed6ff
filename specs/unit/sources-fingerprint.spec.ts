import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sourcesFingerprint } from '../../checker/sources-fingerprint';

test.describe('The sources that name saved records', () => {
  test('a change to any file under them, or to the settings, changes the name; a file elsewhere does not', () => {
    const root = test.info().outputPath('project');
    mkdirSync(join(root, 'app', 'src'), { recursive: true });
    mkdirSync(join(root, 'app', 'dist'), { recursive: true });
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'app', 'src', 'main.ts'), 'one');
    const name = () => sourcesFingerprint(root, ['app'], 'BACKEND=/api/');
    const first = name();
    writeFileSync(join(root, 'docs', 'page.md'), 'an edit');
    writeFileSync(join(root, 'app', 'dist', 'main.js'), 'a build');
    expect(name()).toBe(first);
    writeFileSync(join(root, 'app', 'src', 'main.ts'), 'two');
    const second = name();
    expect(second).not.toBe(first);
    expect(sourcesFingerprint(root, ['app'], 'BACKEND=/backend/')).not.toBe(second);
  });
});

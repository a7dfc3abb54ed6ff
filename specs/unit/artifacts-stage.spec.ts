import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { testCards } from '../../flows/test-cards';
import { stageArtifacts } from '../../scripts/report-scan/stage';
import { spaced } from '../support/card-forms';

// A file is scanned, then read again to be copied (its bytes are not kept meanwhile): what is copied must be what
// was scanned. The command line's own behaviour is specs/cli/artifacts-stage.spec.ts.
let root: string;
let cwd: string;

test.beforeEach(() => {
  cwd = process.cwd();
  root = mkdtempSync(join(tmpdir(), 'artifacts-stage-unit-'));
  mkdirSync(join(root, 'shard'));
  writeFileSync(join(root, 'shard/clean.txt'), 'card ending 1111');
  writeFileSync(join(root, 'shard/steady.txt'), 'nothing to see');
  // stageArtifacts keeps each path as it is given, relative to the folder it runs in.
  process.chdir(root);
});

test.afterEach(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});

/** Reads clean.txt as holding a number now: it changed after its scan. */
const changed = (file: string) =>
  file.endsWith('clean.txt') ? Buffer.from(`card ${spaced(testCards.visa)}`) : readFileSync(file);
/** Finds clean.txt gone. */
const gone = (file: string) => {
  if (file.endsWith('clean.txt')) throw new Error('ENOENT');
  return readFileSync(file);
};

test('a file that changed after its scan is left out and named, not copied with what it holds now', () => {
  const staged = stageArtifacts('upload', ['shard'], testCards, changed);
  expect(staged.copied).toBe(1);
  expect(staged.withheld.map((w) => w.reasons)).toEqual([
    ['shard/clean.txt: changed or gone since its scan: left out, as what would be copied was not scanned'],
  ]);
  expect(readFileSync('upload/shard/steady.txt', 'utf8')).toBe('nothing to see');
  expect(() => readFileSync('upload/shard/clean.txt')).toThrow(/ENOENT/);
  expect(readFileSync('upload/shard/WITHHELD.txt', 'utf8')).toContain('shard/clean.txt: changed or gone');
});

test('a file gone after its scan is left out and named, the others copied', () => {
  const staged = stageArtifacts('upload', ['shard'], testCards, gone);
  expect([staged.copied, staged.withheld.length]).toEqual([1, 1]);
  expect(readFileSync('upload/shard/WITHHELD.txt', 'utf8')).toContain('shard/clean.txt: changed or gone');
});

test('a file read again as it was scanned is copied byte for byte', () => {
  const staged = stageArtifacts('upload', ['shard'], testCards);
  expect([staged.copied, staged.withheld]).toEqual([2, []]);
  expect(readFileSync('upload/shard/clean.txt', 'utf8')).toBe('card ending 1111');
});

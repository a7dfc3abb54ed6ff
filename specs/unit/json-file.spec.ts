import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readJsonFile, readJsonLines } from '../../harness/json-file';

// The commands that read JSON (pins, shard weights, durations, the bench's history) answer with the line `fail` gets.
const fail = (line: string): never => {
  throw new Error(line);
};

test.describe('a JSON file that cannot be read is told apart from one that does not parse', () => {
  test('a folder, or a file that cannot be opened: named with why, not as bad JSON', () => {
    const folder = test.info().outputPath('a-folder.json');
    mkdirSync(folder, { recursive: true });
    expect(() => readJsonFile(folder, fail)).toThrow(`${folder}: cannot be read (EISDIR)`);
    expect(() => readJsonLines(folder, fail)).toThrow(`${folder}: cannot be read (EISDIR)`);
  });

  test('a file that does not parse: named at its line', () => {
    const file = test.info().outputPath('bad.json');
    writeFileSync(file, '{ not json');
    expect(() => readJsonFile(file, fail)).toThrow(new RegExp(`^${file}:1: not valid JSON \\(`));
  });
});

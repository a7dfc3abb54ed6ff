import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { keyPathText, placeOfKey, readJsonFile, readJsonLines } from '../../harness/json-file';

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
    expect(() => readJsonFile(file, fail)).toThrow(new RegExp(`^${file}:1:3: not valid JSON \\(`));
  });
});

test.describe("a JSON file's fault is named at its line and column, in one line", () => {
  const refusal = (text: string): string => {
    const file = test.info().outputPath('faulty.json');
    mkdirSync(test.info().outputDir, { recursive: true });
    writeFileSync(file, text);
    try {
      readJsonFile(file, fail);
    } catch (e) {
      return (e as Error).message.replace(file, 'faulty.json');
    }
    throw new Error('the file was read');
  };

  test('a fault on a later line: that line and column, and what was expected there', () => {
    expect(refusal('{\n  "a": 1,\n  "b": 2,\n  c: 3\n}\n')).toBe(
      'faulty.json:4:3: not valid JSON (neither a value nor a name in double quotes)',
    );
    expect(refusal('{\n  "a": 1\n  "b": 2\n}\n')).toBe('faulty.json:3:3: not valid JSON (comma expected)');
  });

  test("a list's last comma, a comment, a word that is no value: placed and named the same on every Node", () => {
    expect(refusal('[\n  1,\n]\n')).toBe('faulty.json:3:1: not valid JSON (value expected)');
    const long = `{\n  "weights": [\n    1,\n    // by test\n    2\n  ]\n}\n`;
    expect(refusal(long)).toBe('faulty.json:4:5: not valid JSON (invalid comment token)');
    // The word that is no value, where it begins.
    expect(refusal('{"list": [1, 2, tru]}')).toBe(
      'faulty.json:1:17: not valid JSON (neither a value nor a name in double quotes)',
    );
    // A tab inside a string: one line still, whatever the file holds.
    expect(refusal('{"a": "x\ty"}')).toBe('faulty.json:1:7: not valid JSON (invalid character)');
  });

  test('a file cut short: named after its last character, not on the empty line its last newline opens', () => {
    expect(refusal('{\n  "a": 1,\n')).toBe('faulty.json:2:10: not valid JSON (property name expected)');
    expect(refusal('{\n  "a": [\n')).toBe('faulty.json:2:9: not valid JSON (close bracket expected)');
    expect(refusal('{\n  "a": 1\n\n')).toBe('faulty.json:2:9: not valid JSON (close brace expected)');
    expect(refusal('')).toBe('faulty.json:1:1: not valid JSON (value expected)');
  });
});

test.describe('a key of a JSON file that parsed, named for a message about its shape', () => {
  test("its path as JavaScript writes it, and its line and column, or its parent's when it is missing", () => {
    expect(keyPathText(['results', 0, 'procedures', 1, 'steps'])).toBe('results[0].procedures[1].steps');
    expect(keyPathText(['confirmed', 'ko-KR', 'Select Save.'])).toBe('confirmed["ko-KR"]["Select Save."]');
    const file = test.info().outputPath('shaped.json');
    writeFileSync(file, '{\n  "confirmed": {\n    "ko-KR": "x"\n  }\n}\n');
    expect(placeOfKey(file, ['confirmed', 'ko-KR'])).toBe(`${file}:3:5`);
    expect(placeOfKey(file, ['confirmed', 'en-US'])).toBe(`${file}:2:3`);
    expect(placeOfKey(file, ['doc'])).toBe(`${file}:1:1`);
    expect(placeOfKey(test.info().outputPath('gone.json'), ['doc'])).toBe(test.info().outputPath('gone.json'));
  });
});

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

  test('a fault on a later line: that line and column, from the position the parser names', () => {
    expect(refusal('{\n  "a": 1,\n  "b": 2,\n  c: 3\n}\n')).toBe(
      'faulty.json:4:3: not valid JSON (Expected double-quoted property name in JSON at position 24)',
    );
  });

  test("a fault the parser names no position for (a list's last comma, a comment): its line and column, its quote of the file on one line", () => {
    expect(refusal('[\n  1,\n]\n')).toBe(
      `faulty.json:3:1: not valid JSON (Unexpected token ']', "[\\n  1,\\n]\\n" is not valid JSON)`,
    );
    const long = `{\n  "weights": [\n    1,\n    // by test\n    2\n  ]\n}\n`;
    expect(refusal(long)).toBe(
      `faulty.json:4:5: not valid JSON (Unexpected token '/', ..."   1,\\n    // by test"... is not valid JSON)`,
    );
    // The word that is no value, where it begins.
    expect(refusal('{"list": [1, 2, tru]}')).toMatch(/^faulty\.json:1:17: not valid JSON \(Unexpected token '\]'/);
  });

  test('a file cut short: named after its last character, not on the empty line its last newline opens', () => {
    expect(refusal('{\n  "a": 1,\n')).toBe(
      'faulty.json:2:10: not valid JSON (Expected double-quoted property name in JSON at position 12)',
    );
    expect(refusal('{\n  "a": [\n')).toBe('faulty.json:2:9: not valid JSON (Unexpected end of JSON input)');
    expect(refusal('{\n  "a": 1\n\n')).toBe(
      "faulty.json:2:9: not valid JSON (Expected ',' or '}' after property value in JSON at position 12)",
    );
    expect(refusal('')).toBe('faulty.json:1:1: not valid JSON (Unexpected end of JSON input)');
  });
});

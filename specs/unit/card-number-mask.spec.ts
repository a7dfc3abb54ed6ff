import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { testCards } from '../../flows/test-cards';
import { cardMasker } from '../../scripts/report-scan/card-finder';
import { maskedBytes, maskStrings } from '../../scripts/report-scan/mask';
import CardNumberMaskReporter, { SECRET_TYPED } from '../../harness/reporters/card-number-mask';
import { colouredByDigit, notACard, spaced } from '../support/card-forms';

// What the suite's first reporter (harness/reporters/card-number-mask.ts) does to a failed test's errors and files.
// The numbers are never written out here: a failing test's trace keeps this file's source.
const mask = cardMasker(testCards);
const visa = testCards.visa;
const spacedVisa = spaced(visa);
const masked = '[test card ending 1111, masked]';

test('a card number whole or in groups is replaced by a mark naming its last four, other digits kept', () => {
  const result = mask(`value: "${visa}", shown: "${spacedVisa}", order 2026120400001234`);
  expect(result.text).toBe(`value: "${masked}", shown: "${masked}", order 2026120400001234`);
  expect(result.masked).toEqual([
    { card: 'visa test card ending 1111', form: 'plain' },
    { card: 'visa test card ending 1111', form: 'spaced, dashed or dotted' },
  ]);
  expect(mask('nothing to mask 4111').masked).toEqual([]);
});

test("a trace's text entries are masked, its images left byte for byte, its entries kept in their order", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x41]);
  const trace = zipSync({
    'test.trace': strToU8(`{"type":"error","message":"Received: ${visa}"}`),
    'resources/page.png': png,
    'attachments/context': strToU8(`- textbox "Card number": "${spacedVisa}"`),
  });
  const result = maskedBytes(mask, trace);
  const entries = unzipSync(result?.bytes ?? new Uint8Array());
  expect(Object.keys(entries)).toEqual(['test.trace', 'resources/page.png', 'attachments/context']);
  expect(strFromU8(entries['test.trace'] ?? new Uint8Array())).toBe(`{"type":"error","message":"Received: ${masked}"}`);
  expect(strFromU8(entries['attachments/context'] ?? new Uint8Array())).toBe(`- textbox "Card number": "${masked}"`);
  expect(entries['resources/page.png']).toEqual(png);
});

test('a file with no card number is left alone: nothing to rewrite', () => {
  expect(maskedBytes(mask, strToU8('# Error details\n\nTimeout: 1000ms'))).toBeUndefined();
  expect(maskedBytes(mask, zipSync({ 'test.trace': strToU8('{}') }))).toBeUndefined();
});

test("every string of an error is masked in place, the error's cause and snippet too", () => {
  const error: Record<string, unknown> = {
    message: `Received: "${visa}"`,
    snippet: `> 12 | expect(field).toHaveValue("${spacedVisa}")`,
    cause: { message: `inner ${visa}`, location: { line: 12 } },
  };
  error.self = error;
  const hits = maskStrings(mask, [error]);
  expect(hits).toHaveLength(3);
  expect(error).toMatchObject({
    message: `Received: "${masked}"`,
    snippet: `> 12 | expect(field).toHaveValue("${masked}")`,
    cause: { message: `inner ${masked}`, location: { line: 12 } },
  });
});

test("a number an assertion's diff coloured digit by digit is masked too", () => {
  const coloured = [...spacedVisa].map((c, i) => (i % 5 === 2 ? `\x1b[31m${c}\x1b[39m` : c)).join('');
  expect(mask(`Received: "${coloured}"`).text).toBe(`Received: "${masked}"`);
  expect(mask(`Received: "${coloured}"`).masked).toEqual([
    { card: 'visa test card ending 1111', form: 'split by colour codes' },
  ]);
  // Grouped and coloured: the codes between a group's last digit and the space, and after it.
  const both = spacedVisa.replace(/ /g, '\x1b[39m \x1b[31m');
  expect(mask(both)).toEqual({
    text: masked,
    masked: [{ card: 'visa test card ending 1111', form: 'split by colour codes' }],
  });
  const nearMiss = colouredByDigit(notACard(visa));
  expect(mask(nearMiss)).toEqual({ text: nearMiss, masked: [] });
});

test("a coloured number as a trace's JSON writes it (\\u001b, six characters) is masked in the trace", () => {
  // A failed assertion's message as the worker writes it into test.trace: the differing digits inverted.
  const message = JSON.stringify({ message: `Received: "${visa[0]}\x1b[7m${visa.slice(1)}\x1b[27m"` });
  expect(message).toContain('\\u001b[7m');
  const result = maskedBytes(mask, zipSync({ 'test.trace': strToU8(message) }));
  const entry = strFromU8(unzipSync(result?.bytes ?? new Uint8Array())['test.trace'] ?? new Uint8Array());
  expect(entry).toBe(JSON.stringify({ message: `Received: "${masked}\x1b[27m"` }));
});

test('the reporter masks an attempt before the next reporter reads it: errors, output, bodies and files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-mask-'));
  try {
    const file = (name: string, bytes: string | Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const context = file('error-context.md', `- textbox "Card number": "${spacedVisa}"`);
    const trace = file('trace.zip', zipSync({ 'test.trace': strToU8(`{"message":"${visa}"}`) }));
    const stepFile = file('typed.txt', `typed ${visa}`);
    const cut = file('cut.zip', zipSync({ 'test.trace': strToU8(`{"message":"${visa}"}`) }).slice(0, 40));
    const screenshot = file('test-failed-1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const before = statSync(screenshot).mtimeMs;
    const error = { message: `Received: "${visa}"` };
    const result = {
      retry: 0,
      errors: [error],
      error,
      stdout: [`typed ${visa}\n`, Buffer.from(`typed ${spacedVisa}\n`)],
      stderr: [],
      annotations: [],
      attachments: [
        { name: 'error-context', contentType: 'text/markdown', path: context },
        { name: 'trace', contentType: 'application/zip', path: trace },
        { name: 'cut', contentType: 'application/zip', path: cut },
        { name: 'screenshot', contentType: 'image/png', path: screenshot },
        { name: 'typed', contentType: 'text/plain', body: Buffer.from(`typed ${spacedVisa}`) },
      ],
    } as unknown as TestResult;
    const test = { title: 'fails on purpose' } as TestCase;
    const step = {
      title: 'expect.toHaveValue',
      error: { message: `Received: "${visa}"` },
      attachments: [{ name: 'typed', contentType: 'text/plain', path: stepFile }],
    } as unknown as TestStep;
    const reporter = new CardNumberMaskReporter();
    reporter.onStepEnd(test, result, step);
    expect(step.error?.message).toBe(`Received: "${masked}"`);
    expect(readFileSync(stepFile, 'utf8')).toBe(`typed ${masked}`);
    expect(result.attachments[4]?.body?.toString()).toBe(`typed ${masked}`);
    reporter.onTestEnd(test, result);
    expect(result.errors[0]?.message).toBe(`Received: "${masked}"`);
    expect(result.stdout.map(String)).toEqual([`typed ${masked}\n`, `typed ${masked}\n`]);
    expect(readFileSync(context, 'utf8')).toBe(`- textbox "Card number": "${masked}"`);
    expect(strFromU8(unzipSync(readFileSync(trace))['test.trace'] ?? new Uint8Array())).toBe(`{"message":"${masked}"}`);
    expect(readFileSync(cut, 'utf8'), 'a zip it cannot read is withheld whole').toMatch(/^Withheld by the harness/);
    expect(statSync(screenshot).mtimeMs, 'an image is not rewritten').toBe(before);
    expect(readdirSync(dir).sort()).toEqual([
      'cut.zip',
      'error-context.md',
      'test-failed-1.png',
      'trace.zip',
      'typed.txt',
    ]);
    const runError = { message: `in a worker: ${visa}` };
    reporter.onError(runError);
    expect(runError.message).toBe(`in a worker: ${masked}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the video of a test that typed a card number is deleted and a line attached instead; another test's is kept", () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-mask-'));
  try {
    const attempt = (name: string, annotations: { type: string }[]) => {
      const video = join(dir, `${name}.webm`);
      writeFileSync(video, new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]));
      return {
        retry: 0,
        errors: [],
        stdout: [],
        stderr: [],
        annotations,
        attachments: [{ name: 'video', contentType: 'video/webm', path: video }],
      } as unknown as TestResult;
    };
    const typed = attempt('typed', [{ type: SECRET_TYPED }]);
    const other = attempt('other', []);
    const reporter = new CardNumberMaskReporter();
    reporter.onTestEnd({ title: 'types a card' } as TestCase, typed);
    reporter.onTestEnd({ title: 'types none' } as TestCase, other);
    expect(typed.attachments).toEqual([
      {
        name: 'video',
        contentType: 'text/plain',
        path: undefined,
        body: Buffer.from(
          'Withheld by the harness: a card number was typed in this test, and a video cannot be masked.\n',
        ),
      },
    ]);
    expect(other.attachments[0]?.path).toBe(join(dir, 'other.webm'));
    expect(readdirSync(dir)).toEqual(['other.webm']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { testCards } from '../../flows/test-cards';
import { BadInput, describeFinding, scanReports } from '../../scripts/report-scan/scan';
import { colouredByDigit, grouped, notACard } from '../support/card-forms';

// Each form a card number takes in what a run writes, planted in a folder laid out as a run lays it out.
// The spec never writes a number out: a failing test's trace keeps this file's source, and the scan reads traces.
const visa = testCards.visa;
const json = (value: unknown) => JSON.stringify(value);
/** Not a test card: the visa's number, its last digit changed. */
const nearMiss = notACard(visa);
/** Key by key, as `keyboard.press` records it: one step per digit. */
const pressSteps = (number: string) => [...number].map((d) => ({ name: `Press "${d}"`, status: 'passed', steps: [] }));
/** A trace's test.trace and 1-trace.trace: JSON lines, one event per line. */
const traceLines = (number: string) =>
  [...number]
    .flatMap((d, i) => [
      json({ type: 'before', callId: `c${i}`, class: 'Page', method: 'keyboardPress', params: { key: `Digit${d}` } }),
      json({ type: 'after', callId: `c${i}` }),
    ])
    .join('\n');
/** The HTML report's data: repeated steps folded into one with a count, as `Press "1"` x15. */
const foldedHtmlSteps = [
  {
    title: 'Type card number ending 1111',
    count: 1,
    steps: [
      { title: 'Press "4"', count: 1, steps: [] },
      { title: 'Press "1"', count: 15, steps: [] },
    ],
  },
];
const htmlReport = (files: Record<string, string>) => {
  const zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([n, c]) => [n, strToU8(c)])))).toString(
    'base64',
  );
  return `<!DOCTYPE html><html><body><div id="root"></div></body></html>\n<template id="playwrightReportBase64">data:application/zip;base64,${zip}</template>`;
};
const zipOf = (files: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([n, c]) => [n, typeof c === 'string' ? strToU8(c) : c])));

const planted: Record<string, { path: string; content: string | Uint8Array; where: string; form: string }> = {
  plain: {
    path: 'allure-results/a-result.json',
    content: json({ name: 'pays', parameters: [{ name: 'card', value: visa }] }),
    where: 'allure-results/a-result.json',
    form: 'plain',
  },
  spaced: {
    path: 'reports/docs-check/docs-drift.md',
    content: `Typed ${grouped(visa, [4, 4, 4, 4], ' ')} into **Card number**`,
    where: 'reports/docs-check/docs-drift.md',
    form: 'spaced, dashed or dotted',
  },
  dashed: {
    path: 'playwright-report/data/log.txt',
    content: `card=${grouped(testCards.mastercard, [4, 4, 4, 4], '-')}`,
    where: 'playwright-report/data/log.txt',
    form: 'spaced, dashed or dotted',
  },
  dotted: {
    path: 'allure-report/data/test-results/x.json',
    content: json({ message: grouped(testCards.amex, [4, 6, 5], '.') }),
    where: 'allure-report/data/test-results/x.json',
    form: 'spaced, dashed or dotted',
  },
  "split by colour codes in a trace's error, as JSON writes them": {
    // An assertion's diff inverts the digits that differ: ESC[7m after the first one, written by JSON as \u001b.
    path: 'test-results/pays-e2e-en-US/trace.zip',
    content: zipOf({
      'test.trace': json({
        type: 'after',
        error: { message: `Received: \u001b[31m"${visa[0]}\u001b[7m${visa.slice(1)}\u001b[27m"\u001b[39m` },
      }),
    }),
    where: 'test-results/pays-e2e-en-US/trace.zip!test.trace',
    form: 'split by colour codes',
  },
  'split across steps in an Allure result': {
    path: 'allure-results/b-result.json',
    content: json({ name: 'subscribes', steps: [{ name: 'Type card number ending 1111', steps: pressSteps(visa) }] }),
    where: 'allure-results/b-result.json',
    form: 'split across steps',
  },
  "inside the HTML report's embedded zip": {
    path: 'playwright-report/index.html',
    content: htmlReport({
      'report.json': json({ files: [] }),
      'abc.json': json({ tests: [{ results: [{ steps: foldedHtmlSteps }] }] }),
    }),
    where: 'playwright-report/index.html!playwrightReportBase64!abc.json',
    form: 'split across steps',
  },
  'inside a trace zip entry': {
    path: 'test-results/subscribes-e2e-en-US/trace.zip',
    content: zipOf({
      'test.trace': json({ type: 'context-options' }),
      '1-trace.trace': traceLines(testCards.declined),
    }),
    where: 'test-results/subscribes-e2e-en-US/trace.zip!1-trace.trace',
    form: 'split across steps',
  },
  'inside a blob report zip': {
    path: 'blob-report/report-e2e-en-US.zip',
    content: zipOf({
      'report.jsonl': [...testCards.mastercard]
        .map((d) => json({ method: 'onStepBegin', params: { title: `Press "${d}"`, category: 'pw:api' } }))
        .join('\n'),
    }),
    where: 'blob-report/report-e2e-en-US.zip!report.jsonl',
    form: 'split across steps',
  },
  'in a trace inside a blob report, as an attachment body': {
    path: 'blob-report/report-2.zip',
    content: zipOf({
      'resources/t.zip': zipOf({
        'test.trace': json({ type: 'attach', body: Buffer.from(`number ${visa}`).toString('base64') }),
      }),
    }),
    where: 'blob-report/report-2.zip!resources/t.zip!test.trace!base64 string 1',
    form: 'plain',
  },
  "in a zip entry's name, named by its place only": {
    path: 'test-results/pays-e2e-en-US/trace.zip',
    content: zipOf({ 'test.trace': json({ type: 'context-options' }), [`resources/${visa}.txt`]: 'nothing' }),
    where: 'test-results/pays-e2e-en-US/trace.zip!entry 2 of the zip, whose name holds it',
    form: 'plain',
  },
  "in a zip folder entry's name, named by its place only": {
    path: 'test-results/pays-e2e-en-US/trace.zip',
    // An empty folder: an entry of its own in the archive, with no file inside to name it.
    content: zipSync({ 'test.trace': strToU8(json({ type: 'context-options' })), [`resources/${visa}`]: {} }),
    where: 'test-results/pays-e2e-en-US/trace.zip!entry 2 of the zip, whose name holds it',
    form: 'plain',
  },
  "in a file's name, named by its folder only": {
    path: `test-results/pays-e2e-en-US/${grouped(visa, [4, 4, 4, 4], '-')}.png`,
    content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    where: 'test-results/(a file whose name holds it)',
    form: 'spaced, dashed or dotted',
  },
};

/** What a clean run writes: the last four, the typing step's name, other digits, keystrokes that are not a card. */
const clean: Record<string, string | Uint8Array> = {
  'allure-results/c-result.json': json({
    name: 'subscribes',
    steps: [
      { name: 'Type card number ending 1111', steps: [{ name: 'Expose binding' }, { name: 'Evaluate' }] },
      ...pressSteps(visa.slice(0, -1)),
      { name: 'Press "Tab"' },
      ...pressSteps(visa.slice(-1)),
    ],
    start: 1764115200123,
    stop: 1764115201234,
  }),
  'playwright-report/index.html': htmlReport({
    'abc.json': json({ tests: [{ results: [{ steps: [{ title: 'Fill "•••• 1111"', count: 1 }] }] }] }),
  }),
  'test-results/x/trace.zip': zipOf({
    'test.trace': `${traceLines(nearMiss)}\n${json({ message: colouredByDigit(nearMiss) })}`,
    'resources/page.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  }),
  'reports/docs-check/docs-drift.md': `Subscribe 5: the screen shows **•••• 1111**; ${grouped(nearMiss, [4, 4, 4, 4], ' ')} is not a test card`,
};

let root: string;
const write = (files: Record<string, string | Uint8Array>, base = root) => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }
};
const at = (...parts: string[]) => join(root, ...parts);

test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-reports-'));
});

test.afterEach(() => rmSync(root, { recursive: true, force: true }));

test.describe('report scan', () => {
  for (const [name, plant] of Object.entries(planted)) {
    test(`finds a card number ${name}`, () => {
      write(clean);
      write({ [plant.path]: plant.content });
      const { findings } = scanReports(readdirSync(root).map((folder) => at(folder)));
      expect(findings.map((f) => ({ where: f.where.join('!'), form: f.form }))).toEqual([
        { where: at(plant.where), form: plant.form },
      ]);
      // The report names the card by its last four, never by its number.
      expect(
        Object.values(testCards).some((n) => findings.map(describeFinding).join('\n').includes(n)),
        'a number in the findings',
      ).toBe(false);
    });
  }

  test('passes a run that shows cards by their last four only', () => {
    write(clean);
    const result = scanReports(readdirSync(root).map((folder) => at(folder)));
    expect(result.findings).toEqual([]);
    expect(result.files).toBe(4);
    // Both the trace's entries and the HTML report's embedded zip were opened.
    expect(result.inner).toBeGreaterThanOrEqual(4);
  });

  test('bad input is BadInput naming what and where', () => {
    write({
      'test-results/x/trace.zip': zipOf({ 'test.trace': traceLines(visa) }).subarray(0, 60),
      'allure-results/a.json': '{}',
    });
    expect(() => scanReports([at('test-results')])).toThrow(
      new BadInput(`${at('test-results/x/trace.zip')} is not a readable zip (invalid zip data)`),
    );
    const corrupt = zipOf({ 'test.trace': traceLines(visa) });
    corrupt.fill(0xff, 40, 48); // the start of the entry's deflated data
    write({ 'blob-report/report.zip': corrupt });
    expect(() => scanReports([at('blob-report')])).toThrow(
      new BadInput(`${at('blob-report/report.zip')} is not a readable zip (invalid block type)`),
    );
    // A stored entry whose data ends before the size its central directory record declares.
    const short = zipSync({ 'test.trace': [strToU8(traceLines(visa)), { level: 0 }] });
    const record = Buffer.from(short.buffer).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const view = new DataView(short.buffer);
    for (const field of [20, 24]) view.setUint32(record + field, view.getUint32(record + field, true) + 1000, true);
    write({ 'test-results/y/trace.zip': short });
    rmSync(at('test-results/x'), { recursive: true });
    expect(() => scanReports([at('test-results')])).toThrow(
      new BadInput(`${at('test-results/y/trace.zip')} is not a readable zip (entry test.trace is cut short)`),
    );
    expect(() => scanReports([at('allure-results/a.json')])).toThrow(
      new BadInput(`${at('allure-results/a.json')} is a file, not a folder: give the folder that holds it`),
    );
    expect(() => scanReports([at('allure-resutls')])).toThrow(new BadInput(`${at('allure-resutls')}: no such folder`));
  });
});

import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SavedRecords } from '../../checker/record/saved-records';
import { testCards } from '../../flows/test-cards';
import { scanReports } from '../../scripts/report-scan/scan';
import { hasImagesFor, type StepRecord } from '../../checker/record/step-record';
import { image, keep, madeForBuy, press, recordOf, screen, who } from './saved-records-fixtures';

test.describe('A record made for one wording serves a page only when it holds every screenshot that page takes', () => {
  test('the page names the same control: served', () => {
    expect(hasImagesFor(madeForBuy, new Set(['Buy']))).toBe(true);
  });

  test('the page names another control of the step, whose screen was not taken: not served', () => {
    expect(hasImagesFor(madeForBuy, new Set(['More']))).toBe(false);
  });

  test('the page names no control the step presses: read before the first press, which was taken: served', () => {
    expect(hasImagesFor(madeForBuy, new Set(['Purchase']))).toBe(true);
  });

  test('a step that presses nothing is read at its end: served only with the end taken', () => {
    expect(hasImagesFor({ actions: [], end: screen(false) }, new Set())).toBe(false);
    expect(hasImagesFor({ actions: [], end: screen(true) }, new Set())).toBe(true);
  });
});

test.describe('Records saved on disk for the next run', () => {
  let folder: string;

  test.beforeEach(() => {
    folder = test.info().outputPath('saved');
  });

  test('are read back by a later run on the same sources, images, errors and kept facts as they were', async () => {
    await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    const later = new SavedRecords(folder, 'sources-1');
    const { got, made } = await keep(later, recordOf({ actions: [] }));
    expect(made).toBe(0);
    expect(later.reused).toBe(1);
    expect(got).toEqual(recordOf(madeForBuy));
    expect(Buffer.isBuffer(got.steps[0]?.record.actions[2]?.look?.image)).toBe(true);
  });

  test('are driven again when the record does not serve this page, and the new record replaces the old', async () => {
    await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    const other: StepRecord = {
      actions: [press('Next', true), press('More', true), press('Buy', false)],
      end: screen(false),
    };
    const again = await keep(new SavedRecords(folder, 'sources-1'), recordOf(other), { serves: () => false });
    expect(again.made).toBe(1);
    const { got, made } = await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    expect(made).toBe(0);
    expect(got).toEqual(recordOf(other));
  });

  test('are never read for another browser, seed, date or language, nor by a run with scans when made without', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    await keep(records, recordOf(madeForBuy), { as: { ...who, scans: false } });
    const others = [{ ...who, browser: 'chromium 2.0' }, { ...who, seed: 2 }, { ...who, today: '2026-03-16' }, who];
    for (const other of others) expect((await keep(records, recordOf(madeForBuy), { as: other })).made).toBe(1);
    expect((await keep(records, recordOf(madeForBuy), { locale: 'ko-KR' })).made).toBe(1);
  });

  test('a run without scans reads one saved with them, without their findings, and saves its outlines back', async () => {
    const a11y = { screens: 1, violations: [], errors: [] };
    const scanned = recordOf({ actions: [press('Next', true), press('Buy', true)], end: screen(false) });
    scanned.steps = scanned.steps.map((s) => ({ ...s, a11y }));
    await keep(new SavedRecords(folder, 'sources-1'), scanned);
    const later = new SavedRecords(folder, 'sources-1');
    const { got, made } = await keep(later, recordOf(madeForBuy), { as: { ...who, scans: false } });
    expect([made, later.reused]).toEqual([0, 1]);
    expect(got.steps.map((s) => s.a11y)).toEqual([undefined]);
    const look = got.steps[0]?.record.actions[1]?.look;
    expect(look?.image).toEqual(image);
    // The reading outlines the pressed control on the screenshot it read back.
    Object.assign(look ?? {}, { outlined: Buffer.from('outlined') });
    later.save();
    const withScans = await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    expect(withScans.made).toBe(0);
    expect(withScans.got.steps[0]?.a11y).toEqual(a11y);
    expect(withScans.got.steps[0]?.record.actions[1]?.look?.outlined).toEqual(Buffer.from('outlined'));
  });

  test('a run without scans reads its own kind first', async () => {
    const own = recordOf({ actions: [press('Buy', true)], end: screen(false) });
    await keep(new SavedRecords(folder, 'sources-1'), own, { as: { ...who, scans: false } });
    await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    const { got, made } = await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy), {
      as: { ...who, scans: false },
    });
    expect([made, got]).toEqual([0, own]);
  });

  test('a procedure that failed, or whose look failed, is not saved: it may have failed by chance', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    await keep(records, recordOf(madeForBuy, new Error('timed out')));
    await keep(records, recordOf({ actions: madeForBuy.actions }));
    const unnamed = { ...press('Buy', true), node: undefined };
    await keep(records, recordOf({ actions: [unnamed], end: screen(false) }));
    expect(existsSync(join(folder, 'sources-1'))).toBe(false);
    expect((await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy))).made).toBe(1);
  });

  test('--fresh reads nothing back, and what it makes replaces the saved record', async () => {
    await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    const other: StepRecord = { actions: [press('Next', true)], end: screen(true) };
    expect((await keep(new SavedRecords(folder, 'sources-1', { fresh: true }), recordOf(other))).made).toBe(1);
    const { got, made } = await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    expect([made, got]).toEqual([0, recordOf(other)]);
  });

  test("other sources' records are never read; the newest two others are kept, older ones removed", async () => {
    for (const [n, ageSeconds] of [
      [1, 400],
      [2, 300],
      [3, 200],
    ] as const) {
      await keep(new SavedRecords(folder, `sources-${n}`), recordOf(madeForBuy));
      const at = new Date(Date.now() - ageSeconds * 1000);
      utimesSync(join(folder, `sources-${n}`), at, at);
    }
    const records = new SavedRecords(folder, 'sources-4');
    expect(readdirSync(folder).sort()).toEqual(['sources-2', 'sources-3']);
    expect((await keep(records, recordOf(madeForBuy))).made).toBe(1);
  });

  test('an unreadable record (cut short) is driven again', async () => {
    await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    for (const file of readdirSync(join(folder, 'sources-1')))
      writeFileSync(join(folder, 'sources-1', file), Buffer.from([0xff, 0x0f]));
    expect((await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy))).made).toBe(1);
  });

  test('outlines drawn by the reading are saved with the record, for the next run to read back', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    const buy = press('Buy', true);
    await keep(records, recordOf({ actions: [press('Next', true), buy], end: screen(false) }));
    buy.look.outlined = Buffer.from('outlined');
    records.save();
    const read = await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy));
    expect(read.got.steps[0]?.record.actions[1]?.look?.outlined).toEqual(Buffer.from('outlined'));
  });

  test('a run whose sources changed while it ran saves nothing it drove, and says so', async () => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    try {
      await keep(new SavedRecords(folder, 'sources-1', { sourcesNow: () => 'sources-2' }), recordOf(madeForBuy));
    } finally {
      process.stderr.write = write;
    }
    expect(written).toEqual([
      "docs check: the product's sources changed during the run: nothing it drove is saved for the next run\n",
    ]);
    expect(existsSync(join(folder, 'sources-1'))).toBe(false);
    await keep(new SavedRecords(folder, 'sources-1', { sourcesNow: () => 'sources-1' }), recordOf(madeForBuy));
    expect((await keep(new SavedRecords(folder, 'sources-1'), recordOf(madeForBuy))).made).toBe(0);
  });

  test('a record that holds more than plain data (an instance of a class) is not saved, and says so once', async () => {
    class Account {
      total() {
        return 1;
      }
    }
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    try {
      const records = new SavedRecords(folder, 'sources-1');
      await keep(records, { ...recordOf(madeForBuy), kept: { account: new Account() } });
      // Saved again (a run saves as it ends, and a writer may save twice): the record is let go, not tried again.
      records.save();
    } finally {
      process.stderr.write = write;
    }
    expect(written).toEqual([
      'docs check: the record of action-pack buy was not saved for the next run: account is an instance of Account, not plain data\n',
    ]);
    expect(existsSync(join(folder, 'sources-1'))).toBe(false);
  });

  test('the saved files are text the report scan reads: a card number in Korean text would be found', async () => {
    // A card number is written on purpose here: outside the test's output, and removed, so no artifact holds it.
    const planted = mkdtempSync(join(tmpdir(), 'saved-records-'));
    try {
      const [number = ''] = Object.values(testCards);
      const capture = { nodes: [], text: `- textbox "카드 번호": ${number}`, url: 'http://127.0.0.1/' };
      const records = new SavedRecords(planted, 'sources-1');
      await records.probe(who, 'ko-KR', 'wizard', async () => capture);
      records.save();
      expect(scanReports([planted]).findings.map((f) => f.form)).toEqual(['plain']);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
  });

  test('probes are saved and read back like procedures', async () => {
    const capture = { nodes: [], text: '- heading "Membership"', url: 'http://127.0.0.1/partnership' };
    const first = new SavedRecords(folder, 'sources-1');
    await first.probe(who, 'en-US', 'membership', async () => capture);
    first.save();
    const later = new SavedRecords(folder, 'sources-1');
    let looked = 0;
    expect(await later.probe(who, 'en-US', 'membership', async () => (looked++, capture))).toEqual(capture);
    expect([looked, later.reused]).toEqual([0, 1]);
    // A later page of the same run: the same screen, read back once.
    expect(await later.probe(who, 'en-US', 'membership', async () => (looked++, capture))).toEqual(capture);
    expect([looked, later.reused]).toEqual([0, 1]);
    // A probe's screen is never scanned: a run without scans reads it too.
    const off = new SavedRecords(folder, 'sources-1');
    expect(await off.probe({ ...who, scans: false }, 'en-US', 'membership', async () => (looked++, capture))).toEqual(
      capture,
    );
    expect([looked, off.reused]).toEqual([0, 1]);
  });
});

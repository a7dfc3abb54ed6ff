import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ProductRecords, type ProcedureRecord, type RecordIdentity } from '../../checker/record/product-record';

// Only its identity matters to the records: they never call it.
const browser = {} as Browser;
const who = (scans: boolean): RecordIdentity => ({
  browser,
  baseURL: 'http://127.0.0.1:1',
  seed: 1,
  today: '2026-03-15',
  scans,
});
const recordOf = (made: string, withScans: boolean): ProcedureRecord<string> => ({
  steps: [
    {
      id: 'subscribe.select-offer',
      record: { actions: [] },
      ...(withScans && { a11y: { screens: 1, violations: [], errors: [] } }),
    },
  ],
  kept: made,
  unhandled: [],
});
const ANCHOR = 'actionPack subscribe';

test.describe('Product records shared by the checks of one worker', () => {
  test('a run without scans reads the record a run with scans made, without the scans’ findings', async () => {
    const records = new ProductRecords();
    await records.procedure(who(true), 'en-US', ANCHOR, () => Promise.resolve(recordOf('scanned', true)));
    let made = 0;
    const read = await records.procedure(who(false), 'en-US', ANCHOR, () => {
      made++;
      return Promise.resolve(recordOf('unscanned', false));
    });
    expect(made).toBe(0);
    expect(read.kept).toBe('scanned');
    expect(read.steps.map((s) => s.a11y)).toEqual([undefined]);
  });

  test('a run with scans never reads a record made without them', async () => {
    const records = new ProductRecords();
    await records.procedure(who(false), 'en-US', ANCHOR, () => Promise.resolve(recordOf('unscanned', false)));
    const read = await records.procedure(who(true), 'en-US', ANCHOR, () => Promise.resolve(recordOf('scanned', true)));
    expect(read.kept).toBe('scanned');
    expect(read.steps.map((s) => s.a11y?.screens)).toEqual([1]);
  });

  test('a run without scans makes its own record when the one with scans it waited for fails', async () => {
    const records = new ProductRecords();
    let fail: (e: Error) => void = () => undefined;
    const failing = records.procedure(
      who(true),
      'en-US',
      ANCHOR,
      () => new Promise<ProcedureRecord<string>>((_, reject) => (fail = reject)),
    );
    const read = records.procedure(who(false), 'en-US', ANCHOR, () => Promise.resolve(recordOf('own', false)));
    fail(new Error('the browser closed'));
    await expect(failing).rejects.toThrow('the browser closed');
    expect((await read).kept).toBe('own');
  });

  test('a run without scans waits for a record with scans still being made and reads it', async () => {
    const records = new ProductRecords();
    let done: (r: ProcedureRecord<string>) => void = () => undefined;
    void records.procedure(who(true), 'en-US', ANCHOR, () => new Promise<ProcedureRecord<string>>((f) => (done = f)));
    let made = 0;
    const read = records.procedure(who(false), 'en-US', ANCHOR, () => {
      made++;
      return Promise.resolve(recordOf('own', false));
    });
    done(recordOf('scanned', true));
    expect((await read).kept).toBe('scanned');
    expect(made).toBe(0);
  });

  test('a record with scans that failed is made again by the next run with scans', async () => {
    const records = new ProductRecords();
    const failed = records.procedure(who(true), 'en-US', ANCHOR, () => Promise.reject(new Error('the browser closed')));
    await expect(failed).rejects.toThrow('the browser closed');
    const again = await records.procedure(who(true), 'en-US', ANCHOR, () => Promise.resolve(recordOf('again', true)));
    expect(again.kept).toBe('again');
  });

  test('a run without scans reads the record made without them, when there is one, even after one with scans', async () => {
    const records = new ProductRecords();
    await records.procedure(who(false), 'en-US', ANCHOR, () => Promise.resolve(recordOf('unscanned', false)));
    await records.procedure(who(true), 'en-US', ANCHOR, () => Promise.resolve(recordOf('scanned', true)));
    const read = await records.procedure(who(false), 'en-US', ANCHOR, () => Promise.resolve(recordOf('new', false)));
    expect(read.kept).toBe('unscanned');
  });

  test('another language, date or procedure is never read from a record with scans', async () => {
    const records = new ProductRecords();
    await records.procedure(who(true), 'en-US', ANCHOR, () => Promise.resolve(recordOf('scanned', true)));
    const made = (what: string) => () => Promise.resolve(recordOf(what, false));
    expect((await records.procedure(who(false), 'ko-KR', ANCHOR, made('korean'))).kept).toBe('korean');
    expect((await records.procedure({ ...who(false), today: '2026-03-16' }, 'en-US', ANCHOR, made('day'))).kept).toBe(
      'day',
    );
    expect((await records.procedure(who(false), 'en-US', 'actionPack renew', made('renew'))).kept).toBe('renew');
  });
});

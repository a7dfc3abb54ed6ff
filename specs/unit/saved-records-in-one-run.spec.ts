import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ProcedureRecord } from '../../checker/record/product-record';
import { SavedRecords } from '../../checker/record/saved-records';
import { keep, madeForBuy, recordOf, who } from './saved-records-fixtures';

// Within one run: the pages of a set, checked side by side, share what any of them drives.
test.describe('Records of one run', () => {
  let folder: string;

  test.beforeEach(() => {
    folder = test.info().outputPath('saved');
  });

  test('a later page of the same run reads what an earlier one drove, --fresh too, and it is saved as the run ends', async () => {
    for (const fresh of [false, true]) {
      const records = new SavedRecords(join(folder, String(fresh)), 'sources-1', { fresh });
      let made = 0;
      const make = async () => (made++, recordOf(madeForBuy));
      await records.procedure(who, 'en-US', 'action-pack buy', () => true, make);
      const got = await records.procedure(who, 'en-US', 'action-pack buy', () => true, make);
      expect([made, got, records.reused]).toEqual([1, recordOf(madeForBuy), 0]);
      records.save();
      expect((await keep(new SavedRecords(join(folder, String(fresh)), 'sources-1'), recordOf(madeForBuy))).made).toBe(
        0,
      );
    }
  });

  test('two pages of a set checked side by side that drive the same procedure and probe drive each once', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    const made = { procedure: 0, probe: 0 };
    // Each made a moment later, as the browser would: the other page asks while it is being made.
    const later = <T>(value: T) => new Promise<T>((resolve) => setImmediate(() => resolve(value)));
    const procedure = () =>
      records.procedure(
        who,
        'en-US',
        'action-pack buy',
        () => true,
        () => (made.procedure++, later(recordOf(madeForBuy))),
      );
    const capture = { nodes: [], text: '- heading "Offers"', url: 'http://127.0.0.1/offers' };
    const probe = () => records.probe(who, 'en-US', 'offers', () => (made.probe++, later(capture)));
    const [first, second, firstProbe, secondProbe] = await Promise.all([procedure(), procedure(), probe(), probe()]);
    expect(made).toEqual({ procedure: 1, probe: 1 });
    expect(second).toBe(first);
    expect(secondProbe).toBe(firstProbe);
  });

  test('three pages of a set ask for one procedure whose first drive fails: it is driven once more, not twice', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    // The first drive stops on an error (no record to share); the next one is whole.
    const drives = [recordOf(madeForBuy, new Error('timed out')), recordOf(madeForBuy), recordOf(madeForBuy)];
    let made = 0;
    const make = () => {
      const record = drives[made++] ?? recordOf(madeForBuy);
      return new Promise<ProcedureRecord>((resolve) => setImmediate(() => resolve(record)));
    };
    const ask = () => records.procedure(who, 'en-US', 'action-pack buy', () => true, make);
    const [, second, third] = await Promise.all([ask(), ask(), ask()]);
    expect(made).toBe(2);
    expect(third).toBe(second);
  });

  test('a record being made for one page of a set that does not serve the other is made again for that one', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    let made = 0;
    const make = () => (
      made++,
      new Promise<ProcedureRecord>((resolve) => setImmediate(() => resolve(recordOf(madeForBuy))))
    );
    await Promise.all([
      records.procedure(who, 'en-US', 'action-pack buy', () => true, make),
      records.procedure(who, 'en-US', 'action-pack buy', () => false, make),
    ]);
    expect(made).toBe(2);
  });

  test('a record this run made that does not serve a later page is made again for it', async () => {
    const records = new SavedRecords(folder, 'sources-1');
    await keep(records, recordOf(madeForBuy));
    expect((await keep(records, recordOf(madeForBuy), { serves: () => false })).made).toBe(1);
  });
});

import type { ProcedureRecord } from '../../checker/record/product-record';
import type { SavedRecords } from '../../checker/record/saved-records';
import type { RecordedAction, RecordedScreen, StepRecord } from '../../checker/record/step-record';

// The records the saved-records specs keep and read back.

export const who = { browser: 'chromium 1.0', seed: 1, today: '2026-03-15', scans: true };
export const image = Buffer.from('an image');
export const screen = (withImage: boolean) => ({
  capture: { nodes: [], text: '', url: 'http://127.0.0.1/' },
  target: true,
  ...(withImage && { image, box: { x: 1, y: 2, width: 3, height: 4 } }),
});
export const press = (name: string, withImage: boolean): RecordedAction & { look: RecordedScreen } => ({
  kind: 'click',
  node: { role: 'button', name, depth: 0 },
  look: screen(withImage),
});
/**
 * A step that presses Next, More and Buy, as the recorder logs it for a page that names Buy: the screen before Buy
 * is taken, and the one before the first press (a page naming none of the step's controls is read there).
 */
export const madeForBuy: StepRecord = {
  actions: [press('Next', true), press('More', false), press('Buy', true)],
  end: screen(false),
};
export const recordOf = (step: StepRecord, error?: Error): ProcedureRecord => ({
  steps: [{ id: 'buy', record: step, ...(error && { error }) }],
  kept: { charges: 1 },
  unhandled: [],
});

/** Asks `records` for the buy procedure, made as `record` when it must be, then saves; how many times it was made. */
export const keep = async (
  records: SavedRecords,
  record: ProcedureRecord,
  o: { serves?: () => boolean; as?: typeof who; locale?: string } = {},
) => {
  let made = 0;
  const got = await records.procedure(
    o.as ?? who,
    o.locale ?? 'en-US',
    'action-pack buy',
    o.serves ?? (() => true),
    async () => {
      made++;
      return record;
    },
  );
  records.save();
  return { got, made };
};

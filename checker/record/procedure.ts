import { scaled } from '../../harness/settings/timeouts';
import { unreported, type FlowDefinition } from '../../flows/flow';
import type { CheckBinding, Probe, ProductSession, SessionTarget } from '../binding';
import type { CheckPool } from '../pool';
import { parseAriaSnapshot } from '../read/aria';
import { scannerFor, type ScreenOptions } from '../screens/step-screens';
import type { PerformedStep, ProcedureRecord, ProductRecords, RecordIdentity } from './product-record';
import { Recorder, type Capture } from './recorder';
import type { SavedIdentity, SavedRecords } from './saved-records';
import { hasImagesFor } from './step-record';

/** The check's action and navigation timeout on the reference machine, times TIMEOUT_SCALE where it is used. */
export const ACTION_TIMEOUT = 10_000;

/** What recording in one language needs: the binding that opens the product, the session's target, the scans. */
export interface Recording {
  binding: CheckBinding;
  target: Omit<SessionTarget, 'baseURL'>;
  /** The target's address, awaited as each session opens: a target started on need starts with the first. */
  baseURL: () => Promise<string>;
  screens: ScreenOptions;
  /** The browser pages driven at once and the screens scanned, across the whole check (or the command's set). */
  pool: CheckPool;
  /** Earlier runs' records, to reuse where this run sees the same product. */
  shared?: { records: ProductRecords; who: RecordIdentity };
  /** Records saved on disk by earlier runs of the command, to read back where they serve this page. */
  saved?: { records: SavedRecords; who: SavedIdentity };
}

const open = async (
  rec: Recording,
  start: { flow: FlowDefinition } | { probe: Probe },
): Promise<ProductSession<unknown>> => rec.binding.open({ ...rec.target, baseURL: await rec.baseURL() }, start);

/**
 * Drives one procedure's flow through the product, step after step until one fails, and records what each step
 * showed. `namesOf` gives the labels the page names at a step when the record serves that page alone: then only
 * the screenshots its reading takes are taken.
 */
async function recordFlow(
  rec: Recording,
  flowDef: FlowDefinition,
  namesOf?: (stepId: string) => string[],
): Promise<ProcedureRecord> {
  const session = await open(rec, { flow: flowDef });
  const { page, flow: ctx, unhandled } = session;
  // A control that is not there fails its step in seconds, not at the end of a test-sized timeout.
  page.setDefaultTimeout(scaled(ACTION_TIMEOUT));
  const scanner = scannerFor(rec.screens, rec.pool.scans, page, rec.target.locale);
  const recorder = new Recorder(page, {
    ...(scanner && { onScreen: (capture: Capture) => scanner.scan(capture) }),
    places: rec.binding.positions !== undefined,
    masked: session.masked,
  });
  const flow = flowDef.create(ctx, unreported);
  const steps: PerformedStep[] = [];
  let kept: unknown;
  try {
    await page.goto('/');
    for (const bound of flowDef.steps) {
      const { record, error } = await recorder.record(() => bound.perform(flow, ctx), namesOf?.(bound.id));
      const a11y = await scanner?.take();
      steps.push({ id: bound.id, record, ...(error && { error }), ...(a11y && { a11y }) });
      if (error) break;
    }
    kept = await session.keep(!steps.some((s) => s.error));
  } finally {
    recorder.dispose();
    await session.close();
  }
  return { steps, kept, unhandled: [...unhandled] };
}

/**
 * The record of a procedure's flow: kept across runs that see the same product, else made for this page alone
 * (and saved, when the run saves records, for the next run to read back while it serves that page's wording).
 */
export function recordProcedure(
  rec: Recording,
  flowDef: FlowDefinition,
  namesOf: (stepId: string) => string[],
): Promise<ProcedureRecord> {
  const { shared, saved, binding, target } = rec;
  const { limit } = rec.pool;
  const id = `${binding.name} ${flowDef.anchor}`;
  if (shared)
    return shared.records.procedure(shared.who, target.locale, id, () => limit(() => recordFlow(rec, flowDef)));
  const make = () => limit(() => recordFlow(rec, flowDef, namesOf));
  if (!saved) return make();
  const serves = (record: ProcedureRecord) => record.steps.every((s) => hasImagesFor(s.record, new Set(namesOf(s.id))));
  return saved.records.procedure(saved.who, target.locale, id, serves, make);
}

async function captureProbe(rec: Recording, p: Probe): Promise<Capture> {
  const { page, unhandled, close } = await open(rec, { probe: p });
  try {
    await page.goto(p.path);
    await p.ready(page, rec.target.labels);
    const text = await page.locator('body').ariaSnapshot();
    // A screen reached only with requests the guard blocked is no fact for the rules, as it would fail a test.
    if (unhandled.length > 0) throw new Error(`requests blocked by the network guard: ${unhandled.join(', ')}`);
    return { nodes: parseAriaSnapshot(text), text, url: page.url() };
  } finally {
    await close();
  }
}

/** What one probe's screen showed: kept across runs that see the same product, else looked at now. */
export function recordProbe(rec: Recording, p: Probe): Promise<Capture> {
  const { shared, saved, binding, target } = rec;
  const { limit } = rec.pool;
  const id = `${binding.name} ${p.id}`;
  const look = () => limit(() => captureProbe(rec, p));
  if (shared) return shared.records.probe(shared.who, target.locale, id, look);
  return saved ? saved.records.probe(saved.who, target.locale, id, look) : look();
}

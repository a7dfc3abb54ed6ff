import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutScans, type ProcedureRecord } from './product-record';
import type { Capture } from './recorder';
import type { RecordedScreen } from './step-record';

/** What else makes two runs on the same sources see the same product: the browser, the seed, the date, the scans. */
export interface SavedIdentity {
  /** The browser's name and version. */
  browser: string;
  seed: number;
  today: string;
  scans: boolean;
}

/**
 * A record as JSON, with what JSON has no form for tagged (bytes, errors, dates, maps): a text file, which the
 * report scan reads for card numbers like any other artifact. Anything else that is not plain data (a function,
 * an instance of a class: the mocked backend's store) is refused rather than saved as something else.
 */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $bytes: raw.toString('base64') };
    if (raw instanceof Error) return { $error: { message: raw.message, stack: raw.stack } };
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof Map) return { $map: [...raw] };
    if (typeof raw === 'function') throw new Error(`${key} is a function`);
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) !== Object.prototype)
      throw new Error(`${key} is an instance of ${raw.constructor.name}, not plain data`);
    return json;
  });
}

function decode(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!value || typeof value !== 'object') return value;
    const tagged = value as {
      $bytes?: string;
      $error?: { message: string; stack?: string };
      $date?: string;
      $map?: [unknown, unknown][];
    };
    if (typeof tagged.$bytes === 'string') return Buffer.from(tagged.$bytes, 'base64');
    if (tagged.$error) return Object.assign(new Error(tagged.$error.message), { stack: tagged.$error.stack });
    if (typeof tagged.$date === 'string') return new Date(tagged.$date);
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map);
    return value;
  });
}

/** Every look of a record: each action's and each step's last. */
const looksOf = (record: ProcedureRecord<unknown>): RecordedScreen[] =>
  record.steps.flatMap((s) => [
    ...s.record.actions.flatMap((a) => (a.look ? [a.look] : [])),
    ...(s.record.end ? [s.record.end] : []),
  ]);
/** How many of a record's screenshots are outlined (a probe's screen has none). */
const outlinesIn = (value: ProcedureRecord<unknown> | Capture) =>
  'steps' in value ? looksOf(value).filter((l) => l.outlined).length : 0;

/** How many sources' folders of records are kept: this run's and the newest others. */
const KEPT_SOURCES = 3;

/**
 * Whether a record is whole: no step stopped on an error or left a screen unscanned, each step's last look was
 * taken, and each control acted on was named. A look that failed (a loaded machine, the browser gone) may fail
 * by chance, so a record missing one is never pinned for later runs.
 */
const whole = (record: ProcedureRecord<unknown>) =>
  record.steps.every(
    (s) =>
      !s.error &&
      !s.a11y?.errors.length &&
      s.record.end !== undefined &&
      s.record.actions.every((a) => !a.look?.target || a.node !== undefined),
  );

/**
 * The product's side of earlier checks, kept on disk for later runs of the command: a writer who edits a page and
 * checks it again waits for the reading, not for the product to be driven again. A record is read back only by a
 * run on the same sources (the sandbox, its backend, the flows and page objects, the check itself: the folder is
 * named by their hash), browser, seed and date, with scans as that run scans (or with them, for a run without),
 * and only when it holds every screenshot that run's reading of the page takes; else the procedure is driven again
 * and its record replaces the saved one. Only for the sandbox the run builds from those sources, never for another
 * target, whose product can change between runs.
 * What a run drives is saved as it ends (`save`), and only if the sources still hash as they did when it began.
 */
export class SavedRecords {
  private readonly dir: string;
  /** How many records this run read back from an earlier run's instead of driving the product. */
  reused = 0;
  /**
   * The records this run read back or made, each with how many outlined screenshots it held when last saved: -1
   * for one made this run and not saved yet. One that could not be written is let go, said once.
   */
  private readonly held = new Map<
    string,
    { value: ProcedureRecord<unknown> | Capture; outlines: number; id: string }
  >();
  /**
   * The records being made now, by file: the pages of a set are checked side by side, and a page that drives a
   * procedure or probe another page is driving waits for that record instead of driving it a second time.
   */
  private readonly making = new Map<string, Promise<unknown>>();

  /**
   * `fingerprint`: the hash of the sources as the run began, which names the folder. `sourcesNow`: that hash as
   * the run ends: the sandbox is built, and the driving modules loaded, some time after the run began, and a
   * source saved in between is in what was driven, not in the hash. `fresh`: read nothing back; every record made
   * this run replaces the saved one (`--fresh`). The folder keeps the newest few sources' records: checkouts that
   * share `node_modules` keep theirs, older builds' go.
   */
  constructor(
    folder: string,
    private readonly fingerprint: string,
    private readonly o: { fresh?: boolean; sourcesNow?: () => string } = {},
  ) {
    this.dir = join(folder, fingerprint);
    try {
      const others = (existsSync(folder) ? readdirSync(folder) : [])
        .filter((name) => name !== fingerprint)
        .map((name) => ({ name, at: statSync(join(folder, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { name } of others.slice(KEPT_SOURCES - 1))
        rmSync(join(folder, name), { recursive: true, force: true });
    } catch {
      // A folder that cannot be pruned (read-only, another run pruning it too) only keeps more than it needs.
    }
  }

  /**
   * One procedure's record: one this run already holds or is making (a page of a set reads what another drove), or
   * read back, when it serves this run's page (`serves`); else made (and saved by `save`). A run without scans
   * reads one made with them when it has none of its own kind, without their findings (`--a11y off` after a
   * default run): the scans looked at each screen after it was recorded and changed nothing on it.
   */
  async procedure<K>(
    who: SavedIdentity,
    locale: string,
    id: string,
    serves: (record: ProcedureRecord<K>) => boolean,
    make: () => Promise<ProcedureRecord<K>>,
  ): Promise<ProcedureRecord<K>> {
    const file = this.fileOf(who, locale, id);
    for (let another = this.madeByAnother(file); another; another = this.madeByAnother(file)) await another;
    const own = this.serving(file, id, serves);
    if (own) return own;
    const scanned = !who.scans && this.serving(this.fileOf({ ...who, scans: true }, locale, id), id, serves);
    // Its steps' records are the held one's: outlines the reading draws on them are saved back with it.
    if (scanned) return withoutScans(scanned);
    return this.make(file, make, (made) => whole(made) && this.held.set(file, { value: made, outlines: -1, id }));
  }

  /**
   * The record another page of the set is making in `file`, settled (made or failed alike); none when none is.
   * Callers wait while there is one and start their own as soon as there is none, with nothing awaited between,
   * so no two start the same record: an `await` gives another caller the turn, even an await of nothing, and one
   * that waited looks again, as another waiter may have started it meanwhile.
   */
  private madeByAnother(file: string): Promise<unknown> | undefined {
    return this.making.get(file)?.catch(() => undefined);
  }

  /** `make()`, known as being made in `file` until it is held (`hold`): a caller finds it being made or held. */
  private async make<T>(file: string, make: () => Promise<T>, hold: (made: T) => void): Promise<T> {
    const making = make().then((made) => (hold(made), made));
    this.making.set(file, making);
    try {
      return await making;
    } finally {
      if (this.making.get(file) === making) this.making.delete(file);
    }
  }

  /** The record in `file` this run holds, or else reads back, if it serves this run's page. */
  private serving<K>(
    file: string,
    id: string,
    serves: (record: ProcedureRecord<K>) => boolean,
  ): ProcedureRecord<K> | undefined {
    const held = this.held.get(file)?.value as ProcedureRecord<K> | undefined;
    if (held && serves(held)) return held;
    const saved = this.read<ProcedureRecord<K>>(file);
    if (!saved || !serves(saved)) return undefined;
    this.reused++;
    this.held.set(file, { value: saved, outlines: outlinesIn(saved), id });
    return saved;
  }

  /** What one probe's screen showed: held, or read back, else looked at (and saved by `save`). */
  async probe(who: SavedIdentity, locale: string, id: string, make: () => Promise<Capture>): Promise<Capture> {
    // A probe's screen is never scanned: one look serves runs with and without scans.
    const file = this.fileOf({ ...who, scans: false }, locale, `probe ${id}`);
    for (let another = this.madeByAnother(file); another; another = this.madeByAnother(file)) await another;
    const held = this.held.get(file)?.value as Capture | undefined;
    if (held) return held;
    const saved = this.read<Capture>(file);
    if (saved) {
      this.reused++;
      // Held like a procedure's record: another page of the set reads it from here, and it is counted once.
      this.held.set(file, { value: saved, outlines: 0, id });
      return saved;
    }
    return this.make(file, make, (made) => this.held.set(file, { value: made, outlines: -1, id }));
  }

  /**
   * Saves what this run made, and again the records whose screenshots it outlined (the reading draws the pressed
   * control on them, read/observation.ts: the next run reads the drawing back instead of drawing it again). Saves
   * nothing when the sources changed since the run began, and says so.
   */
  save(): void {
    const due = [...this.held].filter(([, h]) => outlinesIn(h.value) !== h.outlines);
    if (due.length === 0) return;
    if (!this.sourcesUnchanged()) {
      process.stderr.write(
        "docs check: the product's sources changed during the run: nothing it drove is saved for the next run\n",
      );
      return;
    }
    for (const [file, held] of due) {
      if (this.write(file, held.value, held.id)) held.outlines = outlinesIn(held.value);
      else this.held.delete(file);
    }
  }

  /** Whether the sources hash as they did when the run began; a hash that fails (a file gone mid-walk) is a change. */
  private sourcesUnchanged(): boolean {
    try {
      return !this.o.sourcesNow || this.o.sourcesNow() === this.fingerprint;
    } catch {
      return false;
    }
  }

  private fileOf(who: SavedIdentity, locale: string, id: string): string {
    const key = JSON.stringify([who.browser, who.seed, who.today, who.scans, locale, id]);
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.json`);
  }

  private read<T>(file: string): T | undefined {
    if (this.o.fresh) return undefined;
    try {
      return decode(readFileSync(file, 'utf8')) as T;
    } catch {
      // None yet, or unreadable (cut short): driven again, and saved anew.
      return undefined;
    }
  }

  /** Writes `value` whole, or says in one line why not; whether it was written. */
  private write(file: string, value: unknown, id: string): boolean {
    // Whole or not at all: checks side by side may save the same record, and a reader never sees half of one.
    const temporary = `${file}.${randomUUID()}`;
    try {
      const text = encode(value);
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, text);
      renameSync(temporary, file);
      return true;
    } catch (e) {
      rmSync(temporary, { force: true });
      process.stderr.write(
        `docs check: the record of ${id} was not saved for the next run: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`,
      );
      return false;
    }
  }
}

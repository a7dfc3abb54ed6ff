import type { CardFinder, CardHit } from './card-finder';
import { keystrokesInData, keystrokesInText } from './keystrokes';
import { isZip, zipEntries } from './zip';

export interface Finding extends CardHit {
  /** The file, then each zip entry or embedded data inside it, outermost first. */
  where: string[];
}

export interface ContentScan {
  find: CardFinder;
  findings: Finding[];
  /** Zip entries and embedded data read, for the summary. */
  inner: number;
}

/** Zips inside zips inside embedded data: deeper than any report goes, and a bound on a crafted archive. */
const MAX_DEPTH = 6;
const dataUri = /data:([\w.+/-]*);base64,([A-Za-z0-9+/]{16,}={0,2})/g;
const bareBase64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * Scans one file's bytes: a zip entry by entry, anything else as text (the number whole or with separators,
 * keystrokes rejoined, embedded base64 data decoded and scanned in turn).
 */
export function scanContent(scan: ContentScan, where: string[], bytes: Uint8Array, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  const report = (hits: CardHit[], at = where) => {
    for (const hit of hits) {
      if (!scan.findings.some((f) => f.card === hit.card && f.form === hit.form && f.where.join('!') === at.join('!')))
        scan.findings.push({ ...hit, where: at });
    }
  };
  const nested = (name: string, inner: Uint8Array) => {
    scan.inner++;
    scanContent(scan, [...where, name], inner, depth + 1);
  };
  if (isZip(bytes)) {
    let n = 0;
    for (const [name, entry] of zipEntries(bytes, where.join('!'))) {
      // An entry's name is in the artifact too: one holding a number is named by its place, never by itself.
      n++;
      const inName = scan.find(name);
      const place = inName.length > 0 ? `entry ${n} of the zip, whose name holds it` : name;
      if (inName.length > 0) report(inName, [...where, place]);
      nested(place, entry);
    }
    return;
  }

  // latin1 maps each byte to one character, so binary files are searched as they are, without decode errors.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  report(scan.find(text));
  report(scan.find(keystrokesInText(text).join(''), true));

  const data = parsedData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (data.length > 0) {
    report(scan.find(keystrokesInData(data).join(''), true));
    let n = 0;
    for (const value of base64Strings(data)) nested(`base64 string ${++n}`, Buffer.from(value, 'base64'));
  }
  let n = 0;
  for (const m of text.matchAll(dataUri))
    nested(embeddedName(text, m.index, m[1] ?? '', ++n), Buffer.from(m[2] ?? '', 'base64'));
}

/** The id of the element holding embedded data (the HTML report's `playwrightReportBase64`), else its type. */
function embeddedName(text: string, at: number, type: string, n: number): string {
  const id = /\bid="([^"]{1,64})"[^<]{0,16}$/.exec(text.slice(Math.max(0, at - 120), at))?.[1];
  return id ?? `data:${type} #${n}`;
}

/** JSON, or JSON lines (traces, blob reports): the values in order; nothing for other text. */
function parsedData(text: string): unknown[] {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return [];
  try {
    return [JSON.parse(text)];
  } catch {
    const values: unknown[] = [];
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) continue;
      try {
        values.push(JSON.parse(trimmed));
      } catch {
        // A line that is not JSON is still searched as text above.
      }
    }
    return values;
  }
}

/** String values that are base64 through and through (attachment bodies in blob reports and report data). */
function* base64Strings(data: unknown): Generator<string> {
  if (typeof data === 'string') {
    if (data.length % 4 === 0 && bareBase64.test(data)) yield data;
  } else if (Array.isArray(data)) {
    for (const item of data) yield* base64Strings(item);
  } else if (typeof data === 'object' && data !== null) {
    for (const value of Object.values(data)) yield* base64Strings(value);
  }
}

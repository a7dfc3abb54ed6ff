import { zipSync } from 'fflate';
import type { CardHit, CardMasker } from './card-finder';
import { isZip, zipEntries } from './zip';

/**
 * A file's bytes with every card number masked: a zip (a trace) entry by entry, rebuilt with its entries in their
 * order; anything else as latin1 text, one character a byte, so bytes around a number stay exactly as they were
 * (the numbers and the mark are ASCII). Undefined when nothing was masked, so an untouched file is not rewritten.
 * A zip that cannot be read whole throws (BadInput).
 */
export function maskedBytes(mask: CardMasker, bytes: Uint8Array, where = 'the file'): MaskedBytes | undefined {
  if (isZip(bytes)) {
    const entries = zipEntries(bytes, where);
    const masked: CardHit[] = [];
    const rebuilt: Record<string, Uint8Array> = {};
    for (const [name, entry] of entries) {
      const inner = maskedBytes(mask, entry, `${where}!${name}`);
      rebuilt[name] = inner?.bytes ?? entry;
      masked.push(...(inner?.masked ?? []));
    }
    return masked.length > 0 ? { bytes: zipSync(rebuilt), masked } : undefined;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const result = mask(text);
  return result.masked.length > 0 ? { bytes: Buffer.from(result.text, 'latin1'), masked: result.masked } : undefined;
}

export interface MaskedBytes {
  bytes: Uint8Array;
  masked: CardHit[];
}

/**
 * Masks every string in a value (an error as reporters receive it, a test's output) in place, and every Buffer in
 * an array; the cards masked.
 */
export function maskStrings(mask: CardMasker, value: unknown, seen = new Set<object>()): CardHit[] {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return [];
  seen.add(value);
  const masked: CardHit[] = [];
  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(record)) {
    if (typeof field === 'string') {
      const result = mask(field);
      if (result.masked.length === 0) continue;
      record[key] = result.text;
      masked.push(...result.masked);
    } else if (Buffer.isBuffer(field)) {
      const result = maskedBytes(mask, field);
      if (!result) continue;
      record[key] = Buffer.from(result.bytes);
      masked.push(...result.masked);
    } else masked.push(...maskStrings(mask, field, seen));
  }
  return masked;
}

import { unzipSync, zipSync } from 'fflate';
import type { CardHit, CardMasker } from './card-finder';
import { isZip } from './zip';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text as it is, or undefined for bytes that are not UTF-8 (an image, a font): those are left as they are. */
function asText(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A file's bytes with every card number masked: text as text, a zip (a trace) entry by entry, rebuilt with its
 * entries in their order. Undefined when nothing was masked, so an untouched file is not rewritten.
 */
export function maskedBytes(mask: CardMasker, bytes: Uint8Array): { bytes: Uint8Array; masked: CardHit[] } | undefined {
  if (isZip(bytes)) {
    const entries: Record<string, Uint8Array> = unzipSync(bytes);
    const masked: CardHit[] = [];
    for (const [name, entry] of Object.entries(entries)) {
      const inner = maskedBytes(mask, entry);
      if (!inner) continue;
      entries[name] = inner.bytes;
      masked.push(...inner.masked);
    }
    return masked.length > 0 ? { bytes: zipSync(entries), masked } : undefined;
  }
  const text = asText(bytes);
  if (text === undefined) return undefined;
  const result = mask(text);
  return result.masked.length > 0 ? { bytes: Buffer.from(result.text, 'utf8'), masked: result.masked } : undefined;
}

/** Masks every string in a value (an error as reporters receive it) in place; the cards masked. */
export function maskStrings(mask: CardMasker, value: unknown, seen = new Set<object>()): CardHit[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const masked: CardHit[] = [];
  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(record)) {
    if (typeof field === 'string') {
      const result = mask(field);
      if (result.masked.length === 0) continue;
      record[key] = result.text;
      masked.push(...result.masked);
    } else masked.push(...maskStrings(mask, field, seen));
  }
  return masked;
}

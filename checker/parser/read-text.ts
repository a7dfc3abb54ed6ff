// Reading a page's text, apart from the parser (remark, unified): the parser's command line refuses a missing,
// oversized or binary file before it loads them.
import { readFileSync, statSync } from 'node:fs';
import { DocError } from './errors';
import { MAX_PAGE_BYTES } from './source-checks';

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first malformed UTF-8 sequence, or -1. Needed because TextDecoder won't say where. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are all invalid UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += extra + 1;
  }
  return -1;
}

/** Reads a page as text, turning every way a file can be unusable into a DocError. */
export function readDocText(path: string): string {
  let bytes: Uint8Array;
  try {
    // Checked before reading: a huge file is refused without holding it in memory.
    const size = statSync(path).isFile() ? statSync(path).size : 0;
    if (size > MAX_PAGE_BYTES)
      throw new DocError(
        path,
        0,
        `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB a documentation page may be`,
      );
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof DocError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DocError(path, 0, 'file not found');
    if (code === 'EISDIR') throw new DocError(path, 0, 'is a directory, not a markdown file');
    throw new DocError(path, 0, `cannot read file (${code ?? String(e)})`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DocError(path, lineAtByte(bytes, nul), `binary content: NUL byte at byte ${nul}`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new DocError(path, lineAtByte(bytes, bad), `binary content: invalid UTF-8 byte 0x${hex} at byte ${bad}`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

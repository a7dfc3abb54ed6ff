import { DocError } from './errors';

/** A documentation page is tens of kilobytes; past this the parser's memory grows far beyond the page. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** Checks that apply whether the text came from disk or from a caller; returns the text without a BOM. */
export function checkDocText(source: string, file: string): string {
  const size = Buffer.byteLength(source, 'utf8');
  if (size > MAX_PAGE_BYTES)
    throw new DocError(
      file,
      1,
      `page is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB a documentation page may be`,
    );
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (text.trim() === '') throw new DocError(file, 1, 'file is empty');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new DocError(file, line, 'binary content: NUL character');
  }
  return text;
}

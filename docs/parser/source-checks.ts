import { DocError } from './errors';

/** Checks that apply whether the text came from disk or from a caller; returns the text without a BOM. */
export function checkDocText(source: string, file: string): string {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  if (text.trim() === '') throw new DocError(file, 1, 'file is empty');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new DocError(file, line, 'binary content: NUL character');
  }
  return text;
}

import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `file` whole: into a file of this process's own beside it, then renamed over it. Two checks writing into
 * one --out at once each leave whole files (each the last writer's), never one cut short or mixed, nor one a
 * reader (a CI upload, a browser) sees half-written.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, data);
  renameSync(part, file);
}

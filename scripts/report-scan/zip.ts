import { unzipSync } from 'fflate';
import { BadInput } from './bad-input';

/** A zip starts with a local file header, or is empty and is only its end record. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** Every entry of a zip, folders' (empty) among them, in archive order. A zip that cannot be read whole is bad input, named by `where`. */
export function zipEntries(bytes: Uint8Array, where: string): [string, Uint8Array][] {
  const declared: { name: string; size: number }[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        declared.push({ name: file.name, size: file.originalSize });
        return true;
      },
    });
  } catch (error) {
    throw new BadInput(`${where} is not a readable zip (${error instanceof Error ? error.message : String(error)})`);
  }
  const entries: [string, Uint8Array][] = [];
  for (const { name, size } of declared) {
    const data = files[name];
    // fflate cuts an entry short where the archive is truncated, and keeps one of two same-named entries.
    if (entries.some(([seen]) => seen === name))
      throw new BadInput(`${where} is not a readable zip (two entries named ${name})`);
    if (data === undefined || data.length !== size)
      throw new BadInput(`${where} is not a readable zip (entry ${name} is cut short)`);
    // A folder's entry too (no bytes): its name is in the archive, and the scan reads names.
    entries.push([name, data]);
  }
  return entries;
}

/** One entry of a zip by name, or undefined when the archive has none. */
export function zipEntry(bytes: Uint8Array, name: string, where: string): Buffer | undefined {
  const found = zipEntries(bytes, where).find(([entry]) => entry === name)?.[1];
  return found ? Buffer.from(found) : undefined;
}

import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive, from its central directory (stored or deflated entries). */
export function* zipEntries(zip: Buffer): Generator<[string, Buffer]> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0, count = zip.readUInt16LE(end + 10); i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    yield [name, method === 8 ? inflateRawSync(raw) : raw];
    at += 46 + skip;
  }
}

/** One entry of a zip archive, or undefined. */
export function zipEntry(zip: Buffer, name: string): Buffer | undefined {
  for (const [entry, data] of zipEntries(zip)) if (entry === name) return data;
  return undefined;
}

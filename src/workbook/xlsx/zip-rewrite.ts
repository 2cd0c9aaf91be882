/**
 * A package made again with some parts changed, by fflate: parts given anew are deflated; the
 * others keep their compressed bytes, CRC and sizes as the directory declares them (a part left alone
 * is never inflated here). Browser-safe (Uint8Array, no Buffer); synchronous.
 */
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from 'fflate';
import { entryData, type ZipEntry } from './zip-directory';

/** A part's new name and, when its content changes, the content. */
export interface PartChange {
  name: string;
  data?: Uint8Array | string;
}

/** zlib level 6, as exceljs and JSZip write. */
const LEVEL = 6;

/** A part's compressed bytes, added as they are: fflate's own input interface, fed once. */
function copiedPart(name: string, entry: ZipEntry, data: Uint8Array, zip: Zip): void {
  const file: ZipInputFile = { filename: name, size: entry.uncompressedSize, crc: entry.crc, compression: entry.method, terminate: () => undefined };
  zip.add(file);
  file.ondata?.(null, data as Uint8Array<ArrayBuffer>, true);
}

/**
 * `entries` of `bytes` in their order, each changed as `changes` says (keyed by the entry's name) or
 * copied; null when a part's bytes are not where the directory says.
 */
export function rewrittenPackage(bytes: Uint8Array, entries: readonly ZipEntry[], changes: ReadonlyMap<string, PartChange>): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let failed = false;
  const zip = new Zip((error, chunk) => {
    if (error) failed = true;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    const change = changes.get(entry.name);
    if (change?.data !== undefined) {
      const part = new ZipDeflate(change.name, { level: LEVEL });
      zip.add(part);
      part.push(typeof change.data === 'string' ? strToU8(change.data) : change.data, true);
      continue;
    }
    const data = entryData(bytes, entry);
    if (!data) return null;
    copiedPart(change?.name ?? entry.name, entry, data, zip);
  }
  zip.end();
  if (failed) return null;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

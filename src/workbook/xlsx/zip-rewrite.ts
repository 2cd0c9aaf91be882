/**
 * A package made again with some parts changed, by fflate: parts given anew are deflated; the
 * others keep their compressed bytes, CRC and sizes as the directory declares them (a part left alone
 * is never inflated here). Browser-safe (Uint8Array, no Buffer); synchronous.
 */
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from 'fflate';
import { joined } from './inflate-part';
import { entryData, type ZipEntry } from './zip-directory';

/**
 * A part's content written in pieces as it is made (a sheet rewritten as it is inflated, never whole
 * in memory): `write` hands each piece to `push` and says whether it could make the part.
 */
export type StreamedContent = (push: (text: string) => void) => Promise<boolean>;

/** A part's new name and, when its content changes, the content. */
export interface PartChange {
  name: string;
  data?: Uint8Array | string | StreamedContent;
}

/** zlib level 6, as exceljs and JSZip write. */
const LEVEL = 6;

/** A part whose compressed bytes are known (copied from a package, or deflated elsewhere). */
export interface CompressedPart {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Inflated size. */
  size: number;
  data: Uint8Array;
  modified?: Date;
}

/** Adds the part as its bytes are: fflate's own input interface, fed once. */
export function addCompressed(zip: Zip, part: CompressedPart): void {
  const file: ZipInputFile = {
    filename: part.name,
    size: part.size,
    crc: part.crc,
    compression: part.method,
    mtime: part.modified,
    terminate: () => undefined,
  };
  zip.add(file);
  file.ondata?.(null, part.data as Uint8Array<ArrayBuffer>, true);
}

/** The bytes of a zip `fill` adds parts to (fflate writes the headers and the directory); null when fflate fails. */
export function zipBytes(fill: (zip: Zip) => void): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let failed = false;
  const zip = new Zip((error, chunk) => {
    if (error) failed = true;
    else chunks.push(chunk);
  });
  fill(zip);
  zip.end();
  return failed ? null : joined(chunks);
}

/**
 * `entries` of `bytes` in their order, each changed as `changes` says (keyed by the entry's name;
 * null leaves the part out) or copied, then the `added` parts; null when a part's bytes are not where
 * the directory says, or a streamed part could not be made.
 */
export async function rewrittenPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  changes: ReadonlyMap<string, PartChange | null>,
  added: ReadonlyArray<Required<PartChange>> = [],
): Promise<Uint8Array | null> {
  const copied = new Map<ZipEntry, Uint8Array>();
  for (const entry of entries) {
    const change = changes.get(entry.name);
    if (change === null || change?.data !== undefined) continue;
    const data = entryData(bytes, entry);
    if (!data) return null;
    copied.set(entry, data);
  }
  const chunks: Uint8Array[] = [];
  let failed = false;
  const zip = new Zip((error, chunk) => {
    if (error) failed = true;
    else chunks.push(chunk);
  });
  const deflated = async (name: string, content: NonNullable<PartChange['data']>): Promise<void> => {
    const part = new ZipDeflate(name, { level: LEVEL });
    zip.add(part);
    if (typeof content === 'function') {
      if (!(await content((text) => part.push(strToU8(text))))) failed = true;
      part.push(new Uint8Array(0), true);
    } else part.push(typeof content === 'string' ? strToU8(content) : content, true);
  };
  for (const entry of entries) {
    const change = changes.get(entry.name);
    if (change === null) continue;
    const data = copied.get(entry);
    if (data) addCompressed(zip, { name: change?.name ?? entry.name, method: entry.method, crc: entry.crc, size: entry.uncompressedSize, data });
    else await deflated(change?.name ?? entry.name, change?.data ?? '');
  }
  for (const part of added) await deflated(part.name, part.data);
  zip.end();
  return failed ? null : joined(chunks);
}

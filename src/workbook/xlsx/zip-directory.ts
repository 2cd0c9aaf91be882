/**
 * The zip central directory read straight from the bytes, so sizes are known before anything is
 * inflated or handed to JSZip (which builds an object per entry and trusts declared sizes).
 * Browser-safe: a Uint8Array and a DataView, no Buffer.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the inflated part, as declared (a part copied unchanged keeps it). */
  crc: number;
  compressedSize: number;
  /** As declared; a lying header is caught when the part is inflated (see zip-guard.ts). */
  uncompressedSize: number;
  /** Where the part's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

function endRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

const u64 = (view: DataView, at: number): number => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/** Where the central directory is and how many entries it declares; zip64 when the 32-bit fields are saturated. */
function directory(view: DataView): { offset: number; count: number } | null {
  const end = endRecord(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const at = u64(view, end - 12);
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return null;
    count = u64(view, at + 32);
    offset = u64(view, at + 48);
  }
  return offset < view.byteLength ? { offset, count } : null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return text;
}

/** Sizes a zip64 extra field carries in place of saturated 32-bit ones, in the spec's order. */
function zip64Sizes(view: DataView, at: number, length: number, entry: ZipEntry): void {
  for (let p = at; p + 4 <= at + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA) {
      const end = p + 4 + size;
      let q = p + 4;
      if (entry.uncompressedSize === 0xffffffff && q + 8 <= end) {
        entry.uncompressedSize = u64(view, q);
        q += 8;
      }
      if (entry.compressedSize === 0xffffffff && q + 8 <= end) {
        entry.compressedSize = u64(view, q);
        q += 8;
      }
      if (entry.localOffset === 0xffffffff && q + 8 <= end) entry.localOffset = u64(view, q);
      return;
    }
    p += 4 + size;
  }
}

/**
 * The entries of the zip, or null when the directory is missing or broken (a truncated file).
 * `maxEntries` stops early: a directory declaring more entries is returned with its count only.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): { count: number; entries: ZipEntry[] } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directory(view);
  if (!dir) return null;
  if (dir.count > maxEntries) return { count: dir.count, entries: [] };
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return null;
    // Part names in an .xlsx are ASCII; a stray byte only changes how a name is shown.
    const entry: ZipEntry = {
      name: latin1(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { count: dir.count, entries };
}

const LOCAL = 0x04034b50;

/** The part's stored bytes (compressed as `method` says), or null when its local header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

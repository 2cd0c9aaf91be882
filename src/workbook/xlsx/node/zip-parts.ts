import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { addCompressed, zipBytes } from '../zip-rewrite';

const compress = promisify(gzip);
/**
 * zlib level 4: on a consolidated workbook's sheet XML, 2.4 times faster than the default (6) for a
 * file 7% larger (1.84 MB against 1.72 MB for 29,000 rows; exceljs wrote 1.88 MB).
 */
const LEVEL = 4;

const DEFLATED = 8;

interface Entry {
  name: string;
  crc: number;
  size: number;
  data: Buffer;
}

/** zlib's gzip header when given no file name or comment (10 bytes), and its trailer: CRC-32, then size. */
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/**
 * One part deflated off the main thread. gzip, because it is deflate plus the CRC-32 a zip entry
 * needs, both computed by zlib: the deflate stream between header and trailer is the entry's data.
 */
async function entry(name: string, pieces: Iterable<string>): Promise<Entry> {
  const buffers: Buffer[] = [];
  for (const piece of pieces) buffers.push(Buffer.from(piece, 'utf8'));
  const raw = Buffer.concat(buffers);
  const gz = await compress(raw, { level: LEVEL });
  return {
    name,
    crc: gz.readUInt32LE(gz.length - GZIP_TRAILER),
    size: raw.length,
    data: gz.subarray(GZIP_HEADER, gz.length - GZIP_TRAILER),
  };
}

/**
 * A zip archive of the parts, in the order given, each compressed as soon as it is made, so that
 * compressing one part and making the next overlap; fflate writes the archive around the bytes.
 */
export async function zipParts(parts: Iterable<{ name: string; pieces: Iterable<string> }>, modified: Date): Promise<Uint8Array> {
  const pending: Array<Promise<Entry>> = [];
  for (const part of parts) pending.push(entry(part.name, part.pieces));
  const entries = await Promise.all(pending);
  const bytes = zipBytes((zip) => {
    for (const e of entries) addCompressed(zip, { name: e.name, method: DEFLATED, crc: e.crc, size: e.size, data: e.data, modified });
  });
  if (!bytes) throw new Error('fflate could not write the archive');
  return bytes;
}

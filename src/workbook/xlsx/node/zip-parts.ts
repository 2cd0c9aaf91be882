import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const compress = promisify(gzip);
/**
 * zlib level 4: on a consolidated workbook's sheet XML, 2.4 times faster than the default (6) for a
 * file 7% larger (1.84 MB against 1.72 MB for 29,000 rows; exceljs wrote 1.88 MB).
 */
const LEVEL = 4;

/** Time and date as zip headers hold them (MS-DOS, local time, 2-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Entry {
  name: Buffer;
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
    name: Buffer.from(name, 'utf8'),
    crc: gz.readUInt32LE(gz.length - GZIP_TRAILER),
    size: raw.length,
    data: gz.subarray(GZIP_HEADER, gz.length - GZIP_TRAILER),
  };
}

const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
const VERSION = 20;

/**
 * A zip archive of the parts, in the order given, each compressed as soon as it is made, so that
 * compressing one part and making the next overlap. Plain zip (no zip64): 4 GB and 65,535 parts
 * are far beyond a workbook of registrations.
 */
export async function zipParts(parts: Iterable<{ name: string; pieces: Iterable<string> }>, modified: Date): Promise<Uint8Array> {
  const pending: Array<Promise<Entry>> = [];
  for (const part of parts) pending.push(entry(part.name, part.pieces));
  const entries = await Promise.all(pending);
  const { time, date } = dosDateTime(modified);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    chunks.push(local, e.name, e.data);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(DEFLATED, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(e.crc, 16);
    header.writeUInt32LE(e.data.length, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(e.name.length, 28);
    // Extra field, comment, disk number and attributes: none (the zeros Buffer.alloc gives).
    header.writeUInt32LE(offset, 42);
    central.push(header, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

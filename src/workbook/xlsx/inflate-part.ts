/**
 * Inflating one zip part as a stream that stops once the part outgrows a limit, so a header that
 * lies about a part's size cannot make the reader hold more than the limit. fflate's streaming
 * inflate, fed a slice at a time: the same in every browser (Internet Explorer 11 and EdgeHTML have
 * no DecompressionStream) and in the tests, where it is the plain twin of the command line's zlib
 * inflater (node/zlib-inflate.ts). Browser-safe (Uint8Array, no Buffer).
 */
import { Inflate } from 'fflate';
import { entryData, type ZipEntry } from './zip-directory';

export interface Inflater {
  /** The part's inflated size, passing each chunk to `onChunk`; null when it outgrew `limit` or is broken. */
  inflate(entry: ZipEntry, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<number | null>;
  /** About the first `bytes` of the inflated part (at least them when the part is that long), to look at its start. */
  head(entry: ZipEntry, bytes: number): Promise<Uint8Array | null>;
}

/** The chunks as one array. */
export const joined = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

const STORED = 0;
const DEFLATED = 8;

/** Compressed bytes given to fflate at a time: one push inflates to at most about 1,032 times as much (16 MB). */
const STEP = 16 * 1024;

/**
 * The part's deflate stream inflated a slice at a time, stopped once the output outgrows `limit`
 * (or, with `until`, once that much is out); null when it outgrew the limit or is broken.
 */
function streamInflate(data: Uint8Array, limit: number, onChunk: (chunk: Uint8Array) => void, until = Infinity): number | null {
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    if (over) return;
    size += chunk.length;
    if (size > limit) over = true;
    else onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over && size < until; at += STEP) {
      const end = Math.min(data.length, at + STEP);
      inflate.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return null;
  }
  return over ? null : size;
}

/** A part inflated whole, no further than its declared size; null when it lies about it or is broken. */
export async function inflatedPart(inflater: Inflater, entry: ZipEntry): Promise<Uint8Array | null> {
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  const size = await inflater.inflate(entry, entry.uncompressedSize, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return size === entry.uncompressedSize ? out : null;
}

/** A part's text (UTF-8), inflated no further than its declared size; null when it is missing, lying or broken. */
export async function partText(inflater: Inflater, entry: ZipEntry | undefined): Promise<string | null> {
  const bytes = entry ? await inflatedPart(inflater, entry) : null;
  return bytes && new TextDecoder().decode(bytes);
}

/** An inflater for the parts of `bytes`. */
export function inflaterFor(bytes: Uint8Array): Inflater {
  return {
    async inflate(entry, limit, onChunk) {
      const data = entryData(bytes, entry);
      if (!data) return null;
      if (entry.method === STORED) {
        if (data.length > limit) return null;
        onChunk?.(data);
        return data.length;
      }
      return entry.method === DEFLATED ? streamInflate(data, limit, (chunk) => onChunk?.(chunk)) : null;
    },
    async head(entry, size) {
      const data = entryData(bytes, entry);
      if (!data) return null;
      if (entry.method === STORED) return data.subarray(0, size);
      if (entry.method !== DEFLATED) return null;
      const chunks: Uint8Array[] = [];
      // A part cut short is still a start to look at: only a broken stream is null.
      return streamInflate(data, Infinity, (chunk) => void chunks.push(chunk), size) === null ? null : joined(chunks);
    },
  };
}

/**
 * Inflating one zip part as a stream that stops once the part outgrows a limit, so a header that
 * lies about a part's size cannot make the reader hold more than the limit. Native
 * `DecompressionStream('deflate-raw')` where the platform has it (browsers, Node 18+: zlib speed);
 * otherwise fflate's streaming inflate. Browser-safe (Uint8Array, no Buffer).
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

function hasNativeInflate(): boolean {
  try {
    return typeof DecompressionStream === 'function' && new DecompressionStream('deflate-raw') !== null;
  } catch {
    return false;
  }
}

/** The first chunks of a stream until `bytes` are there, the rest not inflated. */
async function nativeHead(data: Uint8Array, bytes: number): Promise<Uint8Array | null> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < bytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
    await reader.cancel().catch(() => undefined);
    return joined(chunks);
  } catch {
    return null;
  }
}

async function nativeInflate(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<number | null> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      onChunk?.(value);
    }
  } catch {
    return null;
  }
}

/** Compressed bytes given to fflate at a time: one push inflates to at most about 1,032 times as much (16 MB). */
const STEP = 16 * 1024;

/**
 * fflate's streaming inflate, fed a slice at a time and stopped once the output outgrows `limit`
 * (or, with `until`, once that much is out). A browser without DecompressionStream (Internet
 * Explorer 11, old EdgeHTML) takes this path.
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

async function fflateInflate(data: Uint8Array, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<number | null> {
  return streamInflate(data, limit, (chunk) => onChunk?.(chunk));
}

async function fflateHead(data: Uint8Array, bytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  // A part cut short is still a start to look at: only a broken stream is null.
  const size = streamInflate(data, Infinity, (chunk) => void chunks.push(chunk), bytes);
  return size === null ? null : joined(chunks);
}

/** An inflater for the parts of `bytes`. */
export function inflaterFor(bytes: Uint8Array): Inflater {
  const native = hasNativeInflate();
  const inflateData = native ? nativeInflate : fflateInflate;
  const headOf = native ? nativeHead : fflateHead;
  return {
    async inflate(entry, limit, onChunk) {
      const data = entryData(bytes, entry);
      if (!data) return null;
      if (entry.method === STORED) {
        if (data.length > limit) return null;
        onChunk?.(data);
        return data.length;
      }
      return entry.method === DEFLATED ? inflateData(data, limit, onChunk) : null;
    },
    async head(entry, size) {
      const data = entryData(bytes, entry);
      if (!data) return null;
      if (entry.method === STORED) return data.subarray(0, size);
      return entry.method === DEFLATED ? headOf(data, size) : null;
    },
  };
}

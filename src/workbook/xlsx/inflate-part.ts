/**
 * Inflating one zip part as a stream that stops once the part outgrows a limit, so a header that
 * lies about a part's size cannot make the reader hold more than the limit. Native
 * `DecompressionStream('deflate-raw')` where the platform has it (browsers, Node 18+: zlib speed);
 * otherwise JSZip's own streaming inflate. Browser-safe (Uint8Array, no Buffer).
 */
import JSZip from 'jszip';
import { entryData, type ZipEntry } from './zip-directory';

export interface Inflater {
  /** The part's inflated size, passing each chunk to `onChunk`; null when it outgrew `limit` or is broken. */
  inflate(entry: ZipEntry, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<number | null>;
  /** About the first `bytes` of the inflated part (at least them when the part is that long), to look at its start. */
  head(entry: ZipEntry, bytes: number): Promise<Uint8Array | null>;
}

const joined = (chunks: readonly Uint8Array[]): Uint8Array => {
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

type StreamingObject = JSZip.JSZipObject & { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

function jszipInflate(file: JSZip.JSZipObject, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<number | null> {
  return new Promise((resolve) => {
    let size = 0;
    const stream = (file as StreamingObject).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          resolve(null);
          return;
        }
        onChunk?.(chunk);
      })
      .on('error', () => resolve(null))
      .on('end', () => resolve(size));
    stream.resume();
  });
}

/** An inflater for the parts of `bytes`. */
export function inflaterFor(bytes: Uint8Array): Inflater {
  if (hasNativeInflate()) {
    return {
      async inflate(entry, limit, onChunk) {
        const data = entryData(bytes, entry);
        if (!data) return null;
        if (entry.method === STORED) {
          if (data.length > limit) return null;
          onChunk?.(data);
          return data.length;
        }
        return entry.method === DEFLATED ? nativeInflate(data, limit, onChunk) : null;
      },
      async head(entry, size) {
        const data = entryData(bytes, entry);
        if (!data) return null;
        if (entry.method === STORED) return data.subarray(0, size);
        return entry.method === DEFLATED ? nativeHead(data, size) : null;
      },
    };
  }
  let zip: Promise<JSZip> | undefined;
  return {
    async inflate(entry, limit, onChunk) {
      zip ??= JSZip.loadAsync(bytes);
      // Names JSZip decodes differently from the directory's bytes are not found: such a file is refused as damaged.
      const file = (await zip).file(entry.name);
      return file ? jszipInflate(file, limit, onChunk) : null;
    },
    async head(entry, size) {
      zip ??= JSZip.loadAsync(bytes);
      const file = (await zip).file(entry.name);
      if (!file) return null;
      const chunks: Uint8Array[] = [];
      await jszipInflate(file, Math.max(size, entry.uncompressedSize), (chunk) => void chunks.push(chunk));
      return joined(chunks).subarray(0, size);
    },
  };
}

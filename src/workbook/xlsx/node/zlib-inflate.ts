/**
 * The CLI's inflater: Node's zlib, synchronous and capped (`maxOutputLength`): the zip guard takes
 * about 0.7 times the time it takes with fflate (inflate-part.ts, the browsers' inflater and this one's
 * plain twin, compared in test/workbook/xlsx/inflate-part.test.ts), which counts over hundreds of unit files.
 */
import { constants, inflateRawSync } from 'node:zlib';
import type { Inflater } from '../inflate-part';
import { entryData } from '../zip-directory';

const STORED = 0;
const DEFLATED = 8;
/** Bytes handed to `onChunk` at a time. */
const SLICE = 1024 * 1024;

export function zlibInflater(bytes: Uint8Array): Inflater {
  return {
    async inflate(entry, limit, onChunk) {
      const data = entryData(bytes, entry);
      if (!data || (entry.method !== STORED && entry.method !== DEFLATED)) return null;
      let inflated: Uint8Array = data;
      if (entry.method === DEFLATED) {
        try {
          // Stops with an error as soon as the output would pass the limit: a lying header costs no more than it declared.
          inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
        } catch {
          return null;
        }
      }
      if (inflated.length > limit) return null;
      // Handed on a slice at a time, so a reader never makes one string of a whole 100 MB sheet.
      for (let at = 0; at < inflated.length; at += SLICE) onChunk?.(inflated.subarray(at, at + SLICE));
      return inflated.length;
    },
    async head(entry, size) {
      const data = entryData(bytes, entry);
      if (!data || (entry.method !== STORED && entry.method !== DEFLATED)) return null;
      if (entry.method === STORED) return data.subarray(0, size);
      try {
        // The first compressed bytes inflate to the part's start; a sync flush takes what they hold.
        return inflateRawSync(data.subarray(0, Math.min(data.length, size)), { finishFlush: constants.Z_SYNC_FLUSH });
      } catch {
        return null;
      }
    },
  };
}

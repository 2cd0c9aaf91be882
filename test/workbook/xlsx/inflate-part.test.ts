/**
 * The browsers' inflaters (native DecompressionStream, and fflate where there is none) hold to their
 * contract: a part is inflated no further than the limit given (a lying header costs no more than it
 * declared), and a part's head is its start, not the whole part.
 */
import { inflaterFor } from '../../../src/workbook/xlsx/inflate-part';
import { readZipDirectory } from '../../../src/workbook/xlsx/zip-directory';
import { deflatedFill, zipOf } from '../../helpers/hostile-files';

const MB = 1024 * 1024;

describe.each([
  ['native DecompressionStream', true],
  ['fflate (no DecompressionStream)', false],
])('inflating parts with %s', (_name, native) => {
  const saved = globalThis.DecompressionStream;
  beforeEach(() => {
    if (!native) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  });
  afterEach(() => {
    globalThis.DecompressionStream = saved;
  });

  async function part(size: number, declaredSize?: number) {
    const bytes = zipOf([{ name: 'xl/part.xml', deflated: await deflatedFill(size), declaredSize }]);
    const [entry] = readZipDirectory(bytes, 10)?.entries ?? [];
    return { inflater: inflaterFor(bytes), entry };
  }

  it('gives a whole part, chunk by chunk, when it keeps to its size', async () => {
    const { inflater, entry } = await part(3 * MB);
    let received = 0;
    expect(await inflater.inflate(entry, entry.uncompressedSize, (chunk) => void (received += chunk.length))).toBe(3 * MB);
    expect(received).toBe(3 * MB);
  });

  it('stops a part that outgrows its limit, having passed on no byte past it', async () => {
    const { inflater, entry } = await part(64 * MB, 2048);
    let received = 0;
    expect(await inflater.inflate(entry, entry.uncompressedSize, (chunk) => void (received += chunk.length))).toBeNull();
    expect(received).toBeLessThanOrEqual(2048);
  });

  it('gives the start of a part without inflating all of it', async () => {
    const { inflater, entry } = await part(64 * MB);
    const head = await inflater.head(entry, 4096);
    expect(head?.length).toBeGreaterThanOrEqual(4096);
    expect(head?.length).toBeLessThan(64 * MB);
    expect(head?.every((b) => b === 0x20)).toBe(true);
  });
});

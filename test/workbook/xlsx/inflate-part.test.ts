/**
 * Both inflaters — fflate's (the browsers'; the plain twin) and Node's zlib (the command line's fast
 * one) — hold to their contract alike: a part is inflated no further than the limit given (a lying
 * header costs no more than it declared), and a part's head is its start, not the whole part.
 */
import { inflaterFor, joined, type Inflater } from '../../../src/workbook/xlsx/inflate-part';
import { zlibInflater } from '../../../src/workbook/xlsx/node/zlib-inflate';
import { readZipDirectory } from '../../../src/workbook/xlsx/zip-directory';
import { deflatedFill, zipOf } from '../../helpers/hostile-files';

const MB = 1024 * 1024;

describe.each([
  ['fflate (the browsers)', inflaterFor],
  ['Node zlib (the command line)', zlibInflater],
] as const)('inflating parts with %s', (_name, inflaterOf: (bytes: Uint8Array) => Inflater) => {
  async function part(size: number, declaredSize?: number) {
    const bytes = zipOf([{ name: 'xl/part.xml', deflated: await deflatedFill(size), declaredSize }]);
    const [entry] = readZipDirectory(bytes, 10)?.entries ?? [];
    return { inflater: inflaterOf(bytes), entry };
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

describe('the fast inflater against its plain twin', () => {
  it('gives the same bytes for every part of a workbook, and the same refusals', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c><v>Mô hình ${i}</v></c></row>`).join('');
    const bytes = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: text },
      { name: 'xl/styles.xml', data: '<styleSheet/>' },
      { name: 'xl/lying.xml', deflated: await deflatedFill(4 * MB), declaredSize: 1000 },
    ]);
    const entries = readZipDirectory(bytes, 10)?.entries ?? [];
    const read = async (inflater: Inflater) =>
      Promise.all(
        entries.map(async (entry) => {
          const chunks: Uint8Array[] = [];
          const size = await inflater.inflate(entry, entry.uncompressedSize, (chunk) => void chunks.push(chunk));
          return { size, bytes: size === null ? null : joined(chunks) };
        }),
      );
    const plain = await read(inflaterFor(bytes));
    expect(await read(zlibInflater(bytes))).toEqual(plain);
    expect(plain.map((p) => p.size)).toEqual([new TextEncoder().encode(text).length, 13, null]);
  });
});

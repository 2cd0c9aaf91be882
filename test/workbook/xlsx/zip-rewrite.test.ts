/**
 * A package made again by fflate: changed parts deflated anew, the others copied with their compressed
 * bytes (never inflated), renamed where asked; another reader (JSZip, checking every CRC) reads it back.
 */
import JSZip from 'jszip';
import { entryData, readZipDirectory } from '../../../src/workbook/xlsx/zip-directory';
import { rewrittenPackage } from '../../../src/workbook/xlsx/zip-rewrite';
import { zipOf } from '../../helpers/hostile-files';

const PARTS = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook>cũ</workbook>' },
  { name: 'XL/STYLES.XML', data: `<styleSheet>${'x'.repeat(5000)}</styleSheet>` },
  { name: 'xl/media/image1.png', data: new Uint8Array(3000).map((_, i) => (i * 7) % 256) },
];

describe('rewrittenPackage', () => {
  it('writes changed parts anew, copies the others compressed as they were, renames where asked', async () => {
    const bytes = zipOf(PARTS);
    const { entries } = readZipDirectory(bytes, 10) ?? { entries: [] };
    const out = await rewrittenPackage(
      bytes,
      entries,
      new Map([
        ['xl/workbook.xml', { name: 'xl/workbook.xml', data: '<workbook>mới</workbook>' }],
        ['XL/STYLES.XML', { name: 'xl/styles.xml' }],
      ]),
    );
    expect(out).not.toBeNull();
    const read = await JSZip.loadAsync(out as Uint8Array, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/media/image1.png']);
    expect(await read.file('xl/workbook.xml')?.async('string')).toBe('<workbook>mới</workbook>');
    expect(await read.file('xl/styles.xml')?.async('string')).toBe(PARTS[2].data);
    expect(await read.file('xl/media/image1.png')?.async('uint8array')).toEqual(PARTS[3].data);
    // The parts copied keep their compressed bytes exactly.
    const after = readZipDirectory(out as Uint8Array, 10)?.entries ?? [];
    for (const i of [0, 2, 3]) expect(entryData(out as Uint8Array, after[i])).toEqual(entryData(bytes, entries[i]));
  });

  it('is null when a part is not where the directory says', async () => {
    const bytes = zipOf(PARTS);
    const { entries } = readZipDirectory(bytes, 10) ?? { entries: [] };
    expect(await rewrittenPackage(bytes, [{ ...entries[1], localOffset: bytes.length - 10 }], new Map())).toBeNull();
  });

  it('writes a streamed part piece by piece, and is null when the part could not be made', async () => {
    const bytes = zipOf(PARTS);
    const { entries } = readZipDirectory(bytes, 10) ?? { entries: [] };
    const pieces = (ok: boolean) => async (push: (text: string) => void) => {
      for (const piece of ['<workbook>', 'Đảng bộ ', 'xã</workbook>']) push(piece);
      return ok;
    };
    const out = await rewrittenPackage(bytes, entries, new Map([['xl/workbook.xml', { name: 'xl/workbook.xml', data: pieces(true) }]]));
    const read = await JSZip.loadAsync(out as Uint8Array, { checkCRC32: true });
    expect(await read.file('xl/workbook.xml')?.async('string')).toBe('<workbook>Đảng bộ xã</workbook>');
    expect(await rewrittenPackage(bytes, entries, new Map([['xl/workbook.xml', { name: 'xl/workbook.xml', data: pieces(false) }]]))).toBeNull();
  });
});

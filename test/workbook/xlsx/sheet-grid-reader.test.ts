import { sharedStringsReader } from '../../../src/workbook/xlsx/shared-strings';
import { sheetGridReader, type SheetContext } from '../../../src/workbook/xlsx/sheet-grid-reader';
import { inlineCell, sheetXml } from '../../helpers/hostile-files';

const CONTEXT: SheetContext = { strings: ['Tổ dân phố số 3'], dateStyles: new Set([1]), date1904: false };

/** The bytes cut into pieces of `size` (a Vietnamese letter's two or three bytes fall across pieces). */
function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

function readSheet(chunks: readonly Uint8Array[]) {
  const reader = sheetGridReader(CONTEXT);
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return reader.result();
}

const LETTERS = 'Vận động hội viên phụ nữ “Dân vận khéo” — ấp Ea Kao, xã Hòa Khánh 𠀀';

describe('a sheet read as it is inflated', () => {
  const rows =
    `<row r="1">${inlineCell('A1', LETTERS)}<c r="B1" t="s"><v>0</v></c><c r="C1" s="1"><v>45291</v></c></row>` +
    `<row r="2" hidden="1">${inlineCell('A2', LETTERS.repeat(3))}<c r="B2"><v>12.5</v></c></row>` +
    '<row r="3"/>';
  const bytes = new TextEncoder().encode(sheetXml(rows, '<autoFilter ref="A1:C3"/><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>'));
  const whole = readSheet([bytes]);

  it('reads values, dates by style, hidden rows, the filter and merged areas', () => {
    expect(whole).toEqual({
      grid: [
        [LETTERS, 'Tổ dân phố số 3', new Date(Date.UTC(2023, 11, 31))],
        [LETTERS.repeat(3), 12.5],
      ],
      hiddenRows: [2],
      filtered: true,
    });
  });

  it('reads the same whatever the chunks, letters and tags cut anywhere', () => {
    for (const size of [1, 2, 3, 5, 7, 64, 257]) expect(readSheet(pieces(bytes, size))).toEqual(whole);
  });

  it('the shared strings alike', () => {
    const xml = new TextEncoder().encode(`<sst><si><t>${LETTERS}</t></si><si><r><t>Dân </t></r><r><t>vận_x000A_</t></r></si><si/></sst>`);
    for (const size of [1, 2, 3, 11, xml.length]) {
      const reader = sharedStringsReader();
      for (const chunk of pieces(xml, size)) reader.push(chunk);
      reader.end();
      expect(reader.strings).toEqual([LETTERS, 'Dân vận\n', null]);
    }
  });
});

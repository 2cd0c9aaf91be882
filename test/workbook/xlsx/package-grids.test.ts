/**
 * The streaming grid reader (package-grids.ts) against its reference, exceljs's full load
 * (`loadXlsx` + `workbookGrids`), on workbooks of every kind the product meets: the values, dates by
 * style, shared and inline strings, rich text, hidden rows, filters, merges, sheet order must agree.
 */
import ExcelJS from 'exceljs';
import type { Grid, SheetGrid } from '../../../src/engine';
import { layoutBieuSheets } from '../../../src/workbook/layout-bieu';
import { loadXlsx } from '../../../src/workbook/xlsx/load-xlsx';
import { readFileGrids } from '../../../src/workbook/xlsx/read-file-grids';
import { newWorkbook, workbookBytes } from '../../../src/workbook/xlsx/new-workbook';
import { zlibInflater } from '../../../src/workbook/xlsx/node/zlib-inflate';
import { outputBytes } from '../../../src/workbook/xlsx/node/output-workbook';
import { standardSheets } from '../../../src/workbook/standard-template';
import { workbookGrids } from '../../helpers/exceljs-grids';
import { handWorkbook, hostileCorpus, inlineCell, seedWorkbook, sheetXml, type ZipPart } from '../../helpers/hostile-files';

/** Trailing empty cells and rows carry nothing (Excel's used range may or may not reach them). */
function trimmed(grid: Grid): Grid {
  const rows = grid.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const comparable = (sheets: readonly SheetGrid[]) => sheets.map((s) => ({ ...s, grid: trimmed(s.grid) }));

async function expectTwins(bytes: Uint8Array): Promise<SheetGrid[]> {
  const reference = await loadXlsx(bytes, { inflater: zlibInflater });
  const streamed = await readFileGrids(bytes, undefined, { inflater: zlibInflater });
  const inBrowser = await readFileGrids(bytes);
  if (!reference.ok) {
    expect(streamed).toEqual(reference);
    return [];
  }
  expect(streamed.ok).toBe(true);
  if (!streamed.ok) return [];
  expect(streamed.lossy).toEqual(reference.lossy);
  expect(streamed.modified).toEqual(reference.workbook.modified instanceof Date ? reference.workbook.modified : null);
  expect(comparable(streamed.grids.sheets)).toEqual(comparable(workbookGrids(reference.workbook).sheets));
  expect(inBrowser).toEqual(streamed);
  return streamed.grids.sheets;
}

const exceljsBytes = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('the streaming grid reader reads as exceljs does', () => {
  it('the seed workbook', async () => {
    const sheets = await expectTwins(await seedWorkbook());
    expect(sheets[0].name).toBe('Đăng ký');
    expect(sheets[0].grid.length).toBeGreaterThan(10);
  });

  it('every kind of value exceljs writes: text, rich text, numbers, dates in several formats, booleans, errors, formulas, links', async () => {
    const bytes = await exceljsBytes((workbook) => {
      const sheet = workbook.addWorksheet('Giá trị');
      sheet.addRow(['Tên', 'Năm', 'Ngày', 'Có', 'Lỗi']);
      sheet.addRow(['Mô hình “Dân vận khéo” <số 1> & Co', 2024, new Date(Date.UTC(2024, 11, 31)), true, { error: '#N/A' }]);
      sheet.addRow([{ richText: [{ text: 'Đường ', font: { bold: true } }, { text: 'bê tông' }] }, 1.5, new Date(Date.UTC(2023, 0, 2, 13, 45))]);
      sheet.addRow(['dòng 1\r\ndòng 2\nđúng', -0.25, null, false, '']);
      sheet.addRow([
        { formula: 'A2&"x"', result: 'Mô hìnhx' },
        { formula: '1+1', result: 2 },
        { formula: 'DATE(2024,1,1)', result: new Date(Date.UTC(2024, 0, 1)) },
      ]);
      sheet.addRow([{ formula: 'TRUE()', result: true }, { formula: 'NA()', result: { error: '#N/A' } }, { formula: 'B2' }]);
      sheet.addRow([{ text: 'Cổng thông tin', hyperlink: 'https://example.vn' }, ' khoảng trắng ', '=không phải công thức', '_x000D_ giữ nguyên']);
      sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
      sheet.getCell('C3').numFmt = '[$-42A]dd mmmm yyyy h:mm';
      sheet.getCell('C5').numFmt = 'mm-dd-yy';
      sheet.getCell('B3').numFmt = '0.00%';
      sheet.getCell('B4').numFmt = '#,##0.00 "đồng"';
      const second = workbook.addWorksheet('Ẩn', { state: 'veryHidden' });
      second.addRow(['ẩn']);
      workbook.addWorksheet('Trống');
    });
    const sheets = await expectTwins(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Giá trị', 'Ẩn', 'Trống']);
    expect(sheets[0].grid[1][2]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(sheets[0].grid[3][0]).toBe('dòng 1\ndòng 2\nđúng');
  });

  it('merged areas (their value in the top-left cell only), hidden rows, filters, the 1904 date system', async () => {
    const bytes = await exceljsBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Biểu');
      sheet.addRow(['Tiêu đề gộp', null, null]);
      sheet.addRow(['a', 'b', 'c']);
      sheet.addRow(['ẩn', 2, new Date(Date.UTC(2024, 5, 1))]);
      sheet.addRow([null, 'gộp dọc']);
      sheet.addRow([null, null]);
      sheet.mergeCells('A1:C1');
      sheet.mergeCells('B4:B5');
      sheet.getRow(3).hidden = true;
      sheet.getCell('C3').numFmt = 'd/m/yyyy';
      sheet.autoFilter = 'A2:C5';
      workbook.addWorksheet('Không lọc').addRow([1]);
    });
    const sheets = await expectTwins(bytes);
    expect(sheets[0]).toMatchObject({ hiddenRows: [3], filtered: true });
    expect(sheets[1]).toMatchObject({ hiddenRows: [], filtered: false });
  });

  it('what the product writes: the standard template, the Biểu, the consolidation’s own writer', async () => {
    await expectTwins(await workbookBytes(newWorkbook(standardSheets())));
    const bieu = layoutBieuSheets([], 'Huyện A');
    await expectTwins(await outputBytes([...standardSheets(), ...bieu], new Date(Date.UTC(2026, 0, 2))));
  });

  it('the hostile corpus: the readable files alike, the broken ones refused for the same reason', async () => {
    // Files over a limit are refused by the checks both readers share (checked-package.ts), before either reads a cell.
    const sharedRefusals = new Set(['bomb-lying.xlsx', 'bomb-ratio.xlsx', 'too-many-sheets.xlsx', 'too-many-rows.xlsx']);
    for (const [name, bytes] of Object.entries(await hostileCorpus())) {
      if (sharedRefusals.has(name)) continue;
      await expectTwins(bytes);
    }
  });

  it('XML other writers produce: inline and rich inline strings, escapes, phonetic guides, line ends', async () => {
    const strings =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">' +
      '<si><t>Chi bộ &amp; đoàn thể</t></si>' +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">Dân vận </t></r><r><t>khéo_x000A_</t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>' +
      '<si><t/></si>' +
      '</sst>';
    const rows =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
      `<row r="2">${inlineCell('A2', 'Xã Ea Kao')}<c r="B2" t="inlineStr"><is><r><t>Tổ </t></r><r><t>dân phố</t></r></is></c>` +
      `<c r="C2" t="str"><f>A2</f><v>Xã Ea Kao</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>` +
      '<row r="4" hidden="1"><c r="A4"><v>3.5</v></c><c r="C4" s="0"/><c r="D4"/></row>' +
      '<row r="5" hidden="true"/>' +
      `<row r="6"><c r="A6" t="inlineStr"><is><t>một\r\nhai&#13;&#10;ba &#x1EA1;</t></is></c></row>`;
    const extra: ZipPart[] = [{ name: 'xl/sharedStrings.xml', data: strings }];
    const bytes = handWorkbook([{ name: 'Tay', xml: sheetXml(rows, '<mergeCells count="1"><mergeCell ref="C4:D4"/></mergeCells>') }], extra);
    // handWorkbook names no shared strings part in its relationships: exceljs finds it by its path, and so does the reader.
    const sheets = await expectTwins(bytes);
    expect(sheets[0].grid[0]).toEqual(['Chi bộ & đoàn thể', 'Dân vận khéo\n', '漢字', '']);
    expect(sheets[0].grid[5][0]).toBe('một\nhai\r\nba ạ');
    expect(sheets[0].hiddenRows).toEqual([4, 5]);
  });

  it('an AutoFilter after the data and merged areas over rows without values', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Đầu</t></is></c><c r="B1" t="inlineStr"><is><t>bị gộp</t></is></c></row>';
    const bytes = handWorkbook([
      { name: 'Lọc', xml: sheetXml(rows, '<autoFilter ref="A1:B9"/>') },
      { name: 'Gộp', xml: sheetXml(rows, '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A3:B20"/></mergeCells>') },
    ]);
    const sheets = await expectTwins(bytes);
    expect(sheets[0].filtered).toBe(true);
    expect(sheets[1].grid).toEqual([['Đầu', null]]);
  });

  it('cells and rows without references follow the ones before (exceljs cannot place them; Excel can)', async () => {
    const rows = '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>tiếp</t></is></c></row>';
    const read = await readFileGrids(handWorkbook([{ name: 'Trang', xml: sheetXml(rows) }]));
    expect(read.ok && read.grids.sheets[0].grid).toEqual([[], [], [null, 1, 2], ['tiếp']]);
  });
});

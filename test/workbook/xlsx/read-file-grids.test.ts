import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/workbook/read-workbook-file';
import { readFileGrids } from '../../../src/workbook/xlsx/read-file-grids';
import { vi } from '../../../src/i18n/vi';
import { unreadableProblem } from '../../../src/workbook/xlsx/unreadable-problem';
import { handWorkbook, numberedRows, sheetXml } from '../../helpers/hostile-files';
import { xlsxBuffer } from '../../helpers/write-xlsx';

const MODIFIED = new Date(Date.UTC(2024, 10, 12, 3, 0));

async function bytesWithModified(modified: Date | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (modified) workbook.modified = modified;
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.getCell('A1').value = 'Năm';
  sheet.getCell('B1').value = 'Tên mô hình';
  sheet.getCell('A2').value = 2024;
  sheet.getCell('B2').value = { richText: [{ text: 'Đường ' }, { text: 'bê tông' }] };
  sheet.getCell('C3').value = { formula: '1+1', result: 2 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readFileGrids: a picked file’s bytes to grids', () => {
  it('gives every sheet’s values (rich text as text, formulas by result) and the workbook’s own modified date', async () => {
    const read = await readFileGrids(await bytesWithModified(MODIFIED), 'don-vi.xlsx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.modified?.toISOString()).toBe(MODIFIED.toISOString());
    expect(read.grids.file).toBe('don-vi.xlsx');
    expect(read.grids.sheets.map((s) => s.name)).toEqual(['Đăng ký']);
    expect(read.grids.sheets[0].grid).toEqual([
      ['Năm', 'Tên mô hình'],
      [2024, 'Đường bê tông'],
      [null, null, 2],
    ]);
  });

  it('reads the fixtures’ workbooks with their sheets in tab order', async () => {
    const bytes = await xlsxBuffer([
      { name: 'Đăng ký', rows: [['Năm'], [2024]] },
      { name: 'Danh mục', rows: [['Đơn vị'], ['Chi bộ A']] },
    ]);
    const read = await readFileGrids(new Uint8Array(bytes), 'a.xlsx');
    expect(read.ok && read.grids.sheets.map((s) => s.name)).toEqual(['Đăng ký', 'Danh mục']);
  });

  it('says why a file cannot be read, without throwing', async () => {
    const text = new TextEncoder().encode('Tên mô hình;Năm\n');
    expect(await readFileGrids(text, 'ghi-chu.csv')).toEqual({ ok: false, reason: 'notXlsx' });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await readFileGrids(ole, 'cu.xls')).toEqual({ ok: false, reason: 'oldXls' });
    const truncated = (await bytesWithModified(null)).slice(0, 200);
    expect(await readFileGrids(truncated, 'hong.xlsx')).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('readWorkbookFile: the pane’s lazy entry', () => {
  it('keeps the file’s name and date beside the workbook’s modified date', async () => {
    const fileDate = new Date(Date.UTC(2024, 10, 20));
    const read = await readWorkbookFile({ name: 'b.xlsx', bytes: await bytesWithModified(MODIFIED), lastModified: fileDate });
    expect(read).toMatchObject({ ok: true, name: 'b.xlsx', modified: MODIFIED, fileDate });
  });

  it('an unreadable file is named with its reason', async () => {
    expect(await readWorkbookFile({ name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]), lastModified: null })).toEqual({
      ok: false,
      name: 'x.xlsx',
      failure: { ok: false, reason: 'notXlsx' },
    });
  });

  it('a file over a limit is refused with the numbers its message names, before exceljs parses it', async () => {
    const bytes = handWorkbook([{ name: 'Đăng ký', xml: sheetXml(numberedRows(200_001)) }]);
    const read = await readWorkbookFile({ name: 'lon.xlsx', bytes, lastModified: null });
    expect(read).toMatchObject({ ok: false, failure: { reason: 'tooManyRows', sheet: 'Đăng ký', count: 200_001, limit: 200_000 } });
    if (read.ok) return;
    expect(unreadableProblem(vi, read.failure)).toContain('200.000');
  });
});

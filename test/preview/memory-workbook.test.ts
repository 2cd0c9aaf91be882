import ExcelJS from 'exceljs';
import { standardSheets } from '../../src/workbook/standard-template';
import type { SheetContent } from '../../src/workbook/sheet-content';
import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import { REPORT_SHEET } from '../../src/workbook/layout-report';
import { seed004Sheets } from '../fixtures/seed004';
import { xlsxBuffer } from '../helpers/write-xlsx';
import { vi } from '../../src/i18n/vi';
import { en } from '../../src/i18n/en';

const content = (name: string, values: SheetContent['values'], extra: Partial<SheetContent> = {}): SheetContent => ({
  name,
  values,
  styles: [],
  merges: [],
  columnWidths: [],
  ...extra,
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('MemoryWorkbook: the WorkbookPort of the browser preview', () => {
  it('lists sheets in tab order, hidden ones too, and reads their used range anchored at A1', async () => {
    const wb = new MemoryWorkbook(standardSheets());
    expect(await wb.sheetNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo', 'DVK_DanhSach']);
    expect(wb.visibleSheetNames()).not.toContain('DVK_DanhSach');
    const grid = await wb.readSheet('Đăng ký');
    expect(grid).toHaveLength(1);
    expect(grid[0][0]).toBe('STT');
    expect(await wb.readSheet('Không có')).toEqual([]);
    const all = await wb.readWorkbook();
    expect(all.map((s) => s.name)).toEqual(await wb.sheetNames());
  });

  it('knows whether its data changed since it was opened or saved: writes count, selection and marks do not', async () => {
    const wb = new MemoryWorkbook([content('Đăng ký', [['STT']])]);
    expect(wb.unsaved()).toBe(false);
    wb.select({ sheet: 'Đăng ký', row: 3, col: 2 });
    await wb.markCells('Đăng ký', [{ row: 1, col: 0, severity: 'error' }]);
    expect(wb.unsaved()).toBe(false);
    await wb.writeCells('Đăng ký', [{ row: 2, col: 0, value: 1 }]);
    expect(wb.unsaved()).toBe(true);
    wb.markSaved();
    expect(wb.unsaved()).toBe(false);
    await wb.deleteRows('Đăng ký', 2, 1);
    expect(wb.unsaved()).toBe(true);
    wb.replace([content('Khác', [])], 'khac.xlsx');
    expect(wb.unsaved()).toBe(false);
  });

  it('keeps text that starts with = + - @ as text', async () => {
    const wb = new MemoryWorkbook([content('Đăng ký', [])]);
    await wb.writeRows('Đăng ký', 2, [['=SUM(A1:A3)', '+84 912', '-5', '@mention', 12, '']]);
    const grid = await wb.readSheet('Đăng ký');
    expect(grid[0]).toEqual([]);
    expect(grid[1]).toEqual(['=SUM(A1:A3)', '+84 912', '-5', '@mention', 12]);
    const back = await readBack(await wb.toXlsx());
    const row = back.getWorksheet('Đăng ký')!.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('=SUM(A1:A3)');
    expect(row.getCell(4).value).toBe('@mention');
  });

  it('writeSheet replaces a sheet in its place and keeps its styles, merges, widths, dropdowns and visibility', async () => {
    const wb = new MemoryWorkbook(standardSheets());
    await wb.writeSheet(
      content(REPORT_SHEET, [['BÁO CÁO'], ['x']], {
        styles: [{ range: { r1: 0, c1: 0, r2: 0, c2: 3 }, style: { bold: true, border: true } }],
        merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
        columnWidths: [30, 10],
        freezeRows: 1,
        validations: [{ range: { r1: 1, c1: 0, r2: 9, c2: 0 }, list: ['Có', 'Không'] }],
        page: { orientation: 'portrait', fitToWidth: true },
      }),
    );
    await wb.writeSheet(content('Mới', [['a']], { visibility: 'veryHidden' }));
    expect(await wb.sheetNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo', 'DVK_DanhSach', 'Mới']);
    const report = wb.sheet(REPORT_SHEET)!;
    expect(report.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 3 }]);
    expect(report.styles[0].style).toEqual({ bold: true, border: true });
    expect(report.columnWidths).toEqual([30, 10]);
    expect(report.validations?.[0].list).toEqual(['Có', 'Không']);
    expect(wb.visibleSheetNames()).not.toContain('Mới');
  });

  it('does not share arrays with the content it was given', async () => {
    const values: SheetContent['values'] = [['a']];
    const wb = new MemoryWorkbook([content('S', values)]);
    values[0][0] = 'changed';
    expect((await wb.readSheet('S'))[0][0]).toBe('a');
  });

  it('selection: selectCell shows the sheet, getSelection returns it, listeners hear changes only', async () => {
    const wb = new MemoryWorkbook(standardSheets());
    expect(await wb.getSelection()).toEqual({ sheet: 'Đăng ký', row: 1, col: 0 });
    const heard: unknown[] = [];
    const off = wb.onSelectionChanged((p) => heard.push(p));
    await wb.selectCell({ sheet: 'Danh mục', row: 3, col: 1 });
    await wb.selectCell({ sheet: 'Danh mục', row: 3, col: 1 });
    expect(wb.activeSheet()).toBe('Danh mục');
    expect(await wb.getSelection()).toEqual({ sheet: 'Danh mục', row: 3, col: 1 });
    wb.select({ sheet: 'Đăng ký', row: 5, col: 2 });
    wb.activate('Danh mục');
    expect(heard).toEqual([
      { sheet: 'Danh mục', row: 3, col: 1 },
      { sheet: 'Đăng ký', row: 5, col: 2 },
      { sheet: 'Danh mục', row: 3, col: 1 },
    ]);
    off();
    wb.select({ sheet: 'Đăng ký', row: 9, col: 0 });
    expect(heard).toHaveLength(3);
  });

  it('marks are an overlay per sheet: replaced, cleared, never in the values or the saved file', async () => {
    const wb = new MemoryWorkbook([content('S', [['a', 'b']])]);
    await wb.markCells('S', [{ row: 1, col: 0, severity: 'error' }]);
    await wb.markCells('S', [{ row: 1, col: 1, severity: 'warning' }]);
    expect(wb.marksOf('S')).toEqual([{ row: 1, col: 1, severity: 'warning' }]);
    expect(await wb.readSheet('S')).toEqual([['a', 'b']]);
    await wb.clearMarks('S');
    expect(wb.marksOf('S')).toEqual([]);
  });

  it('notifies subscribers of every change and reports the preview capabilities', async () => {
    const wb = new MemoryWorkbook([content('S', [])]);
    const seen: number[] = [];
    const off = wb.subscribe(() => seen.push(wb.getRevision()));
    await wb.writeRows('S', 1, [['x']]);
    await wb.markCells('S', [{ row: 1, col: 0, severity: 'info' }]);
    wb.select({ sheet: 'S', row: 2, col: 0 });
    off();
    await wb.writeRows('S', 2, [['y']]);
    expect(seen).toEqual([1, 2, 3]);
    expect(wb.capabilities()).toEqual({
      fitColumns: true,
      hideSheets: true,
      conditionalFormats: true,
      freezePanes: true,
      dropdowns: true,
      pageSetup: true,
      charts: false,
    });
    expect(await wb.addChart({ sheet: 'S', title: 't', categories: ['a'], values: [1], anchor: { row: 0, col: 0 } })).toBe(false);
  });

  it('fromXlsx opens a file in place of the workbook; toXlsx saves values exceljs reads back the same', async () => {
    const sheets = seed004Sheets();
    const wb = new MemoryWorkbook([content('Trang tính1', [])]);
    const opened = await wb.fromXlsx(new Uint8Array(await xlsxBuffer(sheets)), 'seed004.xlsx');
    expect(opened).toEqual({ ok: true, lossy: [], formulas: 0 });
    expect(wb.name()).toBe('seed004.xlsx');
    expect(await wb.sheetNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin']);
    expect(await wb.readSheet('Đăng ký')).toEqual(sheets[0].rows.map((r) => r.map((v) => v ?? null)).map(trimRow));
    const back = await readBack(await wb.toXlsx());
    expect(back.worksheets.map((w) => w.name)).toEqual(['Đăng ký', 'Danh mục', 'Thông tin']);
    expect(back.getWorksheet('Đăng ký')!.getCell('D2').value).toBe(sheets[0].rows[1][3]);
    expect(back.getWorksheet('Đăng ký')!.rowCount).toBe(sheets[0].rows.length);
  });

  it('fromXlsx counts the formula cells it keeps as their results, which the page says (the download holds the results)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đăng ký');
    sheet.addRows([
      ['STT', 'Kinh phí'],
      [1, 10],
      [2, 20],
    ]);
    sheet.getCell('A4').value = 'Tổng cộng';
    sheet.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 30 };
    sheet.getCell('C4').value = { formula: 'COUNT(B2:B3)', result: 2 };
    const wb = new MemoryWorkbook([content('Trang tính1', [])]);
    const opened = await wb.fromXlsx(new Uint8Array(await book.xlsx.writeBuffer()), 'tong.xlsx');
    expect(opened).toEqual({ ok: true, lossy: [], formulas: 2 });
    expect((await wb.readSheet('Đăng ký'))[3]).toEqual(['Tổng cộng', 30, 2]);
    expect(vi.preview.formulas({ count: 2 })).toBe(
      'Sổ có 2 ô công thức: bản trình duyệt giữ kết quả đang có của chúng, không tính lại, và tệp tải xuống sẽ có các kết quả đó thay cho công thức.',
    );
    expect(en.preview.formulas({ count: 1 })).toMatch(/^The workbook has 1 formula cell: /);
  });

  it('fromXlsx carries styles, merges, widths, frozen rows, dropdowns and hidden sheets through a round trip', async () => {
    const original = new MemoryWorkbook(standardSheets());
    await original.writeSheet(
      content(
        REPORT_SHEET,
        [
          ['BÁO CÁO', null, null],
          [1234, 0.5, new Date(Date.UTC(2022, 11, 9)) as unknown as string],
        ],
        {
          styles: [{ range: { r1: 0, c1: 0, r2: 0, c2: 2 }, style: { bold: true, border: true, horizontal: 'center' } }],
          merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
          columnWidths: [30, 12, 12],
          page: { orientation: 'landscape', fitToWidth: true },
        },
      ),
    );
    const copy = new MemoryWorkbook();
    expect((await copy.fromXlsx(await original.toXlsx(), 'copy.xlsx')).ok).toBe(true);
    expect(await copy.sheetNames()).toEqual(await original.sheetNames());
    expect(copy.visibleSheetNames()).toEqual(original.visibleSheetNames());
    const report = copy.sheet(REPORT_SHEET)!;
    expect(report.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 2 }]);
    expect(report.styles).toContainEqual({ range: { r1: 0, c1: 0, r2: 0, c2: 2 }, style: { bold: true, border: true, horizontal: 'center' } });
    expect(report.columnWidths).toEqual([30, 12, 12]);
    expect(report.page).toEqual({ orientation: 'landscape', fitToWidth: true });
    expect((await copy.readSheet(REPORT_SHEET))[1]).toEqual([1234, 0.5, new Date(Date.UTC(2022, 11, 9))]);
    const registration = copy.sheet('Đăng ký')!;
    expect(registration.freezeRows).toBe(1);
    expect(registration.validations).toEqual(expect.arrayContaining(original.sheet('Đăng ký')!.validations!));
    expect(registration.validations).toHaveLength(original.sheet('Đăng ký')!.validations!.length);
  });

  it('fromXlsx leaves the workbook unchanged when the file cannot be read', async () => {
    const wb = new MemoryWorkbook([content('S', [['a']])], 'so.xlsx');
    expect(await wb.fromXlsx(new TextEncoder().encode('không phải xlsx'), 'x.txt')).toEqual({ ok: false, reason: 'notXlsx' });
    expect(await wb.sheetNames()).toEqual(['S']);
    expect(wb.name()).toBe('so.xlsx');
  });
});

function trimRow<T>(row: T[]): T[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end);
}

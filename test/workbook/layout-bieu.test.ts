import { analyse, readWorkbooks, reportTables } from '../../src/engine';
import { layoutBieuSheet, layoutBieuSheets, PRINT_FONT } from '../../src/workbook/layout-bieu';
import { NUMBER_FORMATS } from '../../src/workbook/sheet-content';
import { seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';

const tables = () => {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  return reportTables(dataset, analyse(dataset).counted);
};

describe('the Biểu sheets', () => {
  it('are one sheet per table, named by its title', () => {
    expect(layoutBieuSheets(tables(), 'Thành ủy Bắc Kạn').map((s) => s.name)).toEqual(['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04']);
  });

  it('title the table with its year and the reporting body, then the header and the body', () => {
    const [bieu01] = tables();
    const sheet = layoutBieuSheet(bieu01, 'Thành ủy Bắc Kạn');
    expect(sheet.values[0]).toEqual(['Biểu 01. Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo lĩnh vực năm 2022']);
    expect(sheet.values[1]).toEqual(['(Thành ủy Bắc Kạn)']);
    expect(sheet.values.slice(3, 5)).toEqual(bieu01.header);
    expect(sheet.values.slice(5)).toEqual(bieu01.body);
    // Without a reporting body, no line invented for it.
    expect(layoutBieuSheet(bieu01, null).values[1]).toEqual([]);
  });

  it('print on A4 landscape one page wide, the title and header rows on every page, in Times New Roman', () => {
    const sheet = layoutBieuSheet(tables()[1], 'Thành ủy Bắc Kạn');
    expect(sheet.page).toEqual({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 0, last: 4 } });
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.styles[0]).toEqual({ range: { r1: 0, c1: 0, r2: sheet.values.length - 1, c2: 15 }, style: { fontName: PRINT_FONT, fontSize: 11 } });
  });

  it('keep counts as numbers and the rate as a percentage number', () => {
    const [bieu01] = tables();
    const sheet = layoutBieuSheet(bieu01, 'Thành ủy Bắc Kạn');
    const total = sheet.values[sheet.values.length - 1];
    expect(total.slice(2, 13).every((v) => typeof v === 'number')).toBe(true);
    expect(total[13]).toBeCloseTo(129 / 191, 10);
    expect(sheet.styles).toContainEqual({ range: { r1: 5, c1: 13, r2: 9, c2: 13 }, style: { numberFormat: NUMBER_FORMATS.percent, horizontal: 'right' } });
    expect(sheet.styles).toContainEqual({ range: { r1: 5, c1: 2, r2: 9, c2: 2 }, style: { numberFormat: NUMBER_FORMATS.integer, horizontal: 'right' } });
  });

  it('give rows of wrapped text the height of their lines (Excel does not fit rows when it opens a file)', () => {
    const [bieu01] = tables();
    const sheet = layoutBieuSheet(bieu01, null);
    // Field 1's title is about 90 characters in a 34-wide column: three lines.
    expect(sheet.rowHeights?.[5]).toBeGreaterThanOrEqual(3 * 15);
    // "Đủ điều kiện bình xét" spans both header rows in an 8-wide column.
    expect((sheet.rowHeights?.[3] ?? 0) + (sheet.rowHeights?.[4] ?? 0)).toBeGreaterThanOrEqual(3 * 15);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, readWorkbooks, type Grid } from '../../src/engine';
import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import { sampleSheets } from '../../scripts/sample/sample-sheets';

const SAMPLE = path.join(__dirname, '../../assets/mau-dan-van-kheo.xlsx');

/** Values as a reader gets them back: no trailing empty cells or rows. */
function trimmed(values: readonly (readonly unknown[])[]): Grid {
  const rows = values.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end) as Grid[number];
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function openSample(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const opened = await workbook.fromXlsx(new Uint8Array(readFileSync(SAMPLE)), 'mau-dan-van-kheo.xlsx');
  expect(opened).toEqual({ ok: true, lossy: [], formulas: 0 });
  return workbook;
}

describe('the shipped sample workbook (assets/mau-dan-van-kheo.xlsx)', () => {
  it('is what scripts/sample/sample-sheets.ts describes (run `npm run sample` after changing it)', async () => {
    const workbook = await openSample();
    const expected = sampleSheets();
    expect(await workbook.sheetNames()).toEqual(expected.map((s) => s.name));
    for (const sheet of expected) {
      expect({ sheet: sheet.name, grid: await workbook.readSheet(sheet.name) }).toEqual({ sheet: sheet.name, grid: trimmed(sheet.values) });
      expect(workbook.sheet(sheet.name)?.visibility).toBe(sheet.visibility ?? 'visible');
    }
  });

  it('is a standard workbook: five visible sheets, the hidden lists, dropdowns and a frozen header', async () => {
    const workbook = await openSample();
    expect(workbook.visibleSheetNames()).toEqual(['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo']);
    const registration = workbook.sheet('Đăng ký')!;
    expect(registration.freezeRows).toBe(1);
    expect(registration.validations?.length).toBeGreaterThanOrEqual(6);
    // About sixty models of units of every bloc.
    const grid = await workbook.readSheet('Đăng ký');
    expect(grid.length - 1).toBeGreaterThanOrEqual(55);
    expect(grid.length - 1).toBeLessThanOrEqual(70);
  });

  it('gives the checker exactly its deliberate mistakes, in the cells they were put in', async () => {
    const workbook = await openSample();
    const analysis = analyse(readWorkbooks([{ file: 'mau-dan-van-kheo.xlsx', sheets: await workbook.readWorkbook() }]));
    expect(analysis.findings.map(({ rule, severity, sheet, cell }) => ({ rule, severity, sheet, cell }))).toEqual([
      { rule: 'invalid-value', severity: 'error', sheet: 'Đăng ký', cell: 'J11' },
      { rule: 'decision-missing', severity: 'warning', sheet: 'Đăng ký', cell: 'M17' },
      { rule: 'unit-unknown', severity: 'warning', sheet: 'Đăng ký', cell: 'G23' },
      { rule: 'duplicate', severity: 'error', sheet: 'Đăng ký', cell: 'D36' },
      { rule: 'commune-missing', severity: 'error', sheet: 'Đăng ký', cell: 'I51' },
    ]);
    const grid = await workbook.readSheet('Đăng ký');
    expect(grid[10][9]).toBe('Lĩnh vực 5');
    expect(grid[22][6]).toBe('Chi bộ Trạm Khuyến nông thành phố');
    expect(grid[35].slice(1)).toEqual(grid[34].slice(1));
    const units = (await workbook.readSheet('Danh mục')).map((row) => row[0]);
    expect(units).not.toContain('Chi bộ Trạm Khuyến nông thành phố');
  });
});

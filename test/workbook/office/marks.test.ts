import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { MARK_FILL, markRuns } from '../../../src/workbook/office/marks';
import type { CellMark } from '../../../src/workbook/workbook';
import { registrationGrid } from './data';
import { FakeExcel } from './fake-excel';

function workbook(version = '1.9'): FakeExcel {
  const fake = new FakeExcel(version);
  const sheet = fake.addSheet('Đăng ký', registrationGrid(20));
  // The clerk's own: a cell-value rule and a custom formula rule over the year column, and a fill.
  sheet.conditionalFormats.push({ id: 900, rect: { r1: 1, c1: 2, r2: 20, c2: 2 }, type: 'CellValue', fill: '#C6EFCE', addedBy: 'clerk' });
  sheet.conditionalFormats.push({ id: 901, rect: { r1: 1, c1: 0, r2: 20, c2: 14 }, type: 'Custom', formula: '=$C2<2022', fill: '#D9D9D9', addedBy: 'clerk' });
  sheet.setFormat({ r1: 3, c1: 3, r2: 3, c2: 3 }, 'fill', '#FFFF00');
  return fake;
}

const MARKS: CellMark[] = [
  { row: 3, col: 3, severity: 'error' },
  { row: 4, col: 3, severity: 'error' },
  { row: 5, col: 3, severity: 'error' },
  { row: 4, col: 6, severity: 'warning' },
  { row: 4, col: 6, severity: 'error' }, // the same cell twice: the worse wins
  { row: 9, col: 6, severity: 'info' },
];

describe('markCells / clearMarks', () => {
  it('marks bad cells with conditional formats, light red for errors and yellow for warnings, joined down columns', async () => {
    const fake = workbook();
    const before = fake.snapshot() as { sheets: Array<{ layers: unknown }> };
    await officeWorkbook(fake.host).markCells('Đăng ký', MARKS);
    const own = fake.sheet('Đăng ký').conditionalFormats.filter((f) => f.addedBy === 'software');
    expect(own.map(({ rect, type, fill }) => ({ rect, type, fill }))).toEqual([
      { rect: { r1: 2, c1: 3, r2: 4, c2: 3 }, type: 'Custom', fill: MARK_FILL.error },
      { rect: { r1: 3, c1: 6, r2: 3, c2: 6 }, type: 'Custom', fill: MARK_FILL.error },
      { rect: { r1: 8, c1: 6, r2: 8, c2: 6 }, type: 'Custom', fill: MARK_FILL.info },
    ]);
    expect(MARK_FILL).toMatchObject({ error: '#FFC7CE', warning: '#FFEB9C' });
    // The clerk's formatting is untouched.
    expect((fake.snapshot() as typeof before).sheets[0].layers).toEqual(before.sheets[0].layers);
    expect(fake.syncs).toBe(3);
  });

  it('clearMarks removes exactly its own conditional formats; the clerk’s stay', async () => {
    const fake = workbook();
    const port = officeWorkbook(fake.host);
    await port.markCells('Đăng ký', MARKS);
    await port.clearMarks('Đăng ký');
    expect(fake.sheet('Đăng ký').conditionalFormats.map((f) => f.id)).toEqual([900, 901]);
  });

  it('a new markCells replaces the earlier marks, also those left by an earlier pane (they are found by their tag, not from memory)', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).markCells('Đăng ký', MARKS);
    const reloaded = officeWorkbook(fake.host); // a new pane: no state carried over
    await reloaded.markCells('Đăng ký', [{ row: 7, col: 1, severity: 'warning' }]);
    const own = fake.sheet('Đăng ký').conditionalFormats.filter((f) => f.addedBy === 'software');
    expect(own.map((f) => [f.rect, f.fill])).toEqual([[{ r1: 6, c1: 1, r2: 6, c2: 1 }, MARK_FILL.warning]]);
    await reloaded.clearMarks('Đăng ký');
    expect(fake.sheet('Đăng ký').conditionalFormats.map((f) => f.id)).toEqual([900, 901]);
  });

  it('does nothing under ExcelApi 1.5 (no conditional formats): no sync, capability false', async () => {
    const fake = workbook('1.5');
    const port = officeWorkbook(fake.host);
    await port.markCells('Đăng ký', MARKS);
    await port.clearMarks('Đăng ký');
    expect(fake.syncs).toBe(0);
    expect(fake.sheet('Đăng ký').conditionalFormats.map((f) => f.id)).toEqual([900, 901]);
    expect(port.capabilities().conditionalFormats).toBe(false);
    expect(officeWorkbook(workbook('1.6').host).capabilities().conditionalFormats).toBe(true);
  });

  it('marks thousands of cells in few requests, each under 4 MB', async () => {
    const fake = workbook();
    const many: CellMark[] = Array.from({ length: 20_000 }, (_, i) => ({ row: 2 + i, col: i % 15, severity: i % 2 ? 'warning' : 'error' }));
    await officeWorkbook(fake.host).markCells('Đăng ký', many);
    expect(fake.sheet('Đăng ký').conditionalFormats.filter((f) => f.addedBy === 'software')).toHaveLength(20_000);
    expect(fake.maxRequest).toBeLessThan(4 * 1024 * 1024);
    expect(fake.syncs).toBeLessThan(10);
  });

  it('joins marks into runs', () => {
    expect(
      markRuns([
        { row: 2, col: 0, severity: 'error' },
        { row: 3, col: 0, severity: 'error' },
        { row: 4, col: 0, severity: 'warning' },
      ]),
    ).toEqual([
      { row: 2, rows: 2, col: 0, severity: 'error' },
      { row: 4, rows: 1, col: 0, severity: 'warning' },
    ]);
  });
});

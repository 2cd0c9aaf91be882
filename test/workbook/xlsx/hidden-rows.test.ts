import ExcelJS from 'exceljs';
import { readFileGrids } from '../../../src/workbook/xlsx/read-file-grids';

/** An .xlsx with a header and five rows, some hidden, the first sheet filtered when asked. */
async function fileWith(hidden: number[], filter: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đăng ký');
  sheet.addRow(['STT', 'Tên mô hình']);
  for (let i = 1; i <= 5; i++) sheet.addRow([i, `Mô hình ${i}`]);
  for (const r of hidden) sheet.getRow(r).hidden = true;
  if (filter) sheet.autoFilter = 'A1:B6';
  workbook.addWorksheet('Danh mục').addRow(['Đơn vị']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function sheetsOf(bytes: Uint8Array) {
  const read = await readFileGrids(bytes, 'f.xlsx');
  if (!read.ok) throw new Error(read.reason);
  return read.grids.sheets;
}

describe('hidden rows and filters from an .xlsx', () => {
  it('gives the 1-based numbers of hidden rows and whether the sheet has an AutoFilter', async () => {
    const [registrations, units] = await sheetsOf(await fileWith([3, 5], true));
    expect(registrations).toMatchObject({ name: 'Đăng ký', hiddenRows: [3, 5], filtered: true });
    expect(registrations.grid[2]).toEqual([2, 'Mô hình 2']);
    expect(units).toMatchObject({ name: 'Danh mục', hiddenRows: [], filtered: false });
  });

  it('says so when nothing is hidden or filtered', async () => {
    const [registrations] = await sheetsOf(await fileWith([], false));
    expect(registrations).toMatchObject({ hiddenRows: [], filtered: false });
  });
});

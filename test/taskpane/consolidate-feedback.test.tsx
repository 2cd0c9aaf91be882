/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// What the district sends back to a unit after its file was imported names the unit's own sheet and cells.
import { within } from '@testing-library/react';
import { ORIGIN_SHEET } from '../../src/engine/consolidate/row-origins';
import { shown } from './sheet-text';
import { TRUONG, districtWorkbook, unitFileBytes } from './consolidate-files';
import type { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';

const TAB = 'Tổng hợp đơn vị';
const LATE = new Date(Date.UTC(2024, 10, 20, 3));

/** The unit's own layout: a title above, its header on row 4 in another order, on a sheet of its own name. */
async function unitFile(): Promise<File> {
  const header = ['Tên mô hình', 'Loại', 'Năm', 'Chi, đảng bộ', 'Lĩnh vực', 'Hình thức', 'Tập thể/cá nhân thực hiện'];
  const row = (name: string, kind: string) => [name, kind, 2024, TRUONG, 'Nông thôn mới, đô thị văn minh', 'Đăng ký mới', 'Chi đoàn'];
  const bytes = await unitFileBytes(
    [
      {
        name: 'ĐK 2024',
        rows: [
          ['DANH SÁCH ĐĂNG KÝ MÔ HÌNH DÂN VẬN KHÉO'],
          ['Chi bộ Trường THCS Lục Bình'],
          [],
          header,
          row('Thư viện xanh', 'Tập thể'),
          row('Góc học tập', 'Nhóm'),
          row('Thư viện xanh', 'Tập thể'),
        ],
      },
    ],
    LATE,
  );
  return new File([bytes as Uint8Array<ArrayBuffer>], 'c.xlsx', { lastModified: LATE.getTime() });
}

async function importFile(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  let ui = within(await openTab(user, TAB));
  await ui.findByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
  await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), [await unitFile()]);
  await ui.findByText(/^Đã đọc 1 tệp\./, undefined, { timeout: 20000 });
  await user.click(ui.getByRole('button', { name: 'Nhận tệp c.xlsx' }));
  await user.click(ui.getByRole('button', { name: 'Nhập vào sổ' }));
  await ui.findByText('Đã nhập 3 dòng từ 1 tệp vào trang “Đăng ký”.');

  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  /** The feedback lines for the unit, the tab read again first (the sheet may have changed). */
  const feedback = async (): Promise<string[]> => {
    await openTab(user, 'Kiểm tra');
    ui = within(await openTab(user, TAB));
    await user.click(await ui.findByRole('button', { name: `Sao chép phản hồi cho ${TRUONG}` }));
    await ui.findByText(/^Đã sao chép danh sách cần sửa/);
    return (writeText.mock.calls[writeText.mock.calls.length - 1][0] as string).split('\n').slice(2);
  };
  return { user, ui: () => ui, feedback };
}

const KIND = 'Tệp “c.xlsx”, trang “ĐK 2024”: Ô B6: “Nhóm” không phải Loại hợp lệ; cần “Tập thể” hoặc “Cá nhân”.';
const DUPLICATE = /^\d\. Tệp “c\.xlsx”, trang “ĐK 2024”: Ô A7: dòng trùng với dòng 5 \(/;

describe('Feedback after import', () => {
  it('names the unit’s sheet and cells (its own columns and rows), also after the district sorts its sheet', async () => {
    const fake = districtWorkbook();
    const { feedback } = await importFile(fake);
    // The workbook holds the rows at 3-5, in its own column order.
    expect(
      shown(fake.grid('Đăng ký'))
        .slice(2)
        .map((r) => r[3]),
    ).toEqual(['Thư viện xanh', 'Góc học tập', 'Thư viện xanh']);
    expect(fake.visibility(ORIGIN_SHEET)).toBe('veryHidden');
    expect(shown(fake.grid(ORIGIN_SHEET)).map((r) => r.slice(0, 4))).toEqual([
      ['Nguồn', 'Phần', 'Trang gốc', 'Dòng gốc'],
      ['c.xlsx', 'Mô hình', 'ĐK 2024', '5'],
      ['c.xlsx', 'Mô hình', 'ĐK 2024', '6'],
      ['c.xlsx', 'Mô hình', 'ĐK 2024', '7'],
    ]);

    let lines = await feedback();
    expect(lines).toHaveLength(2);
    expect(lines).toContain(`1. ${KIND}`);
    expect(lines.find((l) => DUPLICATE.test(l))).toBeDefined();

    // The district moves the row in error to the top of its imported rows: the cells named stay the unit's.
    const grid = fake.grid('Đăng ký');
    const width = Math.max(grid[2].length, grid[3].length);
    for (let c = 0; c < width; c++) {
      fake.editCell('Đăng ký', 3, c, grid[3][c] ?? null);
      fake.editCell('Đăng ký', 4, c, grid[2][c] ?? null);
    }
    expect(
      shown(fake.grid('Đăng ký'))
        .slice(2)
        .map((r) => r[3]),
    ).toEqual(['Góc học tập', 'Thư viện xanh', 'Thư viện xanh']);
    lines = await feedback();
    expect(lines).toContain(`1. ${KIND}`);
    expect(lines.find((l) => DUPLICATE.test(l))).toBeDefined();
  });

  it('says the workbook’s cells when the district changed the row since (its place in the unit’s file is no longer known)', async () => {
    const fake = districtWorkbook();
    const { feedback } = await importFile(fake);
    fake.editCell('Đăng ký', 4, 3, 'Góc học tập (đã sửa)');
    const lines = await feedback();
    expect(lines).toContain(
      '1. Tệp “c.xlsx” (đã nhập; ô theo trang “Đăng ký” của sổ tổng hợp): Ô F4: “Nhóm” không phải Loại hợp lệ; cần “Tập thể” hoặc “Cá nhân”.',
    );
    expect(lines.find((l) => DUPLICATE.test(l))).toBeDefined();
  });

  it('undoing the import puts the record of the rows’ places back too', async () => {
    const fake = districtWorkbook();
    const { user, ui } = await importFile(fake);
    await user.click(ui().getByRole('button', { name: 'Hoàn tác lần nhập' }));
    await ui().findByText(/^Đã hoàn tác/);
    expect(shown(fake.grid(ORIGIN_SHEET))).toEqual([['Nguồn', 'Phần', 'Trang gốc', 'Dòng gốc', 'Dấu', 'Cột gốc']]);
  });
});

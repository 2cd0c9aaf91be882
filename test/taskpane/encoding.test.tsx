/** @jest-environment jsdom */
import { within } from '@testing-library/react';
import { toTcvn3, toVni } from '../helpers/legacy-text';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { HEADER, INFO, ROW_2, ROW_3, UNITS } from './workbooks';

const UNIT = 6; // column G, Chi, đảng bộ
const IMPLEMENTER = 4; // column E

/** The commune's workbook with its units typed in TCVN3 (rows and Danh mục) and one implementer in VNI. */
function legacyWorkbook(): FakeWorkbook {
  const row2 = [...ROW_2];
  const row3 = [...ROW_3];
  row2[UNIT] = toTcvn3(ROW_2[UNIT] as string);
  row3[UNIT] = toTcvn3(ROW_3[UNIT] as string);
  row3[IMPLEMENTER] = toVni(ROW_3[IMPLEMENTER] as string);
  const units = UNITS.map((row, i) => (i === 1 ? [toTcvn3(row[0] as string), ...row.slice(1)] : row));
  return new FakeWorkbook([
    { name: 'Đăng ký', rows: [HEADER, row2, row3] },
    { name: 'Danh mục', rows: units },
    { name: 'Thông tin', rows: INFO },
  ]);
}

async function openCheck(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Kiểm tra');
  const ui = within(panel);
  await ui.findByText(/^Đã kiểm tra 2 dòng/);
  return { user, ui };
}

describe('Chữ gõ bằng bảng mã cũ (legacy encodings) in the Check tab', () => {
  it('lists the legacy cells per column with a preview, counted as Unicode meanwhile', async () => {
    const { ui } = await openCheck(legacyWorkbook());
    const section = within(ui.getByRole('region', { name: 'Chữ gõ bằng bảng mã cũ' }));
    expect(section.getByText(/^4 ô gõ bằng bảng mã cũ \(TCVN3 hoặc VNI\) ở 3 cột\./)).toBeInTheDocument();
    expect(section.getByText('Trang “Đăng ký”, cột G: 2 ô (TCVN3 (ABC))')).toBeInTheDocument();
    expect(section.getByText('Trang “Đăng ký”, cột E: 1 ô (VNI-Windows)')).toBeInTheDocument();
    expect(section.getByText('Trang “Danh mục”, cột A: 1 ô (TCVN3 (ABC))')).toBeInTheDocument();
    expect(section.getByText(`G2: “${toTcvn3('Chi bộ thôn Nà Pài')}” → “Chi bộ thôn Nà Pài”`)).toBeInTheDocument();
    // The rows count as their Unicode text: the unit is found in Danh mục, only the encoding is warned about.
    expect(ui.getByRole('group', { name: 'Chữ gõ bằng bảng mã cũ (2)' })).toBeInTheDocument();
    expect(ui.queryByRole('group', { name: /^Đơn vị không có trong Danh mục/ })).toBeNull();
  });

  it('converts only the listed cells, in Times New Roman, then undoes it', async () => {
    const fake = legacyWorkbook();
    const before = { rows: fake.grid('Đăng ký'), units: fake.grid('Danh mục') };
    const { user, ui } = await openCheck(fake);
    const convert = ui.getByRole('button', { name: 'Chuyển 4 ô sang Unicode' });
    expect(convert).toHaveAttribute('aria-describedby');
    expect(ui.getByText(/^Chỉ các ô liệt kê ở trên được viết lại bằng chữ Unicode/)).toBeInTheDocument();
    await user.click(convert);
    await ui.findByText('Đã chuyển 4 ô sang Unicode.');

    expect(fake.grid('Đăng ký')).toEqual([HEADER, ROW_2, ROW_3]);
    expect(fake.grid('Danh mục')).toEqual(UNITS);
    expect(fake.writes.map((w) => w.kind)).toEqual(['writeCells', 'writeCells']);
    expect(fake.fonts.get('Đăng ký!2:6')).toBe('Times New Roman');
    expect(fake.fonts.get('Đăng ký!2:5')).toBeUndefined();
    expect(ui.queryByRole('group', { name: /^Chữ gõ bằng bảng mã cũ/ })).toBeNull();
    expect(ui.queryByRole('button', { name: /sang Unicode$/ })).toBeNull();

    // The clerk edits one converted cell; undo restores the others and keeps that one.
    fake.editCell('Đăng ký', 3, IMPLEMENTER, 'Chi đoàn trường');
    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã khôi phục 3 ô như trước khi chuyển. 1 ô đã được sửa sau khi chuyển nên được giữ nguyên.');
    const restored = before.rows.map((row) => [...row]);
    restored[2][IMPLEMENTER] = 'Chi đoàn trường';
    expect(fake.grid('Đăng ký')).toEqual(restored);
    expect(fake.grid('Danh mục')).toEqual(before.units);
    expect(fake.fonts.get('Đăng ký!2:6')).toBe('.VnTime');
    expect(ui.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    expect(ui.getByRole('button', { name: 'Chuyển 3 ô sang Unicode' })).toBeInTheDocument();
  });

  it('shows nothing of it for a Unicode workbook', async () => {
    const fake = new FakeWorkbook([
      { name: 'Đăng ký', rows: [HEADER, ROW_2, [...ROW_3.slice(0, 4), 'Hội Phú Yên', ...ROW_3.slice(5)]] },
      { name: 'Danh mục', rows: UNITS },
      { name: 'Thông tin', rows: INFO },
    ]);
    const { ui } = await openCheck(fake);
    expect(ui.queryByRole('region', { name: 'Chữ gõ bằng bảng mã cũ' })).toBeNull();
  });
});

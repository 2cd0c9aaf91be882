/** @jest-environment jsdom */
import { act, waitFor, within } from '@testing-library/react';
import { cellText } from '../../src/engine';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { communeWorkbook, HEADER, INFO, ROW_2, ROW_3, UNITS } from './workbooks';

type User = ReturnType<typeof renderApp>['user'];

async function openEntry(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Nhập');
  const ui = within(panel);
  await ui.findByText(/Ghi vào trang “Đăng ký”/);
  await waitFor(() => expect(field(ui, 'Năm').value).not.toBe(''));
  return { user, ui };
}

const field = (ui: ReturnType<typeof within>, label: string) =>
  ui.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)) as HTMLInputElement | HTMLSelectElement;

async function fillNewModel(user: User, ui: ReturnType<typeof within>) {
  await user.selectOptions(field(ui, 'Chi, đảng bộ'), 'Chi bộ thôn Nà Pài');
  await user.type(field(ui, 'Tên mô hình'), 'Dân vận khéo trong phát triển cây quế');
  await user.type(field(ui, 'Tập thể/cá nhân thực hiện'), 'Chi hội Nông dân thôn Nà Pài');
  await user.selectOptions(field(ui, 'Lĩnh vực'), 'Nông thôn mới, đô thị văn minh');
}

const rowWrites = (fake: FakeWorkbook) => fake.writes.filter((w) => w.kind === 'writeRows');

/** Every timer stays real where a test fakes the clock: only `Date` tells another day. */
const NOT_THE_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

afterEach(() => jest.useRealTimers());

describe('Nhập (enter)', () => {
  it('defaults the year to Năm báo cáo and fills bloc and commune from the unit chosen in Danh mục', async () => {
    const { user, ui } = await openEntry(communeWorkbook());
    expect(field(ui, 'Năm').value).toBe('2024');
    const unit = field(ui, 'Chi, đảng bộ') as HTMLSelectElement;
    expect([...unit.options].map((o) => o.value)).toEqual(['', ...UNITS.slice(1).map((u) => u[0])]);
    await user.selectOptions(unit, 'Chi bộ thôn Nà Pài');
    expect(field(ui, 'Khối').value).toBe('Xã, phường');
    expect(field(ui, 'Xã/phường').value).toBe('Lục Bình');
    await user.selectOptions(unit, 'Chi bộ Công an xã');
    expect(field(ui, 'Khối').value).toBe('Nội chính');
    expect(field(ui, 'Xã/phường').value).toBe('');
  });

  it('offers the spec’s lists in the dropdowns', async () => {
    const { ui } = await openEntry(communeWorkbook());
    const options = (label: string) => [...(field(ui, label) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options('Loại')).toEqual(['— Chọn —', 'Tập thể', 'Cá nhân']);
    expect(options('Hình thức')).toEqual(['— Chọn —', 'Duy trì', 'Đăng ký mới']);
    expect(options('Kết quả')).toEqual([
      '(để trống: Đăng ký)',
      'Đăng ký',
      'Đủ điều kiện bình xét',
      'Đề nghị công nhận',
      'Được công nhận',
      'Tiêu biểu',
      'Không đạt',
      'Dừng thực hiện',
    ]);
    expect(options('Lĩnh vực')).toContain('3. Nông thôn mới, đô thị văn minh');
    expect(options('Khối')).toEqual(['(để trống)', 'Hành chính sự nghiệp', 'Nội chính', 'Doanh nghiệp', 'Xã, phường']);
  });

  it('shows the engine’s finding next to a bad value and writes nothing', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    await fillNewModel(user, ui);
    const year = field(ui, 'Năm');
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Chưa ghi: dòng có 1 lỗi. Sửa các ô được báo rồi thử lại.');
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(year);
    const message = ui.getByText('Ô C4: “1999” không phải năm hợp lệ; cần một năm từ 2000 đến 2100.');
    expect(year.getAttribute('aria-describedby')).toContain(message.id);
    expect(rowWrites(fake)).toHaveLength(0);
  });

  it('blocks a row that duplicates one already registered', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    await user.selectOptions(field(ui, 'Chi, đảng bộ'), 'Chi bộ thôn Nà Pài');
    await user.type(field(ui, 'Tên mô hình'), String(ROW_2[3]));
    await user.type(field(ui, 'Tập thể/cá nhân thực hiện'), String(ROW_2[4]));
    await user.selectOptions(field(ui, 'Lĩnh vực'), 'Nông thôn mới, đô thị văn minh');
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    expect(await ui.findByText(/dòng trùng với dòng 2/)).toBeInTheDocument();
    expect(rowWrites(fake)).toHaveLength(0);
  });

  it('writes exactly one row at the end of the registrations, in the sheet’s own column order', async () => {
    // A unit's own layout: a title block, columns in another order, an extra column the software does not
    // know, fields written as codes (so the new row's field is written as a code too).
    const header = ['TT', 'Tên mô hình', 'Chi bộ/Đảng bộ', 'Năm', 'Lĩnh vực', 'Loại', 'Hình thức', 'Người thực hiện', 'Ảnh', 'Kết quả'];
    const rows = [
      ['ĐẢNG ỦY XÃ LỤC BÌNH'],
      [],
      header,
      [1, 'Thư viện xanh', 'Chi bộ Trường THCS Lục Bình', 2024, 4, 'Tập thể', 'Đăng ký mới', 'Chi bộ Trường THCS Lục Bình', 'có', null],
      [2, 'Làm đường bê tông', 'Chi bộ thôn Nà Pài', 2024, 3, 'Tập thể', 'Đăng ký mới', 'Thôn Nà Pài', null, 'Đăng ký'],
      [],
    ];
    const fake = new FakeWorkbook([
      { name: 'Mô hình 2024', rows },
      { name: 'Danh mục', rows: UNITS },
      { name: 'Thông tin', rows: INFO },
    ]);
    const { user } = renderApp(fake);
    const panel = await openTab(user, 'Nhập');
    const ui = within(panel);
    await ui.findByText(/Ghi vào trang “Mô hình 2024”/);
    // Only the sheet's own columns are asked for.
    expect(ui.queryByLabelText(/^Khối/)).toBeNull();
    await fillNewModel(user, ui);
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Đã thêm dòng 6 vào trang “Mô hình 2024”.');
    expect(rowWrites(fake)).toEqual([
      {
        kind: 'writeRows',
        sheet: 'Mô hình 2024',
        firstRow: 6,
        rows: [
          [3, 'Dân vận khéo trong phát triển cây quế', 'Chi bộ thôn Nà Pài', 2024, 3, 'Tập thể', 'Đăng ký mới', 'Chi hội Nông dân thôn Nà Pài', '', 'Đăng ký'],
        ],
      },
    ]);
    expect(fake.grid('Mô hình 2024').slice(0, 5)).toEqual(rows.slice(0, 5));
    // The form is ready for the next model of the same unit.
    expect(field(ui, 'Tên mô hình').value).toBe('');
    expect(field(ui, 'Chi, đảng bộ').value).toBe('Chi bộ thôn Nà Pài');
  });

  it('loads a row selected in the sheet and updates it in place; Hoàn tác puts it back', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    act(() => fake.select({ sheet: 'Đăng ký', row: 3, col: 4 }));
    const update = await ui.findByRole('button', { name: 'Cập nhật dòng 3' });
    expect(field(ui, 'Tên mô hình').value).toBe(ROW_3[3]);
    expect(field(ui, 'Lĩnh vực').value).toBe('Bản sắc văn hóa, du lịch, dịch vụ');
    expect(field(ui, 'Kết quả').value).toBe('Đủ điều kiện bình xét');
    expect(ui.getByText('Đang sửa dòng 3. Chọn ô ở dòng khác để sửa dòng khác.')).toBeInTheDocument();

    await user.selectOptions(field(ui, 'Kết quả'), 'Được công nhận');
    await user.type(field(ui, 'Số quyết định'), '15-QĐ/ĐU');
    await user.click(update);
    await ui.findByText('Đã cập nhật dòng 3 của trang “Đăng ký”.');
    expect(rowWrites(fake)).toHaveLength(1);
    expect(rowWrites(fake)[0]).toMatchObject({ sheet: 'Đăng ký', firstRow: 3 });
    const after = fake.row('Đăng ký', 3);
    expect(after[11]).toBe('Được công nhận');
    expect(after[12]).toBe('15-QĐ/ĐU');
    expect(after.slice(0, 11).map(cellText)).toEqual(ROW_3.slice(0, 11).map(cellText));
    expect(fake.row('Đăng ký', 2)).toEqual(ROW_2);
    expect(fake.grid('Đăng ký')).toHaveLength(3);

    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã hoàn tác: dòng 3 đã trở lại như trước.');
    expect(fake.row('Đăng ký', 3).map(cellText)).toEqual(ROW_3.map(cellText));
    expect(field(ui, 'Kết quả').value).toBe('Đủ điều kiện bình xét');
    expect(ui.getByRole('button', { name: 'Hoàn tác' })).toHaveProperty('disabled', true);
  });

  it('opened with a row of the sheet selected, the form takes that row', async () => {
    const fake = communeWorkbook();
    fake.select({ sheet: 'Đăng ký', row: 2, col: 3 });
    const { user } = renderApp(fake);
    const ui = within(await openTab(user, 'Nhập'));
    await ui.findByText('Đã nạp dòng 2 vào biểu mẫu để sửa.');
    expect(field(ui, 'Tên mô hình').value).toBe(ROW_2[3]);
    expect(ui.getByRole('button', { name: 'Cập nhật dòng 2' })).toBeInTheDocument();
  });

  it('deletes the row being corrected, the rows under it moving up; Hoàn tác inserts it again', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    act(() => fake.select({ sheet: 'Đăng ký', row: 2, col: 4 }));
    await user.click(await ui.findByRole('button', { name: 'Xóa dòng 2' }));
    await ui.findByText('Đã xóa dòng 2 của trang “Đăng ký”; các dòng dưới được đẩy lên. Nhấn Hoàn tác để lấy lại.');
    expect(fake.grid('Đăng ký').slice(0, 2)).toEqual([HEADER, ROW_3]);
    expect(fake.writes.filter((w) => w.kind === 'deleteRows')).toEqual([{ kind: 'deleteRows', sheet: 'Đăng ký', firstRow: 2, count: 1 }]);
    expect(ui.getByText('Hoàn tác: chèn lại dòng 2 vừa xóa')).toBeInTheDocument();
    expect(ui.getByRole('button', { name: 'Thêm dòng' })).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã hoàn tác: dòng 2 vừa xóa đã được chèn lại.');
    expect(
      fake
        .grid('Đăng ký')
        .slice(0, 3)
        .map((r) => r.map(cellText)),
    ).toEqual([HEADER, ROW_2, ROW_3].map((r) => r.map(cellText)));
  });

  it('Hoàn tác of an appended row clears it', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    await fillNewModel(user, ui);
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Đã thêm dòng 4 vào trang “Đăng ký”.');
    expect(fake.row('Đăng ký', 4)[3]).toBe('Dân vận khéo trong phát triển cây quế');
    expect(ui.getByText('Hoàn tác: xóa dòng 4 vừa thêm')).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã hoàn tác: dòng 4 vừa thêm đã được xóa.');
    expect(fake.row('Đăng ký', 4).every((v) => cellText(v) === '')).toBe(true);
    expect(fake.grid('Đăng ký').slice(0, 3)).toEqual([HEADER, ROW_2, ROW_3]);
  });

  it('does not undo over a row the clerk has edited since', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openEntry(fake);
    await fillNewModel(user, ui);
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Đã thêm dòng 4 vào trang “Đăng ký”.');
    fake.editCell('Đăng ký', 4, 3, 'Tên sửa tay');
    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText(/Không hoàn tác: dòng 4 đã được sửa trên trang/);
    expect(fake.row('Đăng ký', 4)[3]).toBe('Tên sửa tay');
  });

  it('points to Thiết lập when the workbook has no registration sheet, and writes once it has been set up', async () => {
    // New Year's Eve, 18:00 UTC: already 2032 in Vietnam, where the row's year is taken (only the date is faked).
    jest.useFakeTimers({ now: new Date('2031-12-31T18:00:00Z'), doNotFake: [...NOT_THE_DATE] });
    const fake = new FakeWorkbook([{ name: 'Sheet1', rows: [] }]);
    const { user } = renderApp(fake);
    const panel = await openTab(user, 'Nhập');
    expect(await within(panel).findByText(/Vào thẻ “Thiết lập” để tạo biểu mẫu chuẩn/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Thêm dòng' })).toHaveProperty('disabled', true);

    const setup = within(await openTab(user, 'Thiết lập'));
    await user.click(await setup.findByRole('button', { name: 'Tạo biểu mẫu chuẩn' }));
    await setup.findByText(/^Đã thêm 5 trang/);
    const ui = within(await openTab(user, 'Nhập'));
    await ui.findByText(/Ghi vào trang “Đăng ký”/);
    await user.type(field(ui, 'Tên mô hình'), 'Thư viện xanh');
    await user.type(field(ui, 'Tập thể/cá nhân thực hiện'), 'Chi đoàn thôn');
    await user.type(field(ui, 'Chi, đảng bộ'), 'Chi bộ thôn Bản Vẻn');
    await user.selectOptions(field(ui, 'Lĩnh vực'), 'Bản sắc văn hóa, du lịch, dịch vụ');
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Đã thêm dòng 2 vào trang “Đăng ký”.');
    expect(fake.row('Đăng ký', 2).slice(0, 11)).toEqual([
      1,
      '',
      2032,
      'Thư viện xanh',
      'Chi đoàn thôn',
      'Tập thể',
      'Chi bộ thôn Bản Vẻn',
      '',
      '',
      'Bản sắc văn hóa, du lịch, dịch vụ',
      'Đăng ký mới',
    ]);
  });
});

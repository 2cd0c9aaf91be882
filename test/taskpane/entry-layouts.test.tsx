/** @jest-environment jsdom */
import { act, within } from '@testing-library/react';
import { cellText, type CellValue } from '../../src/engine';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { HEADER, INFO, ROW_2, ROW_3, UNITS } from './workbooks';
import { TICK_HEADER_SUB, TICK_HEADER_TOP } from '../fixtures/tick-header';

type Ui = ReturnType<typeof within>;

const field = (ui: Ui, label: string) => ui.getByLabelText(new RegExp(`^${label}`)) as HTMLInputElement | HTMLSelectElement;
const texts = (row: readonly CellValue[]) => row.map(cellText);

/** A unit's own layout: rows 3-4, a two-row header with tick columns (test/fixtures/tick-header.ts). */
const TOP = [...TICK_HEADER_TOP];
const SUB = [...TICK_HEADER_SUB];
const MODEL_5: CellValue[] = [
  1,
  'Thư viện xanh',
  'Chi đoàn trường',
  'Chi bộ Trường THCS Lục Bình',
  2024,
  null,
  null,
  null,
  'X',
  'X',
  null,
  null,
  'X',
  'Đăng ký',
];
const MODEL_6: CellValue[] = [2, 'Gương người tốt', 'Ông Hoàng Văn Tư', 'Chi bộ thôn Nà Pài', 2024, null, null, null, 'X', null, 'X', 'X', null, 'Đăng ký'];

function tickWorkbook(): FakeWorkbook {
  return new FakeWorkbook([
    { name: 'Mô hình', rows: [['DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024'], [], TOP, SUB, MODEL_5, MODEL_6] },
    { name: 'Danh mục', rows: UNITS },
    { name: 'Thông tin', rows: INFO },
  ]);
}

async function openEntry(fake: FakeWorkbook, sheet: string) {
  const { user } = renderApp(fake);
  const ui = within(await openTab(user, 'Nhập'));
  await ui.findByText(new RegExp(`Ghi vào trang “${sheet}”`));
  return { user, ui };
}

describe('Nhập on the layouts clerks use', () => {
  it('offers field, kind and registration on tick columns and marks the new row as the sheet does', async () => {
    const fake = tickWorkbook();
    const { user, ui } = await openEntry(fake, 'Mô hình');
    expect([...(field(ui, 'Loại') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'Tập thể', 'Cá nhân']);
    expect(field(ui, 'Hình thức').value).toBe('Đăng ký mới');
    await user.selectOptions(field(ui, 'Chi, đảng bộ'), 'Chi bộ thôn Nà Pài');
    await user.type(field(ui, 'Tên mô hình'), 'Dân vận khéo trong phát triển cây quế');
    await user.type(field(ui, 'Tập thể/cá nhân thực hiện'), 'Chi hội Nông dân thôn Nà Pài');
    await user.selectOptions(field(ui, 'Lĩnh vực'), 'Nông thôn mới, đô thị văn minh');
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText('Đã thêm dòng 7 vào trang “Mô hình”.');
    expect(fake.writes.filter((w) => w.kind === 'writeRows')).toEqual([
      {
        kind: 'writeRows',
        sheet: 'Mô hình',
        firstRow: 7,
        rows: [
          [
            3,
            'Dân vận khéo trong phát triển cây quế',
            'Chi hội Nông dân thôn Nà Pài',
            'Chi bộ thôn Nà Pài',
            2024,
            '',
            '',
            'X',
            '',
            'X',
            '',
            '',
            'X',
            'Đăng ký',
          ],
        ],
      },
    ]);
    // No “not marked” error: the row is read back as a model of field 3, collective, new.
    expect(ui.queryByText(/chưa đánh dấu/)).toBeNull();
  });

  it('reads a selected row’s ticks into the form, moves the mark on update, and Hoàn tác puts it back', async () => {
    const fake = tickWorkbook();
    const { user, ui } = await openEntry(fake, 'Mô hình');
    act(() => fake.select({ sheet: 'Mô hình', row: 6, col: 1 }));
    const update = await ui.findByRole('button', { name: 'Cập nhật dòng 6' });
    expect([field(ui, 'Lĩnh vực').value, field(ui, 'Loại').value, field(ui, 'Hình thức').value]).toEqual([
      'Bản sắc văn hóa, du lịch, dịch vụ',
      'Cá nhân',
      'Duy trì',
    ]);

    await user.selectOptions(field(ui, 'Lĩnh vực'), 'Cải cách hành chính, xây dựng công sở');
    await user.selectOptions(field(ui, 'Hình thức'), 'Đăng ký mới');
    await user.click(update);
    await ui.findByText('Đã cập nhật dòng 6 của trang “Mô hình”.');
    expect(texts(fake.row('Mô hình', 6))).toEqual(
      texts([2, 'Gương người tốt', 'Ông Hoàng Văn Tư', 'Chi bộ thôn Nà Pài', 2024, null, 'X', null, null, null, 'X', null, 'X', 'Đăng ký']),
    );
    expect(fake.row('Mô hình', 5)).toEqual(MODEL_5);

    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã hoàn tác: dòng 6 đã trở lại như trước.');
    expect(texts(fake.row('Mô hình', 6))).toEqual(texts(MODEL_6));
    expect(field(ui, 'Lĩnh vực').value).toBe('Bản sắc văn hóa, du lịch, dịch vụ');
  });

  it('inserts a new model above the Tổng cộng line, which is kept and said to need adding up again (typed numbers); Hoàn tác deletes the inserted row', async () => {
    const total: CellValue[] = ['Tổng cộng', null, null, 2];
    const fake = new FakeWorkbook([
      { name: 'Đăng ký', rows: [HEADER, ROW_2, ROW_3, total] },
      { name: 'Danh mục', rows: UNITS },
      { name: 'Thông tin', rows: INFO },
    ]);
    const { user, ui } = await openEntry(fake, 'Đăng ký');
    await user.selectOptions(field(ui, 'Chi, đảng bộ'), 'Chi bộ thôn Nà Pài');
    await user.type(field(ui, 'Tên mô hình'), 'Dân vận khéo trong phát triển cây quế');
    await user.type(field(ui, 'Tập thể/cá nhân thực hiện'), 'Chi hội Nông dân thôn Nà Pài');
    await user.selectOptions(field(ui, 'Lĩnh vực'), 'Nông thôn mới, đô thị văn minh');
    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText(
      'Đã thêm dòng 4 vào trang “Đăng ký”, trên dòng Tổng cộng (dòng tổng được đẩy xuống một dòng). ' +
        'Dòng Tổng cộng (dòng 5) có 1 ô số gõ tay, không phải công thức, nên chưa tính dòng mới: hãy cộng lại các ô này.',
    );
    expect(fake.writes.filter((w) => w.kind !== 'writeSheet').map((w) => [w.kind, 'beforeRow' in w ? w.beforeRow : null])).toEqual([['insertRows', 4]]);
    const grid = fake.grid('Đăng ký');
    expect(grid).toHaveLength(5);
    expect(grid[3].slice(0, 4)).toEqual([3, '', 2024, 'Dân vận khéo trong phát triển cây quế'].map((v) => (v === '' ? null : v)));
    expect(grid[4]).toEqual(total);
    expect(ui.getByText('Hoàn tác: xóa dòng 4 vừa thêm')).toBeInTheDocument();

    await user.click(ui.getByRole('button', { name: 'Hoàn tác' }));
    await ui.findByText('Đã hoàn tác: dòng 4 vừa thêm đã được xóa.');
    expect(fake.writes.at(-1)).toEqual({ kind: 'deleteRows', sheet: 'Đăng ký', firstRow: 4, count: 1 });
    expect(fake.grid('Đăng ký')).toEqual([HEADER, ROW_2, ROW_3, total]);
  });
});

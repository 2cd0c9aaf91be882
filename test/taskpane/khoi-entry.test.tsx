/** @jest-environment jsdom */
import { within } from '@testing-library/react';
import { KHOI_COLUMNS } from '../../src/engine';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { HEADER, INFO, ROW_2, UNITS } from './workbooks';

const KHOI_HEADER = KHOI_COLUMNS.map((c) => c.header);

function workbook(withKhoi: boolean): FakeWorkbook {
  return new FakeWorkbook([
    { name: 'Đăng ký', rows: [HEADER, ROW_2] },
    { name: 'Danh mục', rows: UNITS },
    { name: 'Thông tin', rows: INFO },
    ...(withKhoi ? [{ name: 'Khối Dân vận', rows: [KHOI_HEADER] }] : []),
  ]);
}

async function openForm(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = within(await openTab(user, 'Nhập'));
  const form = within(await panel.findByRole('form', { name: 'Dòng Khối Dân vận của một xã' }));
  return { user, form };
}

describe('Nhập: a commune’s Khối Dân vận row', () => {
  it('checks the row before writing it: a count above the members is refused at its cell, then the corrected row is written and undone', async () => {
    const fake = workbook(true);
    const { user, form } = await openForm(fake);
    const type = async (label: string, value: string) => {
      const input = form.getByRole('textbox', { name: new RegExp(`^${label}`) });
      await user.clear(input);
      await user.type(input, value);
    };
    await type('Năm', '2024');
    await type('Xã/phường', 'Lục Bình');
    await type('Số thành viên', '10');
    await type('Thành viên được tập huấn', '12');
    await user.click(form.getByRole('checkbox', { name: 'Kiện toàn đủ thành phần' }));
    await user.click(form.getByRole('button', { name: 'Thêm dòng Khối' }));
    await form.findByText('Chưa ghi: 1 lỗi ở dòng Khối; sửa rồi thêm lại.');
    expect(form.getByText('Ô M2: Thành viên được tập huấn là 12, nhiều hơn số thành viên (10).')).toBeInTheDocument();
    expect(fake.grid('Khối Dân vận')).toHaveLength(1);

    await type('Thành viên được tập huấn', '10');
    await user.click(form.getByRole('button', { name: 'Thêm dòng Khối' }));
    await form.findByText('Đã thêm dòng 2 vào trang “Khối Dân vận”.');
    const row = fake.row('Khối Dân vận', 2);
    const at = (header: string) => row[KHOI_HEADER.indexOf(header)];
    expect([at('Năm'), at('Xã/phường'), at('Số thành viên'), at('Thành viên được tập huấn'), at('Kiện toàn đủ thành phần'), at('Quy chế hoạt động')]).toEqual([
      2024,
      'Lục Bình',
      10,
      10,
      'Có',
      'Không',
    ]);

    // The same commune and year again: refused as a duplicate.
    await type('Năm', '2024');
    await type('Xã/phường', 'Lục Bình');
    await type('Số thành viên', '9');
    await user.click(form.getByRole('button', { name: 'Thêm dòng Khối' }));
    await form.findByText(/^Ô B3: Lục Bình đã có dòng năm 2024 \(dòng 2\)/);
    expect(fake.grid('Khối Dân vận')).toHaveLength(2);

    await user.click(form.getByRole('button', { name: 'Bỏ dòng Khối vừa thêm' }));
    await form.findByText('Đã bỏ dòng 2 vừa thêm.');
    expect(fake.grid('Khối Dân vận')).toHaveLength(1);
  });

  it('points to Thiết lập when the workbook has no Khối sheet', async () => {
    const { user } = renderApp(workbook(false));
    const panel = within(await openTab(user, 'Nhập'));
    await panel.findByText('Sổ chưa có trang Khối Dân vận; tạo ở thẻ Thiết lập (Tạo biểu mẫu chuẩn).');
    expect(panel.queryByRole('form', { name: 'Dòng Khối Dân vận của một xã' })).toBeNull();
  });
});

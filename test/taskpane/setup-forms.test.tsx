/** @jest-environment jsdom */
// Thiết lập's forms: Danh mục and Thông tin filled from the pane (the browser version's grid is read-only).
import { within } from '@testing-library/react';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { shown } from './sheet-text';
import { communeWorkbook, INFO, UNITS } from './workbooks';

const text = (fake: FakeWorkbook, sheet: string): string[][] => shown(fake.grid(sheet));

async function openSetup(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const ui = within(await openTab(user, 'Thiết lập'));
  await ui.findByRole('table', { name: 'Các trang chuẩn của sổ' });
  return { user, ui };
}

describe('Thiết lập: Danh mục and Thông tin from the pane', () => {
  it('adds a unit after the listed ones, refuses one without a name, and undoes the addition', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openSetup(fake);
    const form = within(ui.getByRole('form', { name: 'Thêm đơn vị vào Danh mục' }));
    await user.click(form.getByRole('button', { name: 'Thêm vào Danh mục' }));
    expect(form.getByText('Cần tên đơn vị.')).toBeInTheDocument();
    expect(fake.writes).toEqual([]);

    await user.type(form.getByLabelText(/^Tên đơn vị/), 'Chi bộ Trạm Y tế xã');
    await user.selectOptions(form.getByLabelText('Khối'), 'Hành chính sự nghiệp');
    await user.type(form.getByLabelText(/^Tên khác/), 'Trạm Y tế');
    await user.click(form.getByRole('button', { name: 'Thêm vào Danh mục' }));
    await form.findByText('Đã thêm “Chi bộ Trạm Y tế xã” vào trang “Danh mục”.');
    expect(text(fake, 'Danh mục').at(-1)).toEqual(['Chi bộ Trạm Y tế xã', 'Hành chính sự nghiệp', '', 'Trạm Y tế']);
    expect(form.getByLabelText<HTMLInputElement>(/^Tên đơn vị/).value).toBe('');

    await user.click(form.getByRole('button', { name: 'Hoàn tác lần ghi vừa rồi' }));
    await form.findByText('Đã hoàn tác lần ghi vừa rồi.');
    expect(text(fake, 'Danh mục')).toEqual(shown(UNITS));
  });

  it('shows Thông tin as it is, refuses a value it cannot read, and writes only what changed (a new label at the end)', async () => {
    const fake = communeWorkbook();
    const { user, ui } = await openSetup(fake);
    const form = within(ui.getByRole('form', { name: 'Thông tin báo cáo' }));
    const year = form.getByLabelText<HTMLInputElement>(/^Năm báo cáo/);
    expect(year.value).toBe('2024');
    expect(form.getByLabelText<HTMLInputElement>(/^Cơ quan báo cáo/).value).toBe('Đảng ủy xã Lục Bình');

    await user.clear(year);
    await user.type(year, 'năm nay');
    await user.type(form.getByLabelText(/^Số ký hiệu/), '12-BC/ĐU');
    await user.click(form.getByRole('button', { name: 'Ghi Thông tin' }));
    await form.findByText('Chưa ghi: 1 ô không đọc được, xem các ô báo đỏ.');
    expect(form.getByText('Giá trị này không đọc được; xem ví dụ bên dưới ô.')).toBeInTheDocument();
    expect(fake.writes).toEqual([]);

    await user.clear(year);
    await user.type(year, '2025');
    await user.click(form.getByRole('button', { name: 'Ghi Thông tin' }));
    await form.findByText('Đã ghi 2 ô vào trang “Thông tin”.');
    const info = text(fake, 'Thông tin');
    expect(info.slice(0, INFO.length).map((r) => r[0])).toEqual(INFO.map((r) => r[0]));
    expect(info[2]).toEqual(['Năm báo cáo', '2025']);
    expect(fake.grid('Thông tin')[2][1]).toBe(2025);
    expect(info.at(-1)).toEqual(['Số ký hiệu', '12-BC/ĐU']);

    await user.click(form.getByRole('button', { name: 'Hoàn tác lần ghi vừa rồi' }));
    await form.findByText('Đã hoàn tác lần ghi vừa rồi.');
    expect(text(fake, 'Thông tin')).toEqual(shown(INFO));
  });
});

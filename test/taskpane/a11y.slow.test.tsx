/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node's exports of the packages, so exceljs reads the units' files of Tổng hợp đơn vị as in the other tests.
import { act, screen, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { seed004Sheets } from '../fixtures/seed004';
import { CONG_AN, districtWorkbook, NA_PAI, ownRow, TRUONG, unitFile } from './consolidate-files';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { communeWorkbook, seed004Workbook } from './workbooks';

expect.extend(toHaveNoViolations);

/** The whole page, portals (dialogs) included. */
const page = (): Element => document.body;

describe('accessibility (jest-axe)', () => {
  it('Thiết lập has no violations', async () => {
    renderApp(communeWorkbook());
    await screen.findByRole('table', { name: 'Các trang chuẩn của sổ' });
    expect(await axe(page())).toHaveNoViolations();
  });

  it('Nhập has no violations, with findings shown next to the fields and while correcting a row', async () => {
    const fake = communeWorkbook();
    const { user } = renderApp(fake);
    const ui = within(await openTab(user, 'Nhập'));
    await ui.findByText(/Ghi vào trang “Đăng ký”/);
    expect(await axe(page())).toHaveNoViolations();

    await user.click(ui.getByRole('button', { name: 'Thêm dòng' }));
    await ui.findByText(/^Chưa ghi: dòng có \d+ lỗi/);
    expect(await axe(page())).toHaveNoViolations();

    act(() => fake.select({ sheet: 'Đăng ký', row: 2, col: 3 }));
    await ui.findByRole('button', { name: 'Cập nhật dòng 2' });
    expect(await axe(page())).toHaveNoViolations();
  });

  it('Kiểm tra has no violations with findings listed', async () => {
    const sheets = seed004Sheets();
    sheets[0].rows[5][5] = 'Tap the lon';
    sheets[0].rows[7][12] = null;
    const { user } = renderApp(new FakeWorkbook(sheets));
    const ui = within(await openTab(user, 'Kiểm tra'));
    await ui.findByRole('button', { name: /^Lỗi \(1\)/ });
    await user.click(ui.getByRole('button', { name: /^Cảnh báo/ }));
    expect(await axe(page())).toHaveNoViolations();
  });

  it('Tổng hợp has no violations, table and chart', async () => {
    const { user } = renderApp(seed004Workbook());
    const ui = within(await openTab(user, 'Tổng hợp'));
    await ui.findByRole('img', { name: /^Mô hình đăng ký và được công nhận/ });
    expect(await axe(page())).toHaveNoViolations();
    await user.selectOptions(ui.getByLabelText('Và theo'), 'kind');
    expect(await axe(page())).toHaveNoViolations();
  });

  it('Báo cáo has no violations, with the report text and with the overwrite dialog open', async () => {
    const fake = seed004Workbook();
    const { user } = renderApp(fake);
    const ui = within(await openTab(user, 'Báo cáo'));
    await user.click(await ui.findByRole('button', { name: 'Điền các Biểu và Báo cáo' }));
    await ui.findByRole('heading', { name: 'Nội dung báo cáo' });
    expect(await axe(page())).toHaveNoViolations();

    fake.editCell('Báo cáo', 1, 0, 'sửa tay');
    await user.click(ui.getByRole('button', { name: 'Điền các Biểu và Báo cáo' }));
    await screen.findByRole('alertdialog');
    expect(await axe(page())).toHaveNoViolations();
  });

  it('Tổng hợp đơn vị has no violations, with files listed, a file’s details, tracking, and the confirm dialog open', async () => {
    const { user } = renderApp(districtWorkbook([ownRow(CONG_AN, 'Camera an ninh')]));
    const ui = within(await openTab(user, 'Tổng hợp đơn vị'));
    await ui.findByRole('table', { name: 'Tình trạng nộp của các đơn vị' });
    const november = new Date(Date.UTC(2024, 10, 10, 3));
    const files = [
      await unitFile('a.xlsx', NA_PAI, [{ name: 'Đường bê tông' }], november),
      await unitFile('b.xlsx', TRUONG, [{ name: 'Góc học tập', kind: 'Nhóm' }], november),
      await unitFile('c.xlsx', CONG_AN, [{ name: 'Tổ tự quản' }], november),
    ];
    await user.upload(ui.getByLabelText('Tệp .xlsx của các đơn vị'), files);
    await ui.findByText('Đã đọc 3 tệp.', undefined, { timeout: 20000 });
    await user.click(ui.getByRole('button', { name: 'Chi tiết tệp b.xlsx' }));
    expect(await axe(page())).toHaveNoViolations();

    await user.click(ui.getByRole('button', { name: 'Nhận tệp b.xlsx' }));
    await user.click(ui.getByRole('button', { name: 'Nhập vào sổ' }));
    await screen.findByRole('alertdialog', { name: 'Xác nhận trước khi nhập' });
    expect(await axe(page())).toHaveNoViolations();
  });

  it('has no violations in English and in the dark theme', async () => {
    const { user } = renderApp(seed004Workbook(), { language: 'en', theme: 'dark' });
    const ui = within(await openTab(user, 'Check'));
    await ui.findByText(/^Checked 191 rows/);
    expect(await axe(page())).toHaveNoViolations();
  });
});

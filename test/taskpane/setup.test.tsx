/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { vi } from '../../src/i18n/vi';
import { standardSheets } from '../../src/workbook/standard-template';
import { WorkbookError } from '../../src/workbook/workbook';
import { FakeWorkbook } from './fake-workbook';
import { renderApp } from './render-app';
import { communeWorkbook, HEADER, ROW_2 } from './workbooks';

const written = (fake: FakeWorkbook): string[] =>
  fake.writes.map((w) => (w.kind === 'writeSheet' ? w.name : w.kind === 'deleteSheet' ? `delete:${w.name}` : `rows:${w.sheet}`));

describe('Thiết lập (set up)', () => {
  it('adds every standard sheet to an empty workbook, lists before the sheets whose dropdowns use them', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1', rows: [] }]);
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Tạo biểu mẫu chuẩn' }));
    await screen.findByText('Đã thêm 5 trang: “Đăng ký”, “Danh mục”, “Thông tin”, “Khối Dân vận”, “Báo cáo”. Các trang đã có không bị thay đổi.');
    expect(new Set(written(fake))).toEqual(new Set(standardSheets().map((s) => s.name)));
    // Tabs in the standard order; Đăng ký's dropdowns written once their source sheets exist.
    expect(await fake.sheetNames()).toEqual(['Sheet1', ...standardSheets().map((s) => s.name)]);
    const writes = written(fake);
    expect(writes.lastIndexOf('Đăng ký')).toBeGreaterThan(writes.indexOf('DVK_DanhSach'));
    expect(writes.lastIndexOf('Đăng ký')).toBeGreaterThan(writes.indexOf('Danh mục'));
    expect(fake.visibility('DVK_DanhSach')).toBe('hidden');
    const table = screen.getByRole('table', { name: 'Các trang chuẩn của sổ' });
    expect(within(table).queryByText('Chưa có')).toBeNull();
  });

  it('adds only the missing sheets and leaves an existing Đăng ký untouched', async () => {
    const fake = communeWorkbook();
    const before = fake.grid('Đăng ký');
    const { user } = renderApp(fake);
    const table = await screen.findByRole('table', { name: 'Các trang chuẩn của sổ' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(row('Đăng ký')).getByText('Đã có')).toBeInTheDocument();
    expect(within(row('Báo cáo')).getByText('Chưa có')).toBeInTheDocument();
    expect(screen.getByText('Danh sách đăng ký ở trang “Đăng ký”, dòng tiêu đề là dòng 1.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' }));
    await screen.findByText('Đã thêm 2 trang: “Khối Dân vận”, “Báo cáo”. Các trang đã có không bị thay đổi.');
    expect(written(fake)).toEqual(['Khối Dân vận', 'Báo cáo', 'DVK_DanhSach']);
    expect(fake.grid('Đăng ký')).toEqual(before);
    expect(screen.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' })).toHaveProperty('disabled', true);
    expect(screen.getByText('Sổ đã có đủ các trang chuẩn; không cần thêm gì.')).toBeInTheDocument();
  });

  it('says no set-up is needed when the registrations are in a layout of their own, and never adds Đăng ký', async () => {
    const fake = new FakeWorkbook([{ name: 'DS mô hình 2024', rows: [['ĐẢNG ỦY XÃ LỤC BÌNH'], ['DANH SÁCH MÔ HÌNH DÂN VẬN KHÉO NĂM 2024'], HEADER, ROW_2] }]);
    const { user } = renderApp(fake);
    expect(await screen.findByText(/theo mẫu riêng ở trang “DS mô hình 2024” \(dòng tiêu đề 3\).*không cần thiết lập/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tạo biểu mẫu chuẩn' }));
    await screen.findByText(/Đã thêm 4 trang/);
    expect(written(fake)).not.toContain('Đăng ký');
    expect(fake.has('Đăng ký')).toBe(false);
  });

  it('shows Excel’s problem and what to do when the write is refused', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1', rows: [] }]);
    const { user } = renderApp(fake);
    const button = await screen.findByRole('button', { name: 'Tạo biểu mẫu chuẩn' });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    fake.failNext = new WorkbookError('protected', vi.workbookError.protected);
    await user.click(button);
    const alert = await screen.findByText(vi.workbookError.protected);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('Chưa thực hiện được')).toBeInTheDocument();
  });
});

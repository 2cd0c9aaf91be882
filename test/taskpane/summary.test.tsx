/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { analyse, readWorkbooks, reportTables } from '../../src/engine';
import { seed004Sheets, SEED004_FIGURES } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';
import { openTab, renderApp } from './render-app';
import { seed004Workbook } from './workbooks';
import { forgetClipboardItem, richClipboard } from './rich-clipboard';

afterEach(forgetClipboardItem);

const cells = (row: HTMLElement): string[] =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
const headers = (table: HTMLElement): string[] =>
  within(table)
    .getAllByRole('columnheader')
    .map((c) => c.textContent ?? '');

/** Biểu 01 as the report writes it, from the same workbook. */
function bieu01() {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  return reportTables(dataset, analyse(dataset).counted)[0];
}

async function openSummary() {
  const fake = seed004Workbook();
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Tổng hợp');
  const ui = within(panel);
  const table = await ui.findByRole('table', { name: /^Bảy chỉ tiêu theo/ });
  return { user, ui, table };
}

describe('Tổng hợp (summarise)', () => {
  it('by field shows the seed 004 total of 191 and agrees with Biểu 01', async () => {
    const { ui, table } = await openSummary();
    expect(headers(table)).toEqual([
      'Lĩnh vực',
      'Đăng ký',
      'Đủ điều kiện bình xét',
      'Đề nghị công nhận',
      'Được công nhận',
      'Tiêu biểu',
      'Đơn vị đăng ký',
      'Đơn vị được công nhận',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    const total = cells(rows[rows.length - 1]);
    expect(total).toEqual(['Tổng cộng', '191', '160', '137', '129', '13', '34', '29']);
    expect(await ui.findByText('Tổng hợp xong: 191 mô hình, 4 nhóm.')).toBeInTheDocument();

    const b = bieu01();
    const totalRow = b.body[b.body.length - 1];
    // Biểu 01 columns: STT, field, registered (total, ...), eligible at 7, proposed 8, recognised 9, exemplary 12.
    expect([totalRow[2], totalRow[7], totalRow[8], totalRow[9], totalRow[12]].map(String)).toEqual(total.slice(1, 6));
    const byField = rows.slice(0, -1).map(cells);
    expect(byField.map((r) => r[0])).toEqual([
      '1. Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
      '2. Cải cách hành chính, xây dựng công sở',
      '3. Nông thôn mới, đô thị văn minh',
      '4. Bản sắc văn hóa, du lịch, dịch vụ',
    ]);
    b.body.slice(0, 4).forEach((bieuRow, i) => {
      expect(byField[i][1]).toBe(String(bieuRow[2]));
      expect(byField[i][4]).toBe(String(bieuRow[9]));
    });
    expect(byField.map((r) => Number(r[1]))).toEqual([1, 2, 3, 4].map((f) => SEED004_FIGURES.byField[f as 1 | 2 | 3 | 4].total));
  });

  it('draws the registered and recognised models per group as an accessible chart', async () => {
    const { ui } = await openSummary();
    const chart = ui.getByRole('img', { name: /^Mô hình đăng ký và được công nhận theo nhóm/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.textContent).toContain('3. Nông thôn mới, đô thị văn minh: 164 đăng ký, ');
    expect(chart.querySelectorAll('rect')).toHaveLength(2 + 4 * 2);
  });

  it('groups by two dimensions, whose groups still add up to the total', async () => {
    const { user, ui, table } = await openSummary();
    await user.selectOptions(ui.getByLabelText('Tổng hợp theo'), 'bloc');
    await user.selectOptions(ui.getByLabelText('Và theo'), 'kind');
    await ui.findByRole('table', { name: 'Bảy chỉ tiêu theo khối, loại' });
    expect(headers(table).slice(0, 3)).toEqual(['Khối', 'Loại', 'Đăng ký']);
    const rows = within(table).getAllByRole('row').slice(1).map(cells);
    const groups = rows.slice(0, -1);
    expect(groups[0].slice(0, 2)).toEqual(['Hành chính sự nghiệp', 'Tập thể']);
    expect(groups.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(191);
    expect(groups.reduce((sum, r) => sum + Number(r[5]), 0)).toBe(129);
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(['Tổng cộng', '191', '160']);
  });

  it('labels the dimensions in Vietnamese and counts by recognised commune as seed 004 reads them', async () => {
    const { user, ui, table } = await openSummary();
    const picker = ui.getByLabelText<HTMLSelectElement>('Tổng hợp theo');
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Lĩnh vực', 'Chi, đảng bộ', 'Khối', 'Xã/phường', 'Loại', 'Hình thức', 'Kết quả', 'Năm']);
    await user.selectOptions(picker, 'commune');
    await ui.findByRole('table', { name: 'Bảy chỉ tiêu theo xã/phường' });
    const rows = within(table).getAllByRole('row').slice(1).map(cells);
    for (const { commune, models } of SEED004_FIGURES.recognizedByCommune) {
      expect(rows.find((r) => r[0] === commune)?.[4]).toBe(String(models));
    }
  });

  it('copies the table as a table (HTML beside tab-separated text) and writes it to sheet Bảng tổng hợp, asking before it overwrites a hand edit', async () => {
    const fake = seed004Workbook();
    const { user } = renderApp(fake);
    const ui = within(await openTab(user, 'Tổng hợp'));
    await ui.findByRole('table', { name: /^Bảy chỉ tiêu theo/ });
    const clipboard = richClipboard();
    await user.click(ui.getByRole('button', { name: 'Sao chép bảng' }));
    await ui.findByText('Đã sao chép bảng: dán (Ctrl+V) vào Word hay Excel thành bảng.');
    const html = await clipboard.read('text/html');
    expect(html).toMatch(/^<table style="border-collapse:collapse"><caption[^>]*>Bảy chỉ tiêu theo lĩnh vực<\/caption>/);
    expect(html).toContain(
      '<td style="border:1px solid #000;padding:2px 6px">Tổng cộng</td><td style="border:1px solid #000;padding:2px 6px;text-align:right">191</td>',
    );
    const text = (await clipboard.read('text/plain')).split('\r\n');
    expect(text[0].split('\t').slice(0, 2)).toEqual(['Lĩnh vực', 'Đăng ký']);
    expect(text.at(-1)?.split('\t').slice(0, 2)).toEqual(['Tổng cộng', '191']);

    await user.click(ui.getByRole('button', { name: 'Ghi ra trang “Bảng tổng hợp”' }));
    await ui.findByText('Đã ghi bảng vào trang “Bảng tổng hợp”.');
    const sheet = fake.grid('Bảng tổng hợp');
    expect(sheet[0][0]).toBe('Bảy chỉ tiêu theo lĩnh vực');
    expect(sheet[1].slice(0, 2)).toEqual(['Lĩnh vực', 'Đăng ký']);
    expect(sheet.at(-1)?.slice(0, 2)).toEqual(['Tổng cộng', 191]);

    fake.editCell('Bảng tổng hợp', 3, 1, 999);
    await user.click(ui.getByRole('button', { name: 'Ghi ra trang “Bảng tổng hợp”' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi đè' }));
    await ui.findByText('Đã ghi bảng vào trang “Bảng tổng hợp”.');
    expect(fake.grid('Bảng tổng hợp')[2][1]).not.toBe(999);
  });
});

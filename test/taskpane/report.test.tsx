/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { analyse, FIELDS, readWorkbooks, reportTables } from '../../src/engine';
import { layoutSummarySheet } from '../../src/workbook/layout-summary';
import { RECORD_SHEET } from '../../src/workbook/owned-sheets';
import { seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { seed004Workbook } from './workbooks';

const YEAR_SENTENCE = 'Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình)';
const sheetWrites = (fake: FakeWorkbook): string[] => fake.writes.flatMap((w) => (w.kind === 'writeSheet' ? [w.name] : []));

async function openReport(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Báo cáo');
  return { user, ui: within(panel) };
}

async function fill(user: ReturnType<typeof renderApp>['user'], ui: ReturnType<typeof within>) {
  // Found, not got: while a dialog closes, the rest of the page is aria-hidden for a moment.
  await user.click(await ui.findByRole('button', { name: 'Điền Tổng hợp và Báo cáo' }));
}

describe('Báo cáo (fill)', () => {
  it('writes Biểu 01-04 into Tổng hợp and the report into Báo cáo, then the chart of models by field', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await ui.findByText(/^Đã ghi Biểu 01-04 vào trang “Tổng hợp” và dự thảo báo cáo vào trang “Báo cáo” \(ghi ngày \d\d\/\d\d\/\d{4}\)\. Đã thêm biểu đồ/);
    expect(sheetWrites(fake)).toEqual(['Tổng hợp', 'Báo cáo', RECORD_SHEET]);
    expect(fake.visibility(RECORD_SHEET)).toBe('veryHidden');

    const dataset = readWorkbooks([toGrids(seed004Sheets())]);
    const tables = reportTables(dataset, analyse(dataset).counted);
    expect(fake.grid('Tổng hợp')).toEqual(layoutSummarySheet(tables).values);
    expect(fake.grid('Báo cáo').flat().some((v) => typeof v === 'string' && v.startsWith(YEAR_SENTENCE))).toBe(true);

    expect(fake.charts).toEqual([
      {
        sheet: 'Tổng hợp',
        title: 'Số mô hình đăng ký theo lĩnh vực năm 2022',
        categories: FIELDS.map((f) => f.shortTitle),
        values: [4, 20, 164, 3],
        anchor: { row: 0, col: layoutSummarySheet(tables).columnWidths.length + 1 },
      },
    ]);
    expect(ui.getByRole('heading', { name: 'Nội dung báo cáo' })).toBeTruthy();
    expect(ui.getByText((text) => text.startsWith(YEAR_SENTENCE))).toBeTruthy();
  });

  it('asks before overwriting a hand-edited sheet and writes only when told to', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await ui.findByText(/^Đã ghi Biểu 01-04/);
    fake.editCell('Tổng hợp', 4, 2, 'sửa tay');
    const writes = fake.writes.length;

    await fill(user, ui);
    const dialog = await screen.findByRole('alertdialog', { name: 'Trang “Tổng hợp” đã bị sửa tay. Ghi đè?' });
    expect(fake.writes).toHaveLength(writes);
    const keep = within(dialog).getByRole('button', { name: 'Không ghi' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await user.click(keep);
    await ui.findByText('Chưa ghi gì: các trang sửa tay được giữ nguyên.');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.writes).toHaveLength(writes);
    expect(fake.row('Tổng hợp', 4)[2]).toBe('sửa tay');

    await fill(user, ui);
    const again = await screen.findByRole('alertdialog', { name: /đã bị sửa tay\. Ghi đè\?$/ });
    await user.click(within(again).getByRole('button', { name: 'Ghi đè' }));
    await ui.findByText(/^Đã ghi Biểu 01-04/);
    expect(sheetWrites(fake).slice(-3)).toEqual(['Tổng hợp', 'Báo cáo', RECORD_SHEET]);
    expect(fake.row('Tổng hợp', 4)[2]).not.toBe('sửa tay');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('copies the report paragraphs to the clipboard', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await user.click(await ui.findByRole('button', { name: 'Sao chép đoạn văn' }));
    await ui.findByText('Đã sao chép các đoạn văn; dán (Ctrl+V) vào văn bản Word.');
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith(YEAR_SENTENCE)).toBe(true);
    expect(copied.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('tells the clerk to copy by hand when the clipboard is refused', async () => {
    const fake = seed004Workbook();
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    const writeText = jest.fn().mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await ui.findByRole('button', { name: 'Sao chép đoạn văn' }));
    await ui.findByText('Không sao chép tự động được. Hãy bôi đen các đoạn văn bên dưới rồi nhấn Ctrl+C.');
    expect(writeText).toHaveBeenCalled();
  });

  it('explains when Excel cannot draw the chart, and still writes the tables', async () => {
    const fake = seed004Workbook({ charts: false });
    const { user, ui } = await openReport(fake);
    await fill(user, ui);
    await ui.findByText(/Nơi đang mở sổ chưa vẽ được biểu đồ \(cần Excel\); các biểu số liệu vẫn đầy đủ\.$/);
    expect(sheetWrites(fake)).toEqual(['Tổng hợp', 'Báo cáo', RECORD_SHEET]);
    expect(fake.charts).toEqual([]);
  });
});

/** @jest-environment jsdom */
import { within } from '@testing-library/react';
import { analyse, readWorkbooks, type Finding } from '../../src/engine';
import { seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';

/** Seed 004 with three mistakes a clerk makes: an unknown kind, a bad year, a missing name. */
function brokenSeed() {
  const sheets = seed004Sheets();
  const rows = sheets[0].rows;
  rows[5][5] = 'Tap the lon';
  rows[10][2] = 1999;
  rows[20][3] = null;
  return sheets;
}

const expectedFindings = (sheets: ReturnType<typeof seed004Sheets>): Finding[] => analyse(readWorkbooks([toGrids(sheets)])).findings;
const count = (findings: Finding[], pred: (f: Finding) => boolean): number => findings.filter(pred).length;

async function openCheck(fake: FakeWorkbook) {
  const { user } = renderApp(fake);
  const panel = await openTab(user, 'Kiểm tra');
  const ui = within(panel);
  await ui.findByText(/^Đã kiểm tra 191 dòng/);
  return { user, ui };
}

describe('Kiểm tra (check)', () => {
  it('lists the findings grouped by severity and rule, with counts', async () => {
    const sheets = brokenSeed();
    const findings = expectedFindings(sheets);
    const errors = count(findings, (f) => f.severity === 'error');
    const warnings = count(findings, (f) => f.severity === 'warning');
    expect(errors).toBe(3);
    const { ui } = await openCheck(new FakeWorkbook(sheets));
    expect(
      ui.getByText(`Đã kiểm tra 191 dòng: ${errors} lỗi, ${warnings} cảnh báo, 0 thông tin. 2 dòng có lỗi ở cột được đếm nên chưa được tính vào tổng hợp.`),
    ).toBeInTheDocument();
    expect(ui.getByRole('button', { name: `Lỗi (${errors})` })).toBeInTheDocument();
    if (warnings > 0) expect(ui.getByRole('button', { name: `Cảnh báo (${warnings})` })).toBeInTheDocument();
    const invalid = ui.getByRole('group', { name: 'Giá trị không hợp lệ (1)' });
    expect(within(invalid).getByText(/^Ô F6: “Tap the lon” không phải Loại hợp lệ/)).toBeInTheDocument();
    expect(ui.getByRole('group', { name: 'Năm không hợp lệ (1)' })).toBeInTheDocument();
    expect(ui.getByRole('group', { name: 'Thiếu thông tin bắt buộc (1)' })).toBeInTheDocument();
  });

  it('selects a finding’s cell when it is clicked', async () => {
    const fake = new FakeWorkbook(brokenSeed());
    const { user, ui } = await openCheck(fake);
    await user.click(ui.getByRole('button', { name: /^Ô F6: “Tap the lon”/ }));
    expect(fake.selected).toEqual([{ sheet: 'Đăng ký', row: 6, col: 5 }]);
    await user.click(ui.getByRole('button', { name: /^Ô C11: “1999”/ }));
    expect(fake.selected[1]).toEqual({ sheet: 'Đăng ký', row: 11, col: 2 });
  });

  it('checks again in one click', async () => {
    const fake = new FakeWorkbook(brokenSeed());
    const { user, ui } = await openCheck(fake);
    fake.editCell('Đăng ký', 6, 5, 'Tập thể');
    await user.click(ui.getByRole('button', { name: 'Kiểm tra lại' }));
    await ui.findByRole('button', { name: 'Lỗi (2)' });
    expect(ui.queryByRole('group', { name: /^Giá trị không hợp lệ/ })).toBeNull();
  });

  it('marks the cells with problems and removes the marks', async () => {
    const sheets = brokenSeed();
    const withCells = count(expectedFindings(sheets), (f) => f.cell !== null);
    const fake = new FakeWorkbook(sheets);
    const { user, ui } = await openCheck(fake);
    await user.click(ui.getByRole('switch', { name: 'Đánh dấu ô lỗi' }));
    await ui.findByText(`Đã đánh dấu ${withCells} ô.`);
    expect(fake.marks.get('Đăng ký')).toContainEqual({ row: 6, col: 5, severity: 'error' });
    expect(fake.marks.get('Đăng ký')).toHaveLength(withCells);
    await user.click(ui.getByRole('button', { name: 'Bỏ đánh dấu' }));
    await ui.findByText('Đã bỏ đánh dấu các ô.');
    expect(fake.marks.has('Đăng ký')).toBe(false);
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'Đánh dấu ô lỗi' }).checked).toBe(false);
  });

  it('explains when Excel cannot mark cells', async () => {
    const fake = new FakeWorkbook(brokenSeed(), { conditionalFormats: false });
    const { ui } = await openCheck(fake);
    const toggle = ui.getByRole('switch', { name: 'Đánh dấu ô lỗi' });
    expect(toggle).toHaveProperty('disabled', true);
    const why = ui.getByText(/chưa cho ngăn tác vụ tô màu ô \(cần ExcelApi 1\.6\)/);
    expect(toggle.getAttribute('aria-describedby')).toBe(why.id);
  });

  it('says so when there is nothing to correct', async () => {
    expect(expectedFindings(seed004Sheets())).toEqual([]);
    const { ui } = await openCheck(new FakeWorkbook(seed004Sheets()));
    expect(ui.getByText('Đã kiểm tra 191 dòng: 0 lỗi, 0 cảnh báo, 0 thông tin. Không có lỗi hay cảnh báo: sổ sẵn sàng để tổng hợp.')).toBeInTheDocument();
    expect(ui.queryByRole('button', { name: /^Lỗi/ })).toBeNull();
  });
});

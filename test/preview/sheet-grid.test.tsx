/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { JSX } from 'react';
import { SheetGrid } from '../../src/preview/grid/SheetGrid';
import { useWorkbookRevision } from '../../src/preview/use-workbook';
import type { CellPosition } from '../../src/workbook/workbook';
import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import type { SheetContent } from '../../src/workbook/sheet-content';
import { renderPreview } from './render-preview';

const sheet = (name: string, values: SheetContent['values'], extra: Partial<SheetContent> = {}): SheetContent => ({
  name,
  values,
  styles: [],
  merges: [],
  columnWidths: [],
  ...extra,
});

/** The grid of the active sheet, re-rendered on every change as on the page. */
function ActiveGrid({ workbook }: { workbook: MemoryWorkbook }): JSX.Element {
  useWorkbookRevision(workbook);
  return <SheetGrid workbook={workbook} sheet={workbook.sheet(workbook.activeSheet()!)!} />;
}

const cell = (row: number, col: number): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
  if (!found) throw new Error(`no cell ${row},${col}`);
  return found;
};

describe('SheetGrid', () => {
  const report = sheet(
    'Báo cáo',
    [
      ['BÁO CÁO TỔNG HỢP', null, null],
      ['Lĩnh vực', 'Đăng ký', 'Công nhận'],
      ['LV3', 164, 118],
      ['=SUM(B3)', 0.0185, null],
    ],
    {
      styles: [
        { range: { r1: 1, c1: 0, r2: 2, c2: 2 }, style: { border: true } },
        { range: { r1: 1, c1: 0, r2: 1, c2: 2 }, style: { bold: true } },
        { range: { r1: 3, c1: 1, r2: 3, c2: 1 }, style: { numberFormat: '0.00%' } },
      ],
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 2 }],
      columnWidths: [20, 10, 10],
    },
  );

  it('shows column letters, row numbers and the values, text exactly as typed', () => {
    renderPreview(<ActiveGrid workbook={new MemoryWorkbook([report])} />);
    const grid = screen.getByRole('grid', { name: 'Trang tính “Báo cáo”' });
    expect(within(grid).getByRole('columnheader', { name: 'A' })).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'Z' })).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: '3' })).toBeInTheDocument();
    expect(cell(2, 1).textContent).toBe('164');
    expect(cell(3, 0).textContent).toBe('=SUM(B3)');
    expect(cell(3, 1).textContent).toBe('1,85%');
    expect(cell(2, 1).style.textAlign).toBe('right');
  });

  it('draws bold and bordered cells, and a merged area as one cell', () => {
    renderPreview(<ActiveGrid workbook={new MemoryWorkbook([report])} />);
    expect(cell(1, 0).style.fontWeight).toBe('600');
    expect(cell(2, 0).style.fontWeight).toBe('');
    expect(cell(1, 0).className).not.toBe(cell(4, 0).className);
    const title = cell(0, 0);
    expect(title.textContent).toBe('BÁO CÁO TỔNG HỢP');
    expect(title.getAttribute('aria-colspan')).toBe('3');
    expect(document.querySelector('[data-row="0"][data-col="1"]')).toBeNull();
    expect(title.style.width).toBe(`${145 + 75 + 75}px`);
  });

  it('highlights the active cell; a click selects a cell and fires the selection event', () => {
    const workbook = new MemoryWorkbook([report]);
    const heard: CellPosition[] = [];
    workbook.onSelectionChanged((p) => heard.push(p));
    renderPreview(<ActiveGrid workbook={workbook} />);
    const grid = screen.getByRole('grid');
    expect(cell(0, 0).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(cell(2, 1));
    expect(heard).toEqual([{ sheet: 'Báo cáo', row: 3, col: 1 }]);
    expect(cell(2, 1).getAttribute('aria-selected')).toBe('true');
    expect(cell(0, 0).getAttribute('aria-selected')).toBe('false');
    expect(grid.getAttribute('aria-activedescendant')).toBe(cell(2, 1).id);
    expect(within(grid).getByRole('columnheader', { name: 'B' }).className).not.toBe(within(grid).getByRole('columnheader', { name: 'C' }).className);
  });

  it('moves the active cell with the arrow keys, Home and Ctrl+Home', () => {
    const workbook = new MemoryWorkbook([report]);
    renderPreview(<ActiveGrid workbook={workbook} />);
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(workbook.selection()).toEqual({ sheet: 'Báo cáo', row: 3, col: 1 });
    fireEvent.keyDown(grid, { key: 'Home' });
    expect(workbook.selection()).toEqual({ sheet: 'Báo cáo', row: 3, col: 0 });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'Home', ctrlKey: true });
    expect(workbook.selection()).toEqual({ sheet: 'Báo cáo', row: 1, col: 0 });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(workbook.selection()).toEqual({ sheet: 'Báo cáo', row: 1, col: 0 });
  });

  it('tints marked cells by severity and says so to screen readers', async () => {
    const workbook = new MemoryWorkbook([report]);
    renderPreview(<ActiveGrid workbook={workbook} />);
    await act(() =>
      workbook.markCells('Báo cáo', [
        { row: 3, col: 1, severity: 'error' },
        { row: 3, col: 2, severity: 'warning' },
        { row: 3, col: 2, severity: 'info' },
      ]),
    );
    expect(cell(2, 1).dataset.mark).toBe('error');
    expect(cell(2, 2).dataset.mark).toBe('warning');
    expect(cell(2, 1).textContent).toBe('164 (Đánh dấu: Lỗi)');
    expect(cell(2, 1).className).not.toBe(cell(2, 2).className);
    await act(() => workbook.clearMarks('Báo cáo'));
    expect(cell(2, 1).dataset.mark).toBeUndefined();
  });

  it('follows the workbook: values written by the task pane appear at once', async () => {
    const workbook = new MemoryWorkbook([report]);
    renderPreview(<ActiveGrid workbook={workbook} />);
    await act(() => workbook.writeRows('Báo cáo', 5, [['Mới', 7]]));
    expect(cell(4, 0).textContent).toBe('Mới');
    expect(cell(4, 1).textContent).toBe('7');
  });

  it('draws only the rows in view of a 10,000-row sheet, and the others as it scrolls', () => {
    const values = [['STT', 'Tên mô hình'], ...Array.from({ length: 10_000 }, (_, i) => [i + 1, `Mô hình ${i + 1}`])];
    renderPreview(<ActiveGrid workbook={new MemoryWorkbook([sheet('Đăng ký', values)])} />);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe(String(10_001 + 30 + 1));
    const drawn = () => within(grid).getAllByRole('row').length - 1;
    expect(drawn()).toBeLessThan(60);
    grid.scrollTop = 22 * 5000;
    fireEvent.scroll(grid);
    expect(drawn()).toBeLessThan(80);
    expect(within(grid).getByRole('rowheader', { name: '5001' })).toBeInTheDocument();
    expect(within(grid).getByText('Mô hình 5000')).toBeInTheDocument();
    expect(within(grid).queryByRole('rowheader', { name: '1' })).toBeNull();
  });
});

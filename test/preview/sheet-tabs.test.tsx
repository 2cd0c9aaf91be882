/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import type { JSX } from 'react';
import { SheetGrid } from '../../src/preview/grid/SheetGrid';
import { SheetTabs } from '../../src/preview/SheetTabs';
import { useWorkbookRevision } from '../../src/preview/use-workbook';
import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import { standardSheets } from '../../src/workbook/standard-template';
import type { CellPosition } from '../../src/workbook/workbook';
import { renderPreview } from './render-preview';

expect.extend(toHaveNoViolations);

/** The workbook part of the page: the active sheet's grid above the tabs. */
function WorkbookView({ workbook }: { workbook: MemoryWorkbook }): JSX.Element {
  useWorkbookRevision(workbook);
  const active = workbook.activeSheet();
  return (
    <section aria-label="Sổ tính trong trang">
      {active && <SheetGrid key={active} workbook={workbook} sheet={workbook.sheet(active)!} />}
      <SheetTabs workbook={workbook} />
    </section>
  );
}

describe('SheetTabs', () => {
  it('shows the visible sheets only, as tab buttons, the active one selected', () => {
    renderPreview(<WorkbookView workbook={new MemoryWorkbook(standardSheets())} />);
    const tabs = screen.getAllByRole('tab');
    const names = ['Đăng ký', 'Danh mục', 'Thông tin', 'Khối Dân vận', 'Báo cáo'];
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(screen.getByRole('tab', { name })).toBe(tabs[i]));
    expect(screen.queryByRole('tab', { name: 'DVK_DanhSach' })).toBeNull();
    expect(tabs.every((t) => t.tagName === 'BUTTON')).toBe(true);
    expect(screen.getByRole('tablist', { name: 'Các trang tính' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Đăng ký' }).getAttribute('aria-selected')).toBe('true');
  });

  it('switches the grid to a sheet when its tab is clicked, and back to the cell active there', () => {
    const workbook = new MemoryWorkbook(standardSheets());
    const heard: CellPosition[] = [];
    workbook.onSelectionChanged((p) => heard.push(p));
    renderPreview(<WorkbookView workbook={workbook} />);
    act(() => workbook.select({ sheet: 'Đăng ký', row: 1, col: 3 }));
    fireEvent.click(screen.getByRole('tab', { name: 'Danh mục' }));
    expect(screen.getByRole('grid', { name: 'Trang tính “Danh mục”' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Danh mục' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Đăng ký' }));
    expect(workbook.selection()).toEqual({ sheet: 'Đăng ký', row: 1, col: 3 });
    expect(heard.map((p) => p.sheet)).toEqual(['Đăng ký', 'Danh mục', 'Đăng ký']);
  });

  it('has no accessibility violations (grid with a merged title, bold and bordered cells, a mark; tabs; jest-axe)', async () => {
    // A short viewport keeps the drawn grid small: axe in jsdom takes its time per element.
    const height = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
    const workbook = new MemoryWorkbook([
      {
        name: 'Tổng hợp',
        values: [['BIỂU 01'], ['Lĩnh vực', 'Đăng ký'], ['LV3', 164]],
        styles: [
          { range: { r1: 1, c1: 0, r2: 2, c2: 1 }, style: { border: true } },
          { range: { r1: 1, c1: 0, r2: 1, c2: 1 }, style: { bold: true } },
        ],
        merges: [{ r1: 0, c1: 0, r2: 0, c2: 1 }],
        columnWidths: [30, 12],
      },
      { name: 'Đăng ký', values: [], styles: [], merges: [], columnWidths: [] },
      { name: 'DVK_DanhSach', values: [], styles: [], merges: [], columnWidths: [], visibility: 'hidden' },
    ]);
    await workbook.markCells('Tổng hợp', [{ row: 3, col: 1, severity: 'warning' }]);
    act(() => workbook.select({ sheet: 'Tổng hợp', row: 3, col: 0 }));
    const { container } = renderPreview(<WorkbookView workbook={workbook} />);
    expect(await axe(container)).toHaveNoViolations();
    height.mockRestore();
  }, 60_000);
});

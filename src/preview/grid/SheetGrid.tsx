import { useCallback, useEffect, useId, useMemo, useRef, type JSX, type MouseEvent } from 'react';
import type { MemorySheet, MemoryWorkbook } from '../../workbook/preview/memory-workbook';
import { useMessages } from '../messages';
import { ColumnHeaders } from './ColumnHeaders';
import { GridRow } from './GridRow';
import { useGridStyles } from './grid-styles';
import { markIndex } from './mark-index';
import { scrollCellIntoView } from './scroll-into-view';
import { sheetIndex } from './sheet-index';
import { ROW_HEIGHT, sheetLayout } from './sheet-layout';
import { gridKeyHandler } from './use-grid-keys';
import { useVisibleRows } from './use-visible-rows';

export interface SheetGridProps {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
}

/**
 * The active sheet as a read-only ARIA grid: row numbers, column letters, values with their rough
 * format, merged areas, the active cell and the marks. Clicking a cell or moving with the keyboard
 * selects it (and the workbook fires its selection event). Only the rows in view are drawn.
 */
export function SheetGrid({ workbook, sheet }: SheetGridProps): JSX.Element {
  const classes = useGridStyles();
  const m = useMessages();
  const gridId = useId();
  const scroller = useRef<HTMLDivElement>(null);

  const selection = workbook.selection();
  const activeRow = selection?.sheet === sheet.name ? selection.row - 1 : null;
  const activeCol = selection?.sheet === sheet.name ? selection.col : null;
  const active = useMemo(() => (activeRow === null || activeCol === null ? null : { row: activeRow, col: activeCol }), [activeRow, activeCol]);

  const index = sheetIndex(sheet);
  const layout = useMemo(() => sheetLayout(index, sheet.columnWidths, active), [index, sheet.columnWidths, active]);
  const sheetMarks = workbook.marksOf(sheet.name);
  const marks = useMemo(() => markIndex(sheetMarks), [sheetMarks]);
  const { first, last, pageRows } = useVisibleRows(scroller, layout.rows);

  const cellId = useCallback((row: number, col: number) => `${gridId}-r${row}-c${col}`, [gridId]);
  const select = useCallback((row: number, col: number) => workbook.select({ sheet: sheet.name, row: row + 1, col }), [workbook, sheet.name]);

  // Keep the active cell in view whoever moved it (a click, the keyboard, the task pane), but do not
  // jump back to it when only the values change.
  const layoutNow = useRef(layout);
  layoutNow.current = layout;
  useEffect(() => {
    if (active && scroller.current) scrollCellIntoView(scroller.current, active.row, active.col, layoutNow.current);
  }, [active]);
  // The keyboard always brings its target into view, even when it is the active cell already (Ctrl+Home).
  const move = (row: number, col: number): void => {
    select(row, col);
    if (scroller.current) scrollCellIntoView(scroller.current, row, col, layoutNow.current);
  };
  const activeMerge = active ? index.mergeAt(active.row, active.col) : undefined;
  const activeId = active && (activeMerge ? cellId(activeMerge.r1, activeMerge.c1) : cellId(active.row, active.col));

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    select(Number(cell.dataset.row), Number(cell.dataset.col));
    scroller.current?.focus({ preventScroll: true });
  };

  const rows: JSX.Element[] = [];
  for (let row = first; row <= last; row++) {
    rows.push(
      <GridRow key={row} row={row} firstDrawn={first} values={sheet.values} index={index} layout={layout} marks={marks} active={active} cellId={cellId} />,
    );
  }

  return (
    <div
      ref={scroller}
      role="grid"
      tabIndex={0}
      aria-label={m.preview.gridLabel({ sheet: sheet.name })}
      aria-readonly
      aria-rowcount={layout.rows + 1}
      aria-colcount={layout.cols + 1}
      aria-activedescendant={activeId ?? undefined}
      className={classes.scroller}
      onClick={onClick}
      onKeyDown={gridKeyHandler({ active, rows: layout.rows, cols: layout.cols, pageRows, move })}
    >
      <ColumnHeaders layout={layout} activeCol={active?.col ?? null} />
      <div role="rowgroup" className={classes.body} style={{ height: layout.rows * ROW_HEIGHT, width: layout.totalWidth }}>
        {rows}
      </div>
    </div>
  );
}

import { mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { CellValue } from '../../engine';
import { cellDisplay } from './cell-display';
import { GridCell } from './GridCell';
import { useGridStyles } from './grid-styles';
import type { MarkIndex } from './mark-index';
import type { SheetIndex } from './sheet-index';
import { ROW_HEIGHT, type SheetLayout } from './sheet-layout';

export interface GridRowProps {
  /** 0-based. */
  row: number;
  /** The first row drawn: a merged area starting above it is drawn from here. */
  firstDrawn: number;
  values: readonly CellValue[][];
  index: SheetIndex;
  layout: SheetLayout;
  marks: MarkIndex;
  /** The active cell (0-based), or null. */
  active: { row: number; col: number } | null;
  cellId(row: number, col: number): string;
}

/** A row of the grid: its number, then its cells; a merged area is one cell drawn in the row where it first shows. */
export function GridRow({ row, firstDrawn, values, index, layout, marks, active, cellId }: GridRowProps): JSX.Element {
  const classes = useGridStyles();
  const cells: JSX.Element[] = [];
  for (let col = 0; col < layout.cols; col++) {
    const merge = index.mergeAt(row, col);
    if (merge && (col !== merge.c1 || row !== Math.max(merge.r1, firstDrawn))) continue;
    const r = merge ? merge.r1 : row;
    const c = merge ? merge.c1 : col;
    const style = index.styleAt(r, c);
    const width = merge ? layout.lefts[merge.c2] + layout.widths[merge.c2] - layout.lefts[merge.c1] : layout.widths[col];
    const selected =
      active !== null &&
      (merge ? active.row >= merge.r1 && active.row <= merge.r2 && active.col >= merge.c1 && active.col <= merge.c2 : active.row === row && active.col === col);
    cells.push(
      <GridCell
        key={col}
        id={cellId(r, c)}
        row={r}
        col={c}
        left={layout.lefts[col]}
        width={width}
        height={merge ? (merge.r2 - row + 1) * ROW_HEIGHT : ROW_HEIGHT}
        display={cellDisplay(values[r]?.[c], style)}
        style={style}
        severity={marks(r, c)}
        selected={selected}
        span={merge && { rows: merge.r2 - merge.r1 + 1, cols: merge.c2 - merge.c1 + 1 }}
      />,
    );
  }
  return (
    <div role="row" aria-rowindex={row + 2} className={classes.row} style={{ top: row * ROW_HEIGHT, width: layout.totalWidth }}>
      <div role="rowheader" className={mergeClasses(classes.rowHeader, active?.row === row && classes.headerActive)}>
        {row + 1}
      </div>
      {cells}
    </div>
  );
}

import { mergeClasses } from '@fluentui/react-components';
import type { JSX } from 'react';
import { columnLetters } from '../../engine';
import { useGridStyles } from './grid-styles';
import type { SheetLayout } from './sheet-layout';

/** The sticky row of column letters (A, B, …, AA), the active cell's column highlighted. */
export function ColumnHeaders({ layout, activeCol }: { layout: SheetLayout; activeCol: number | null }): JSX.Element {
  const classes = useGridStyles();
  return (
    <div role="rowgroup" className={classes.headerRow} style={{ width: layout.totalWidth }}>
      <div role="row" aria-rowindex={1}>
        <div aria-hidden className={classes.corner} />
        {layout.widths.map((width, col) => (
          <div
            key={col}
            role="columnheader"
            aria-colindex={col + 2}
            className={mergeClasses(classes.columnHeader, activeCol === col && classes.headerActive)}
            style={{ left: layout.lefts[col], width }}
          >
            {columnLetters(col)}
          </div>
        ))}
      </div>
    </div>
  );
}

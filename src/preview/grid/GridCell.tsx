import { mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, JSX } from 'react';
import type { Severity } from '../../engine';
import type { CellStyle } from '../../workbook/sheet-content';
import { useMessages } from '../messages';
import type { CellDisplay } from './cell-display';
import { useGridStyles } from './grid-styles';

export interface GridCellProps {
  id: string;
  /** 0-based position of the cell (the top-left one of a merged area). */
  row: number;
  col: number;
  left: number;
  width: number;
  height: number;
  display: CellDisplay;
  style: CellStyle | undefined;
  severity: Severity | undefined;
  selected: boolean;
  /** Rows and columns of a merged area. */
  span?: { rows: number; cols: number };
}

/** Excel's 11 pt default font is drawn at 13 px here; other sizes scale from it. */
const fontPixels = (points: number): string => `${Math.round((points * 13) / 11)}px`;

/** One cell of the grid: its text, rough format (bold, italic, size, border, alignment) and mark. */
export function GridCell({ id, row, col, left, width, height, display, style, severity, selected, span }: GridCellProps): JSX.Element {
  const classes = useGridStyles();
  const m = useMessages();
  const inline: CSSProperties = { left, width, height, textAlign: display.align };
  if (style?.bold) inline.fontWeight = 600;
  if (style?.italic) inline.fontStyle = 'italic';
  if (style?.fontSize) inline.fontSize = fontPixels(style.fontSize);
  if (span) inline.justifyContent = { left: 'flex-start', center: 'center', right: 'flex-end', justify: 'flex-start' }[display.align];
  return (
    <div
      id={id}
      role="gridcell"
      aria-colindex={col + 2}
      aria-selected={selected}
      aria-rowspan={span && span.rows > 1 ? span.rows : undefined}
      aria-colspan={span && span.cols > 1 ? span.cols : undefined}
      data-row={row}
      data-col={col}
      data-mark={severity}
      className={mergeClasses(
        classes.cell,
        span && classes.merged,
        style?.border && classes.bordered,
        severity && classes[severity],
        selected && classes.selected,
      )}
      style={inline}
    >
      {display.text}
      {severity && <span className={classes.visuallyHidden}>{` (${m.preview.markedCell({ severity: m.severity[severity] })})`}</span>}
    </div>
  );
}

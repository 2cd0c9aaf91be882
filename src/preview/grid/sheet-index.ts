import type { CellRange, CellStyle } from '../../workbook/sheet-content';
import { valueExtent, type MemorySheet } from '../../workbook/preview/memory-sheet';

/** What the grid looks up for every cell it draws, indexed by row once per version of a sheet. */
export interface SheetIndex {
  /** Rows and columns holding values, merges or widths. */
  rows: number;
  cols: number;
  /** The combined format of a cell (0-based row and column). */
  styleAt(row: number, col: number): CellStyle | undefined;
  /** The merged area covering a cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined;
}

/** A format range reaching further than this many rows is drawn on its first rows only. */
const MAX_STYLED_ROWS = 100_000;

type Run<T> = { c1: number; c2: number; item: T };

function byRow<T>(entries: Iterable<{ range: CellRange; item: T }>): Map<number, Run<T>[]> {
  const rows = new Map<number, Run<T>[]>();
  for (const { range, item } of entries) {
    const last = Math.min(range.r2, range.r1 + MAX_STYLED_ROWS);
    for (let r = range.r1; r <= last; r++) {
      let runs = rows.get(r);
      if (!runs) rows.set(r, (runs = []));
      runs.push({ c1: range.c1, c2: range.c2, item });
    }
  }
  return rows;
}

function buildIndex(sheet: MemorySheet): SheetIndex {
  const styles = byRow(sheet.styles.map(({ range, style }) => ({ range, item: style })));
  const merges = byRow(sheet.merges.map((range) => ({ range, item: range })));
  const extent = valueExtent(sheet);
  const mergeRows = Math.max(0, ...sheet.merges.map((m) => m.r2 + 1));
  const mergeCols = Math.max(0, ...sheet.merges.map((m) => m.c2 + 1));
  return {
    rows: Math.max(extent.rows, mergeRows),
    cols: Math.max(extent.cols, mergeCols, sheet.columnWidths.length),
    styleAt(row, col) {
      let style: CellStyle | undefined;
      for (const run of styles.get(row) ?? []) {
        if (col >= run.c1 && col <= run.c2) style = { ...style, ...run.item };
      }
      return style;
    },
    mergeAt(row, col) {
      return (merges.get(row) ?? []).find((run) => col >= run.c1 && col <= run.c2)?.item;
    },
  };
}

const cache = new WeakMap<MemorySheet, SheetIndex>();

/** The index of a sheet; sheets are replaced, never changed, so one index serves a version for good. */
export function sheetIndex(sheet: MemorySheet): SheetIndex {
  let index = cache.get(sheet);
  if (!index) cache.set(sheet, (index = buildIndex(sheet)));
  return index;
}

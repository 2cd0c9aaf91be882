import type { CellWrite } from '../workbook';
import { rangeAddress } from './addresses';
import { ACTION_BYTES, Batch, cellBytes } from './payload';
import { excelInput, type ExcelInput } from './text-safety';

/** Cells one below the other in one column: one range, one `values` write. */
interface Run {
  /** 0-based. */
  row: number;
  col: number;
  values: ExcelInput[][];
}

/** The cells as runs down their columns (a converted column is usually one run), in column then row order. */
export function cellRuns(cells: readonly CellWrite[]): Run[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  let last: Run | null = null;
  for (const cell of sorted) {
    const row = cell.row - 1;
    const value = excelInput(cell.value);
    if (last && last.col === cell.col && last.row + last.values.length === row) last.values.push([value]);
    else if (last && last.col === cell.col && last.row + last.values.length - 1 === row) last.values[last.values.length - 1] = [value];
    else runs.push((last = { row, col: cell.col, values: [[value]] }));
  }
  return runs;
}

/**
 * Writes single cells (and sets their font name when asked) without touching any other cell: one
 * `values` write per run of cells down a column, text made safe (`=…` stays text), requests under
 * the budget. Round trips: one per ~3.5 MB of values, so one for the cells of a clerk's sheet.
 */
export async function writeCells(context: Excel.RequestContext, name: string, cells: readonly CellWrite[], font?: string): Promise<void> {
  for (const cell of cells) {
    if (!Number.isInteger(cell.row) || cell.row < 1 || !Number.isInteger(cell.col) || cell.col < 0)
      throw new RangeError(`writeCells: no cell at row ${cell.row}, column ${cell.col}`);
  }
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(name);
  const batch = new Batch(context);
  for (const run of cellRuns(cells)) {
    await batch.room(run.values.reduce((sum, [value]) => sum + cellBytes(value) + 2, 2) + (font ? 3 : 2) * ACTION_BYTES);
    const range = sheet.getRange(rangeAddress(run.row, run.col, run.values.length, 1));
    range.values = run.values;
    if (font) range.format.font.name = font;
  }
  await batch.sync();
}

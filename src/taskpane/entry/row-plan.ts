import { cellText, FIELDS, type CellValue, type Finding, type Grid } from '../../engine';
import { isEmptyCell } from '../../engine/cell-text';
import { nextRowNumber, placeRow, withRow } from '../../engine/form-row';
import { analyseSheets, replaceGrid, type Snapshot } from '../snapshot';
import { changedValues, type FormValues } from './form-model';

export type EntryMode = { kind: 'append' } | { kind: 'update'; row: number; baseline: FormValues };

/** One row write, checked by the engine and ready to undo. */
export interface RowPlan {
  kind: EntryMode['kind'];
  sheet: string;
  /** 1-based. */
  row: number;
  /** From column A, in the sheet's own column order. */
  cells: CellValue[];
  /** What the same cells hold now (empty for a new row). */
  before: CellValue[];
  /** The engine's findings on that row, with the row in place. */
  findings: Finding[];
}

/** The next STT: one more than the largest number in the column, else one more than the rows. */
export function nextSerial(grid: Grid, headerIndex: number, col: number): number {
  let largest = 0;
  let rows = 0;
  for (const row of grid.slice(headerIndex + 1)) {
    if (!row || row.every(isEmptyCell)) continue;
    rows++;
    const n = Number(cellText(row[col]));
    if (Number.isInteger(n) && n > largest) largest = n;
  }
  return (largest > 0 ? largest : rows) + 1;
}

/** Whether the sheet writes fields as codes (`3`) rather than titles: as most of its rows do. */
export function fieldsAsCodes(grid: Grid, headerIndex: number, col: number): boolean {
  let codes = 0;
  let titles = 0;
  for (const row of grid.slice(headerIndex + 1)) {
    const text = cellText(row?.[col]);
    if (text === '') continue;
    if (/^[1-4]$/.test(text)) codes++;
    else titles++;
  }
  return codes > titles;
}

const blank = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

/**
 * Where and what to write for the form, and the engine's findings on that row when the row is
 * put among the existing ones. Null when nothing would change.
 */
export function planRow(snapshot: Snapshot, form: FormValues, mode: EntryMode): RowPlan | null {
  if (!snapshot.found) return null;
  const { sheet, header } = snapshot.found;
  const row = mode.kind === 'update' ? mode.row : nextRowNumber(sheet.grid, header.rowIndex);
  const base = mode.kind === 'update' ? (sheet.grid[row - 1] ?? []) : [];
  const values = changedValues(form, mode.kind === 'update' ? mode.baseline : null);
  const fieldCol = header.columns.get('field');
  const code = FIELDS.find((f) => f.shortTitle === values.field)?.code;
  if (code !== undefined && fieldCol !== undefined && fieldsAsCodes(sheet.grid, header.rowIndex, fieldCol)) values.field = code;
  const stt = header.columns.get('stt');
  if (mode.kind === 'append' && stt !== undefined) values.stt = nextSerial(sheet.grid, header.rowIndex, stt);
  const cells = placeRow(header.columns, values, base);
  if (cells.length === 0) return null;
  const trial = analyseSheets(replaceGrid(snapshot.sheets, sheet.name, withRow(sheet.grid, row, cells)));
  return {
    kind: mode.kind,
    sheet: sheet.name,
    row,
    cells,
    before: cells.map((_, c) => blank(base[c])),
    findings: trial.analysis.findings.filter((f) => f.sheet === sheet.name && f.row === row),
  };
}

/** Whether a row still holds what the pane wrote there (so undoing it loses nothing of the clerk's). */
export const stillWritten = (current: readonly CellValue[] | undefined, written: readonly CellValue[]): boolean =>
  written.every((v, c) => cellText(v) === cellText(current?.[c]));

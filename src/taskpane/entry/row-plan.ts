import { cellText, FIELDS, type CellValue, type Finding } from '../../engine';
import { fieldsAsCodes, newRowPlace, nextSerial, placeRow, sheetMark, withInsertedRow, withRow } from '../../engine/form-row';
import { analyseSheets, replaceGrid, type Snapshot } from '../snapshot';
import { changedValues, type FormValues } from './form-model';

export type EntryMode = { kind: 'append' } | { kind: 'update'; row: number; baseline: FormValues };

/** One row write, checked by the engine and ready to undo. */
export interface RowPlan {
  kind: EntryMode['kind'];
  sheet: string;
  /** 1-based. */
  row: number;
  /** A new row inserted there (above a total line, which moves down), rather than written over an empty row. */
  insert: boolean;
  /** From column A, in the sheet's own column order. */
  cells: CellValue[];
  /** What the same cells hold now (empty for a new row). */
  before: CellValue[];
  /** The engine's findings on that row, with the row in place. */
  findings: Finding[];
}

const blank = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

/**
 * Where and what to write for the form, and the engine's findings on that row when the row is
 * put among the existing ones. Null when nothing would change.
 */
export function planRow(snapshot: Snapshot, form: FormValues, mode: EntryMode): RowPlan | null {
  if (!snapshot.found) return null;
  const { sheet, header } = snapshot.found;
  const totals = snapshot.dataset.sources.find((s) => s.sheet === sheet.name)?.totals?.map((t) => t.row) ?? [];
  const place = mode.kind === 'update' ? { row: mode.row, insert: false } : newRowPlace(sheet.grid, header.rowIndex, totals);
  const { row, insert } = place;
  const base = mode.kind === 'update' ? (sheet.grid[row - 1] ?? []) : [];
  const values = changedValues(form, mode.kind === 'update' ? mode.baseline : null);
  const fieldCol = header.columns.get('field');
  const code = FIELDS.find((f) => f.shortTitle === values.field)?.code;
  if (code !== undefined && fieldCol !== undefined && fieldsAsCodes(sheet.grid, header.rowIndex, fieldCol)) values.field = code;
  const stt = header.columns.get('stt');
  if (mode.kind === 'append' && stt !== undefined) values.stt = nextSerial(sheet.grid, header.rowIndex, stt, totals);
  const mark = header.ticks.length > 0 ? sheetMark(sheet.grid, header.rowIndex, header.ticks, totals) : undefined;
  const cells = placeRow({ columns: header.columns, ticks: header.ticks, mark }, values, base);
  if (cells.length === 0) return null;
  const grid = insert ? withInsertedRow(sheet.grid, row, cells) : withRow(sheet.grid, row, cells);
  const trial = analyseSheets(replaceGrid(snapshot.sheets, sheet.name, grid));
  return {
    kind: mode.kind,
    sheet: sheet.name,
    row,
    insert,
    cells,
    before: cells.map((_, c) => blank(base[c])),
    findings: trial.analysis.findings.filter((f) => f.sheet === sheet.name && f.row === row),
  };
}

/** Whether a row still holds what the pane wrote there (so undoing it loses nothing of the clerk's). */
export const stillWritten = (current: readonly CellValue[] | undefined, written: readonly CellValue[]): boolean =>
  written.every((v, c) => cellText(v) === cellText(current?.[c]));

import { cellAddress, cellText, columnIndex, columnLetters } from '../cell-text';
import { fingerprint } from '../fingerprint';
import type { KhoiRow } from '../khoi/read-khoi';
import { rowCells } from '../parse-row';
import { placeText, say } from '../words';
import type { CellValue, Finding, RegistrationRow, SheetGrid } from '../types';
import type { Consolidation } from './types';

/**
 * Where each row an import wrote came from in its unit's file, kept in the workbook (a very hidden
 * sheet), so that what is sent back to a unit later names the unit's own sheet and cells, not the
 * district's. A row is known again by a digest of the values that identify it, so sorting the
 * district's sheet or adding rows to it does not mislead; a row changed there is no longer known.
 */
export const ORIGIN_SHEET = 'DVK_NhapDong';
const HEADER = ['Nguồn', 'Phần', 'Trang gốc', 'Dòng gốc', 'Dấu', 'Cột gốc'];

/** Which of the workbook's sheets the row was written to: the registrations or the Khối rows. */
export type OriginPart = 'models' | 'khoi';

export interface RowOrigin {
  /** The `Nguồn` the row holds in the workbook. */
  source: string;
  part: OriginPart;
  /** The unit's sheet and 1-based row. */
  sheet: string;
  row: number;
  /** The digest of the identifying values as written (see `rowPrint`). */
  print: string;
  /** The unit's column (0-based) of each key. */
  columns: Readonly<Record<string, number>>;
}

/** The values that identify a row: year, name, implementer and unit of a model; year and commune of a Khối row. */
export const PRINT_KEYS: Readonly<Record<OriginPart, readonly string[]>> = {
  models: ['year', 'name', 'implementer', 'unit'],
  khoi: ['year', 'commune'],
};

/** The digest of a workbook row's identifying values, `columns` saying where each key is. */
export function rowPrint(part: OriginPart, values: readonly CellValue[] | undefined, columns: ReadonlyMap<string, number>): string {
  return fingerprint([
    PRINT_KEYS[part].map((key) => {
      const col = columns.get(key);
      return col === undefined ? null : cellText(values?.[col]);
    }),
  ]);
}

/** Where a unit's registration row is, for the rows an import writes. */
export function registrationOrigin(row: RegistrationRow, source: string, print: string): RowOrigin {
  const columns: Record<string, number> = {};
  for (const [key, ref] of Object.entries(rowCells(row))) if (ref) columns[key] = ref.col;
  return { source, part: 'models', sheet: row.sheet, row: row.rowNumber, print, columns };
}

export function khoiOrigin(row: KhoiRow, source: string, print: string): RowOrigin {
  const columns: Record<string, number> = {};
  for (const [key, cell] of Object.entries(row.cells)) if (cell) columns[key] = cell.col;
  return { source, part: 'khoi', sheet: row.sheet, row: row.rowNumber, print, columns };
}

const columnsText = (columns: RowOrigin['columns']): string =>
  Object.entries(columns)
    .map(([key, col]) => `${key}:${columnLetters(col)}`)
    .join(' ');

function parseColumns(text: string): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const part of text.split(' ')) {
    const match = /^([a-zA-Z]+):([A-Z]{1,3})$/.exec(part);
    if (match) columns[match[1]] = columnIndex(match[2]);
  }
  return columns;
}

/** The record as the sheet holds it; the columns are written only where they change from the row above. */
export function originsGrid(origins: readonly RowOrigin[]): Array<Array<string | number>> {
  let last = '';
  return [
    HEADER,
    ...origins.map((o) => {
      const columns = columnsText(o.columns);
      const cell = columns === last ? '' : columns;
      last = columns;
      return [o.source, o.part === 'khoi' ? 'Khối' : 'Mô hình', o.sheet, o.row, o.print, cell];
    }),
  ];
}

/** The record read back; rows that do not make sense (a hand edit) are left out. */
export function readOrigins(sheets: readonly SheetGrid[]): RowOrigin[] {
  const grid = sheets.find((s) => s.name === ORIGIN_SHEET)?.grid ?? [];
  const origins: RowOrigin[] = [];
  let columns: Record<string, number> = {};
  for (const values of grid.slice(1)) {
    const [source, part, sheet, row, print, cols] = (values ?? []).slice(0, 6).map((v) => cellText(v));
    if (cols) columns = parseColumns(cols);
    const n = Number(row);
    if (!source || !sheet || !print || !Number.isInteger(n) || n < 1) continue;
    origins.push({ source, part: part === 'Khối' ? 'khoi' : 'models', sheet, row: n, print, columns });
  }
  return origins;
}

/**
 * The origin of each of the workbook's rows of one source and part (1-based row number → origin): each
 * row takes the first origin of the same digest not yet taken, so repeated rows keep their order.
 */
export function placeRows(origins: readonly RowOrigin[], rows: ReadonlyArray<{ row: number; print: string }>): Map<number, RowOrigin> {
  const byPrint = new Map<string, RowOrigin[]>();
  for (const o of origins) {
    const list = byPrint.get(o.print);
    if (list) list.push(o);
    else byPrint.set(o.print, [o]);
  }
  const placed = new Map<number, RowOrigin>();
  for (const { row, print } of rows) {
    const origin = byPrint.get(print)?.shift();
    if (origin) placed.set(row, origin);
  }
  return placed;
}

/** A finding's parameter naming another row of the same file (`dòng 12`): that row's number in the unit's file. */
function movedRow(value: string | number | boolean, originOf: (row: number) => RowOrigin | undefined): string | number | boolean {
  if (typeof value === 'number') return originOf(value)?.row ?? value;
  if (typeof value === 'string' && /^\d+$/.test(value)) {
    const origin = originOf(Number(value));
    return origin ? String(origin.row) : value;
  }
  return value;
}

/**
 * The finding placed in the unit's own file: its sheet, row and cell there, and the rows it names (a
 * duplicate's first row) too when they are known. Null when the row's origin is not known.
 */
export function relocated(f: Finding, originOf: (row: number) => RowOrigin | undefined): Finding | null {
  if (f.row === null || !f.words) return null;
  const origin = originOf(f.row);
  if (!origin) return null;
  const col = f.key === null ? undefined : origin.columns[f.key];
  const cell = f.cell !== null && col !== undefined ? cellAddress(col, origin.row) : null;
  const first = f.words.params.first;
  const words = first === undefined ? f.words : { ...f.words, params: { ...f.words.params, first: movedRow(first, originOf) } };
  return {
    ...f,
    sheet: origin.sheet,
    row: origin.row,
    cell,
    column: cell === null ? null : columnLetters(col as number),
    message: say(words, placeText({ cell, row: origin.row, sheet: origin.sheet })),
    words,
  };
}

/** The consolidation with each finding replaced as `move` says, once (a file's finding and its unit's are one). */
export function withFindingsMoved(result: Consolidation, move: (f: Finding) => Finding): Consolidation {
  const moved = new Map<Finding, Finding>();
  const once = (f: Finding): Finding => {
    let m = moved.get(f);
    if (m === undefined) moved.set(f, (m = move(f)));
    return m;
  };
  const all = (list: Finding[]): Finding[] => list.map(once);
  return {
    ...result,
    files: result.files.map((file) => ({ ...file, findings: all(file.findings) })),
    duplicates: all(result.duplicates),
    tracking: { ...result.tracking, units: result.tracking.units.map((unit) => ({ ...unit, findings: all(unit.findings) })) },
  };
}

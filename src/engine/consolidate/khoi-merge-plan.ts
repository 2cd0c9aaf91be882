import { cellText, isEmptyCell, isEmptyRow, paddedRow, usedWidth } from '../cell-text';
import { KHOI_COLUMNS, KHOI_SHEET, type KhoiKey } from '../khoi/khoi-columns';
import { khoiHeader, khoiOutputRow } from '../khoi/khoi-output';
import { findKhoiSheet, readKhoiRows, type KhoiRow } from '../khoi/read-khoi';
import { normLoose, normText } from '../normalize';
import { placeName } from '../report-scope';
import type { CellValue, Grid, SheetGrid } from '../types';
import { khoiOrigin, rowPrint, type RowOrigin } from './row-origins';

/** Where the Khối rows merged from files go in the open workbook, as one block of rows with what it held. */
export interface KhoiMergePlan {
  /** The workbook's Khối sheet, or `Khối Dân vận` when it has none (then `create`). */
  sheet: string;
  /** The workbook has no Khối sheet: `rows` is the whole new sheet, header first. */
  create: boolean;
  /** 1-based row of `rows[0]`. */
  firstRow: number;
  rows: CellValue[][];
  before: CellValue[][];
  /** Rows taken from the files. */
  appended: number;
  /** Rows of the sheet replaced by a newer file's row for the same commune and year. */
  removed: number;
  /** Of those, rows the clerk typed (no `Nguồn`): asked before. */
  removedOwn: number;
  /** `Nguồn` of every row the sheet holds after the merge. */
  sources: Set<string>;
  /** Where each appended row came from in its file. */
  origins: RowOrigin[];
}

const SOURCE_HEADER = 'Nguồn';
const SOURCE_KEY = normLoose(SOURCE_HEADER);
const keyOf = (year: number | null, commune: string | null): string | null =>
  year === null || commune === null ? null : `${year}\u0000${normText(placeName(commune))}`;

/** The `Nguồn` column of a header row, if it has one. */
export function sourceColumn(headerRow: readonly CellValue[] | undefined): number | undefined {
  const col = (headerRow ?? []).findIndex((v) => normLoose(cellText(v)) === SOURCE_KEY);
  return col < 0 ? undefined : col;
}

/**
 * The open workbook's Khối sheet after the merge: the rows a file's newer row replaces (same commune and
 * year) taken out, the rows below moved up, the files' rows appended in the sheet's own column order with
 * their `Nguồn` (header cells added for `Nguồn` and for any standard column the sheet lacks but the files
 * fill, so nothing is dropped). `merged` are the consolidation's kept rows; those of `incoming` files are
 * written (their `Nguồn` is the file's name in the consolidation). Null when no file brings a row.
 */
export function planKhoiMerge(sheets: readonly SheetGrid[], merged: readonly KhoiRow[], incoming: ReadonlySet<string>): KhoiMergePlan | null {
  const rowsIn = merged.filter((r) => r.file !== undefined && incoming.has(r.file));
  if (rowsIn.length === 0) return null;
  const found = findKhoiSheet({ sheets: [...sheets] });
  const grid: Grid = found?.sheet.grid ?? [];
  const headerIndex = found?.header.rowIndex ?? 0;
  const columns = new Map<KhoiKey | 'source', number>(found?.header.columns ?? []);
  const headerRow: CellValue[] = found ? [...(grid[headerIndex] ?? [])] : [];
  // New header cells go right of every used cell, never over a clerk's untitled notes.
  let width = usedWidth(grid);
  const addColumn = (key: KhoiKey | 'source', header: string): void => {
    columns.set(key, width);
    headerRow[width++] = header;
  };
  const existingSource = found ? sourceColumn(headerRow) : undefined;
  if (existingSource !== undefined) columns.set('source', existingSource);
  const standard = khoiHeader();
  const outputs = rowsIn.map((r) => khoiOutputRow(r, r.file as string));
  KHOI_COLUMNS.forEach((c, k) => {
    if (!columns.has(c.key) && (!found || outputs.some((o) => !isEmptyCell(o[k] ?? null)))) addColumn(c.key, c.header);
  });
  if (!columns.has('source')) addColumn('source', SOURCE_HEADER);

  const replacing = new Set(rowsIn.map((r) => keyOf(r.year, r.commune)).filter((k): k is string => k !== null));
  const sourceAt = columns.get('source') as number;
  const removed = new Set<number>();
  let removedOwn = 0;
  // The sheet's rows as the engine reads them (total rows and the numbering row skipped).
  for (const row of found ? readKhoiRows([{ sheets: [found.sheet] }]).rows : []) {
    const key = keyOf(row.year, row.commune);
    if (key === null || !replacing.has(key)) continue;
    removed.add(row.rowNumber - 1);
    if (existingSource === undefined || cellText(grid[row.rowNumber - 1]?.[existingSource]) === '') removedOwn++;
  }

  const order = [...standard.keys()].map((k) => (k < KHOI_COLUMNS.length ? KHOI_COLUMNS[k].key : 'source'));
  const newRows = outputs.map((out) => {
    const cells: CellValue[] = [];
    order.forEach((key, k) => {
      const col = columns.get(key);
      if (col !== undefined) cells[col] = out[k];
    });
    return cells;
  });
  const kept = grid.filter((_, r) => !removed.has(r));
  let end = kept.length;
  while (end > headerIndex + 1 && isEmptyRow(kept[end - 1])) end--;
  const top = Array.from({ length: headerIndex }, (_, r) => kept[r] ?? []);
  const after: Grid = [...top, headerRow, ...kept.slice(headerIndex + 1, end), ...newRows];
  const sources = new Set(
    after
      .slice(headerIndex + 1)
      .map((r) => cellText(r?.[sourceAt]))
      .filter((s) => s !== ''),
  );
  for (const r of [...grid, ...after]) width = Math.max(width, r?.length ?? 0);

  const headerChanged = !found || headerRow.some((v, c) => cellText(v) !== cellText(grid[headerIndex]?.[c]));
  const firstChanged = Math.min(
    headerChanged ? headerIndex : Infinity,
    [...removed].reduce((a, b) => Math.min(a, b), Infinity),
    end,
  );
  const lastRow = Math.max(grid.length, after.length);
  const rows: CellValue[][] = [];
  const before: CellValue[][] = [];
  for (let r = firstChanged; r < lastRow; r++) {
    rows.push(paddedRow(after[r], width));
    before.push(paddedRow(grid[r], width));
  }
  return {
    sheet: found?.sheet.name ?? KHOI_SHEET,
    create: !found,
    firstRow: firstChanged + 1,
    rows,
    before,
    appended: newRows.length,
    removed: removed.size,
    removedOwn,
    sources,
    origins: rowsIn.map((r, i) => khoiOrigin(r, r.file as string, rowPrint('khoi', newRows[i], columns))),
  };
}

import { cellText } from '../cell-text';
import { findKhoiSheet } from '../khoi/read-khoi';
import type { FoundRegistrations } from '../read-workbooks';
import type { CellValue, Finding, Grid, RegistrationRow, SheetGrid, WorkbookGrids } from '../types';
import { consolidate } from './consolidate';
import type { ImportRecord } from './import-record';
import { sourceColumn } from './khoi-merge-plan';
import { placeRows, readOrigins, relocated, rowPrint, withFindingsMoved, type OriginPart, type RowOrigin } from './row-origins';
import type { Consolidation, ConsolidationInput, FileReport } from './types';

/** The workbook open in Excel (the district's), as read: its sheets, its registration sheet, its registration rows. */
export interface OpenWorkbook {
  sheets: readonly SheetGrid[];
  found: FoundRegistrations | null;
  rows: readonly RegistrationRow[];
}

export interface OpenConsolidationOptions {
  /** Ids of files the clerk chose over newer ones (see `ConsolidationInput.chosen`). */
  chosen?: ReadonlySet<string>;
  /** The current year by the caller's clock (see `AnalyseOptions`). */
  thisYear?: number;
}

/** A unit's file read in the pane, waiting in the list. */
export interface PendingFile {
  /** Unique in the list (the same file may be picked twice). */
  id: string;
  name: string;
  grids: WorkbookGrids;
  /** The workbook's own modified date. */
  modified: Date | null;
  /** The file's date, used when the workbook has none of its own. */
  fileDate: Date | null;
}

/** How the engine names the open workbook in its messages. The workbook's text is Vietnamese. */
export const OPEN_WORKBOOK = 'Sổ đang mở';

/** The open workbook with the pending files, as the engine consolidates them. */
export interface OpenConsolidation {
  result: Consolidation;
  /** Each pending file's report, by its id. */
  reports: Map<string, FileReport>;
  /** The engine's (unique) name of each pending file, by its id: what its rows' `Nguồn` will say. */
  names: Map<string, string>;
  /** The engine's name of each earlier import, by the `Nguồn` its rows hold. */
  earlier: Map<string, string>;
  /**
   * Findings of earlier imports that still name the workbook's sheet and cells: their rows' places in the
   * unit's file are not known (imported before they were recorded, or changed here since).
   */
  unplaced: ReadonlySet<Finding>;
  /** The engine's name of the open workbook (its rows without `Nguồn`). */
  baseName: string;
  /** The registration sheet of the open workbook, when it has one. */
  found: FoundRegistrations | null;
  /** The row numbers of its registration rows, as the engine read them. */
  parsedRows: number[];
}

const EMPTY: CellValue[] = [];

/** The registration sheet with only the rows `keep` says, the others left empty, so row numbers stay the sheet's. */
function rowsOnly(grid: Grid, headerIndex: number, keep: (row: readonly CellValue[]) => boolean): Grid {
  let last = headerIndex;
  const rows = grid.map((row, r) => {
    if (r <= headerIndex) return row;
    if (!row || !keep(row)) return EMPTY;
    last = r;
    return row;
  });
  return rows.slice(0, last + 1);
}

/**
 * Consolidates the pending files into the open workbook: the workbook is the base (its `Danh mục`,
 * `Thông tin` and `Hạn nộp`; its own rows, those without `Nguồn`, older than every file); the rows
 * an earlier import wrote are, per `Nguồn`, a file of their own dated by the import record, so a
 * newer file replaces them and an older one does not. A file in `options.chosen` is taken as the
 * newest (the clerk chose it over a newer one). The findings of an earlier import name the unit's own
 * cells where the import recorded them (`row-origins`).
 */
export function consolidateOpen(
  workbook: OpenWorkbook,
  record: ImportRecord,
  files: readonly PendingFile[],
  options: OpenConsolidationOptions = {},
): OpenConsolidation {
  const { found } = workbook;
  const chosen = options.chosen ?? new Set<string>();
  const sourceCol = found?.header.columns.get('source');
  const sourceOf = (row: readonly CellValue[]): string => (sourceCol === undefined ? '' : cellText(row[sourceCol]));
  const khoi = findKhoiSheet({ sheets: [...workbook.sheets] });
  const khoiSourceCol = khoi ? sourceColumn(khoi.sheet.grid[khoi.header.rowIndex]) : undefined;
  const khoiSourceOf = (row: readonly CellValue[]): string => (khoiSourceCol === undefined ? '' : cellText(row[khoiSourceCol]));

  // Each earlier import (a `Nguồn` of the registrations or of the Khối rows) in order of first appearance.
  const earlierSources: string[] = [];
  const seen = new Set<string>();
  const collect = (grid: Grid, headerIndex: number, of: (row: readonly CellValue[]) => string): void => {
    for (const row of grid.slice(headerIndex + 1)) {
      const source = row ? of(row) : '';
      if (source !== '' && !seen.has(source)) {
        seen.add(source);
        earlierSources.push(source);
      }
    }
  };
  if (found && sourceCol !== undefined) collect(found.sheet.grid, found.header.rowIndex, sourceOf);
  if (khoi && khoiSourceCol !== undefined) collect(khoi.sheet.grid, khoi.header.rowIndex, khoiSourceOf);

  /** The workbook's registration and Khối sheets with only the rows of one `Nguồn` ('' for its own). */
  const sheetsOf = (source: string): SheetGrid[] => [
    ...(found ? [{ name: found.sheet.name, grid: rowsOnly(found.sheet.grid, found.header.rowIndex, (row) => sourceOf(row) === source) }] : []),
    ...(khoi ? [{ name: khoi.sheet.name, grid: rowsOnly(khoi.sheet.grid, khoi.header.rowIndex, (row) => khoiSourceOf(row) === source) }] : []),
  ];
  const own = new Map(sheetsOf('').map((s) => [s.name, s]));
  const baseSheets = workbook.sheets.map((s) => own.get(s.name) ?? s);
  const earlierInputs: ConsolidationInput[] = earlierSources.map((source) => {
    const entry = record.get(source);
    return {
      name: source,
      grids: { file: source, sheets: sheetsOf(source) },
      modified: entry?.dateKind === 'modified' ? entry.date : null,
      fileDate: entry?.dateKind === 'modified' ? null : (entry?.date ?? null),
    };
  });
  const fileInputs: ConsolidationInput[] = files.map((f) => ({
    name: f.name,
    grids: f.grids,
    modified: f.modified,
    fileDate: f.fileDate,
    chosen: chosen.has(f.id),
  }));

  const consolidated = consolidate([...earlierInputs, ...fileInputs], {
    base: { name: OPEN_WORKBOOK, grids: { sheets: baseSheets } },
    thisYear: options.thisYear,
  });

  // An earlier import's findings name the unit's own sheet and cells where its rows' places are recorded.
  const origins = new Map<string, RowOrigin[]>();
  for (const o of readOrigins(workbook.sheets)) {
    const key = `${o.part}\u0000${o.source}`;
    const list = origins.get(key);
    if (list) list.push(o);
    else origins.set(key, [o]);
  }
  const names = new Map(earlierSources.map((source, i) => [source, consolidated.files[i].name]));
  const placed = new Map<string, Map<number, RowOrigin>>();
  const place = (
    part: OriginPart,
    sheet: SheetGrid,
    headerIndex: number,
    columns: ReadonlyMap<string, number>,
    of: (row: readonly CellValue[]) => string,
  ): void => {
    const rowsOf = new Map<string, Array<{ row: number; print: string }>>();
    sheet.grid.forEach((values, r) => {
      const source = r > headerIndex && values ? of(values) : '';
      if (source === '' || !names.has(source)) return;
      const rows = rowsOf.get(source) ?? [];
      rows.push({ row: r + 1, print: rowPrint(part, values, columns) });
      rowsOf.set(source, rows);
    });
    for (const [source, rows] of rowsOf) placed.set(`${names.get(source)}\u0000${sheet.name}`, placeRows(origins.get(`${part}\u0000${source}`) ?? [], rows));
  };
  if (found) place('models', found.sheet, found.header.rowIndex, found.header.columns, sourceOf);
  if (khoi) place('khoi', khoi.sheet, khoi.header.rowIndex, khoi.header.columns, khoiSourceOf);
  const earlierNames = new Set(consolidated.files.slice(0, earlierInputs.length).map((f) => f.name));
  const unplaced = new Set<Finding>();
  const result = withFindingsMoved(consolidated, (f) => {
    if (f.file === undefined || !earlierNames.has(f.file) || f.sheet === null) return f;
    const rows = placed.get(`${f.file}\u0000${f.sheet}`);
    const moved = rows ? relocated(f, (n) => rows.get(n)) : null;
    if (moved) return moved;
    unplaced.add(f);
    return f;
  });
  const fileReports = result.files.slice(earlierInputs.length);
  return {
    result,
    reports: new Map(files.map((f, i) => [f.id, fileReports[i]])),
    names: new Map(files.map((f, i) => [f.id, fileReports[i].name])),
    earlier: new Map(earlierSources.map((s, i) => [s, result.files[i].name])),
    unplaced,
    baseName: result.base?.name ?? OPEN_WORKBOOK,
    found,
    parsedRows: found ? workbook.rows.filter((r) => r.sheet === found.sheet.name).map((r) => r.rowNumber) : [],
  };
}

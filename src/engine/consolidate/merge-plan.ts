import { cellText, isEmptyRow, paddedRow } from '../cell-text';
import { REGISTRATION_COLUMNS } from '../columns';
import { fieldsAsCodes, nextSerial } from '../form-row';
import { findKhoiSheet } from '../khoi/read-khoi';
import type { CellValue, Grid, RegistrationRow, SheetGrid } from '../types';
import type { ImportRecord, ImportedSource } from './import-record';
import { planKhoiMerge, sourceColumn, type KhoiMergePlan } from './khoi-merge-plan';
import type { OpenConsolidation, PendingFile } from './open-workbook';
import { outputRow } from './output-grids';
import { readOrigins, registrationOrigin, rowPrint, type RowOrigin } from './row-origins';
import type { RowCount } from './types';

/** What the clerk is asked before anything is written. */
export interface MergeQuestions {
  /** The workbook's own rows (without `Nguồn`) a file would replace: never removed without asking. */
  ownRows: RowCount[];
  /** The workbook's own Khối rows (without `Nguồn`) a file's row for the same commune and year would replace. */
  ownKhoi: number;
  /** Files older than a file already in the workbook (or picked) for the same unit (or commune) and year. */
  older: Array<{ id: string; file: string; newer: RowCount[] }>;
}

/** A block of consecutive rows to write, with what they held, to undo. */
export interface RowsBlock {
  sheet: string;
  /** 1-based. */
  firstRow: number;
  rows: CellValue[][];
  before: CellValue[][];
  /** The sheet does not exist yet: made first (the standard Khối sheet), removed again by undo. */
  create: boolean;
}

/** The merge: the registrations' block and the Khối sheet's block (either may be absent), and the import record. */
export interface MergePlan {
  blocks: RowsBlock[];
  /** Rows taken from the files. */
  appended: number;
  /** Rows of the sheet replaced by newer files. */
  removed: number;
  /** The registration sheet written, when any. */
  sheet: string | null;
  files: number;
  khoi: { sheet: string; appended: number; removed: number } | null;
  /** The import record after the merge, and before (to undo). */
  record: ImportRecord;
  recordBefore: ImportRecord;
  /** Where each imported row came from in its file (see `row-origins`), after and before. */
  origins: RowOrigin[];
  originsBefore: RowOrigin[];
}

export const NGUON_HEADER = REGISTRATION_COLUMNS.find((c) => c.key === 'source')?.header ?? 'Nguồn';

export function mergeQuestions(open: OpenConsolidation, sheets: readonly SheetGrid[], files: readonly PendingFile[]): MergeQuestions {
  return {
    ownRows: open.result.base?.replacedBy ?? [],
    ownKhoi: khoiPlan(open, sheets, files)?.removedOwn ?? 0,
    older: files.flatMap((f) => {
      const report = open.reports.get(f.id);
      const newer = [...(report?.supersededBy ?? []), ...(report?.khoi?.supersededBy ?? [])];
      return report && newer.length > 0 ? [{ id: f.id, file: report.name, newer }] : [];
    }),
  };
}

const incomingNames = (open: OpenConsolidation, files: readonly PendingFile[]): Set<string> =>
  new Set(files.map((f) => open.names.get(f.id)).filter((n): n is string => n !== undefined));

const khoiPlan = (open: OpenConsolidation, sheets: readonly SheetGrid[], files: readonly PendingFile[]): KhoiMergePlan | null =>
  planKhoiMerge(sheets, open.result.mergedKhoi, incomingNames(open, files));

const blank = (v: CellValue | undefined): CellValue => (v === null || v === undefined ? '' : v);
const lastCell = (row: readonly CellValue[] | undefined): number => {
  for (let c = (row?.length ?? 0) - 1; c >= 0; c--) if (blank(row?.[c]) !== '') return c;
  return -1;
};

/**
 * The registration sheet after the merge: the rows the files replace taken out (the rows below move
 * up), the files' merged rows appended in the sheet's own column order with their `Nguồn` (the
 * header cell added when missing). Null when it would change nothing.
 */
function modelsBlock(
  open: OpenConsolidation,
  files: readonly PendingFile[],
): (RowsBlock & { appended: number; removed: number; files: number; sources: Set<string>; origins: RowOrigin[] }) | null {
  const { found, result } = open;
  if (!found) return null;
  const { grid, name: sheet } = found.sheet;
  const headerIndex = found.header.rowIndex;
  const columns = new Map(found.header.columns);
  const headerRow = headerIndex;
  const addSource = !columns.has('source');
  if (addSource) columns.set('source', lastCell(grid[headerRow]) + 1);

  // A row of the workbook stays when the engine merged it from the workbook or from its earlier import.
  const kept = new Set<string>();
  const fileNames: ReadonlySet<string | undefined> = incomingNames(open, files);
  const mine = (row: RegistrationRow): boolean => row.file !== undefined && !fileNames.has(row.file);
  for (const row of result.mergedRows) if (mine(row)) kept.add(`${row.file}\u0000${row.rowNumber}`);
  const sourceCol = found.header.columns.get('source');
  const fileOfRow = (n: number): string => {
    const source = sourceCol === undefined ? '' : cellText(grid[n - 1]?.[sourceCol]);
    return source === '' ? open.baseName : (open.earlier.get(source) ?? source);
  };
  const removed = new Set(open.parsedRows.filter((n) => !kept.has(`${fileOfRow(n)}\u0000${n}`)));

  const incoming = result.mergedRows.filter((r) => r.file !== undefined && fileNames.has(r.file));
  if (removed.size === 0 && incoming.length === 0) return null;

  const keptGrid: Grid = grid.filter((_, r) => !removed.has(r + 1));
  const sttCol = columns.get('stt');
  const fieldCol = columns.get('field');
  const codes = fieldCol !== undefined && fieldsAsCodes(keptGrid, headerIndex, fieldCol);
  let stt = sttCol === undefined ? 0 : nextSerial(keptGrid, headerIndex, sttCol);
  const newRows = incoming.map((row) => {
    const standard = outputRow(row, stt++, row.file as string);
    const cells: CellValue[] = [];
    REGISTRATION_COLUMNS.forEach((c, k) => {
      const col = columns.get(c.key);
      if (col === undefined) return;
      cells[col] = c.key === 'field' && codes && row.field !== null ? row.field : standard[k];
    });
    return cells;
  });

  let end = keptGrid.length;
  while (end > headerIndex + 1 && isEmptyRow(keptGrid[end - 1])) end--;
  const after: Grid = [...keptGrid.slice(0, end), ...newRows];
  if (addSource) after[headerRow] = [...paddedRow(grid[headerRow], columns.get('source') as number), NGUON_HEADER];
  const firstChanged = Math.min(addSource ? headerRow : Infinity, removed.size > 0 ? Math.min(...removed) - 1 : Infinity, end);
  const lastRow = Math.max(grid.length, after.length);
  let width = (columns.get('source') as number) + 1;
  for (const r of [...grid.slice(firstChanged), ...after.slice(firstChanged)]) width = Math.max(width, r?.length ?? 0);
  const rows: CellValue[][] = [];
  const before: CellValue[][] = [];
  for (let r = firstChanged; r < lastRow; r++) {
    rows.push(paddedRow(after[r], width));
    before.push(paddedRow(grid[r], width));
  }

  const sourceAt = columns.get('source') as number;
  return {
    sheet,
    firstRow: firstChanged + 1,
    rows,
    before,
    create: false,
    appended: newRows.length,
    removed: removed.size,
    files: new Set(incoming.map((r) => r.file)).size,
    sources: new Set(after.slice(headerIndex + 1).map((r) => cellText(r?.[sourceAt]))),
    origins: incoming.map((row, i) => registrationOrigin(row, row.file as string, rowPrint('models', newRows[i], columns))),
  };
}

function sourcesIn(grid: Grid | undefined, headerIndex: number | undefined, col: number | undefined): Set<string> {
  if (!grid || headerIndex === undefined || col === undefined) return new Set();
  return new Set(grid.slice(headerIndex + 1).map((r) => cellText(r?.[col])));
}

/**
 * The merge of the accepted files into the open workbook: the registrations' block, the Khối block, and
 * the import record (a file imported now dated; a `Nguồn` no longer held by either sheet dropped).
 * Null when it would change nothing.
 */
export function planMerge(
  open: OpenConsolidation,
  sheets: readonly SheetGrid[],
  files: readonly PendingFile[],
  record: ImportRecord,
  importedAt: string,
): MergePlan | null {
  const models = modelsBlock(open, files);
  const khoi = khoiPlan(open, sheets, files);
  if (!models && !khoi) return null;
  const next = new Map<string, ImportedSource>(record);
  for (const f of files) {
    const report = open.reports.get(f.id);
    if (!report || (report.merged === 0 && (report.khoi?.merged ?? 0) === 0)) continue;
    next.set(report.name, { date: f.modified ?? f.fileDate, dateKind: f.modified ? 'modified' : f.fileDate ? 'file' : null, importedAt });
  }
  // A `Nguồn` stays recorded while a row of either sheet (after the merge, or untouched) holds it.
  const remaining = new Set([...(models?.sources ?? sourcesIn(open.found?.sheet.grid, open.found?.header.rowIndex, open.found?.header.columns.get('source')))]);
  const khoiNow = findKhoiSheet({ sheets: [...sheets] });
  const khoiSources =
    khoi?.sources ?? sourcesIn(khoiNow?.sheet.grid, khoiNow?.header.rowIndex, khoiNow ? sourceColumn(khoiNow.sheet.grid[khoiNow.header.rowIndex]) : undefined);
  for (const source of khoiSources) remaining.add(source);
  for (const source of [...next.keys()]) if (!remaining.has(source)) next.delete(source);
  const originsBefore = readOrigins(sheets);
  const incoming = incomingNames(open, files);
  const origins = [...originsBefore.filter((o) => remaining.has(o.source) && !incoming.has(o.source)), ...(models?.origins ?? []), ...(khoi?.origins ?? [])];
  const blocks: RowsBlock[] = [
    ...(models ? [models] : []),
    ...(khoi ? [{ sheet: khoi.sheet, firstRow: khoi.firstRow, rows: khoi.rows, before: khoi.before, create: khoi.create }] : []),
  ];
  const khoiFiles = khoi ? files.filter((f) => (open.reports.get(f.id)?.khoi?.merged ?? 0) > 0).length : 0;
  return {
    blocks,
    appended: models?.appended ?? 0,
    removed: models?.removed ?? 0,
    sheet: models?.sheet ?? null,
    files: Math.max(models?.files ?? 0, khoiFiles),
    khoi: khoi ? { sheet: khoi.sheet, appended: khoi.appended, removed: khoi.removed } : null,
    record: next,
    recordBefore: record,
    origins,
    originsBefore,
  };
}

import { cellText, REGISTRATION_COLUMNS, type CellValue, type Grid, type RegistrationRow, type RowCount } from '../../engine';
import { isEmptyRow } from '../../engine/cell-text';
import { outputRow } from '../../engine/consolidate/output-grids';
import type { SheetContent } from '../../workbook/sheet-content';
import { fieldsAsCodes, nextSerial } from '../entry/row-plan';
import type { OpenConsolidation, PendingFile } from './consolidation';
import { importRecordContent, type ImportRecord, type ImportedSource } from './import-record';

/** What the clerk is asked before anything is written. */
export interface MergeQuestions {
  /** The workbook's own rows (without `Nguồn`) a file would replace: never removed without asking. */
  ownRows: RowCount[];
  /** Files older than a file already in the workbook (or picked) for the same unit and year. */
  older: Array<{ id: string; file: string; newer: RowCount[] }>;
}

/** The merge as one block of rows to write (and the import record), with what they held, to undo. */
export interface MergePlan {
  sheet: string;
  /** 1-based. */
  firstRow: number;
  rows: CellValue[][];
  before: CellValue[][];
  /** Rows taken from the files. */
  appended: number;
  /** Rows of the sheet replaced by newer files. */
  removed: number;
  files: number;
  record: SheetContent;
  recordBefore: SheetContent;
}

export const NGUON_HEADER = REGISTRATION_COLUMNS.find((c) => c.key === 'source')?.header ?? 'Nguồn';

export function mergeQuestions(open: OpenConsolidation, files: readonly PendingFile[]): MergeQuestions {
  return {
    ownRows: open.result.base?.replacedBy ?? [],
    older: files.flatMap((f) => {
      const report = open.reports.get(f.id);
      return report && report.supersededBy.length > 0 ? [{ id: f.id, file: report.name, newer: report.supersededBy }] : [];
    }),
  };
}

const blank = (v: CellValue | undefined): CellValue => (v === null || v === undefined ? '' : v);
const padded = (row: readonly CellValue[] | undefined, width: number): CellValue[] => Array.from({ length: width }, (_, c) => blank(row?.[c]));
const lastCell = (row: readonly CellValue[] | undefined): number => {
  for (let c = (row?.length ?? 0) - 1; c >= 0; c--) if (blank(row?.[c]) !== '') return c;
  return -1;
};

/**
 * The registration sheet after the merge: the rows the files replace taken out (the rows below move
 * up), the files' merged rows appended in the sheet's own column order with their `Nguồn` (the
 * header cell added when missing). Null when it would change nothing.
 */
export function planMerge(open: OpenConsolidation, files: readonly PendingFile[], record: ImportRecord, importedAt: string): MergePlan | null {
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
  const fileNames = new Set(files.map((f) => open.names.get(f.id)));
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
  if (addSource) after[headerRow] = [...padded(grid[headerRow], columns.get('source') as number), NGUON_HEADER];
  const firstChanged = Math.min(addSource ? headerRow : Infinity, removed.size > 0 ? Math.min(...removed) - 1 : Infinity, end);
  const lastRow = Math.max(grid.length, after.length);
  let width = (columns.get('source') as number) + 1;
  for (const r of [...grid.slice(firstChanged), ...after.slice(firstChanged)]) width = Math.max(width, r?.length ?? 0);
  const rows: CellValue[][] = [];
  const before: CellValue[][] = [];
  for (let r = firstChanged; r < lastRow; r++) {
    rows.push(padded(after[r], width));
    before.push(padded(grid[r], width));
  }

  const next = new Map<string, ImportedSource>(record);
  for (const f of files) {
    const report = open.reports.get(f.id);
    if (!report || report.merged === 0) continue;
    next.set(report.name, { date: f.modified ?? f.fileDate, dateKind: f.modified ? 'modified' : f.fileDate ? 'file' : null, importedAt });
  }
  const sourceAt = columns.get('source') as number;
  const remaining = new Set(after.slice(headerIndex + 1).map((r) => cellText(r?.[sourceAt])));
  for (const source of [...next.keys()]) if (!remaining.has(source)) next.delete(source);

  return {
    sheet,
    firstRow: firstChanged + 1,
    rows,
    before,
    appended: newRows.length,
    removed: removed.size,
    files: new Set(incoming.map((r) => r.file)).size,
    record: importRecordContent(next),
    recordBefore: importRecordContent(record),
  };
}

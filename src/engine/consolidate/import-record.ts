import { cellText } from '../cell-text';
import type { SheetGrid } from '../types';

/**
 * The record of the files imported into the workbook, kept in the workbook itself (a very hidden
 * sheet): each `Nguồn` with the date that orders it, so a file picked another day is still judged
 * newer or older than what an earlier import wrote, and its unit still counted as submitted.
 */
export const IMPORT_SHEET = 'DVK_NhapTep';
const HEADER = ['Nguồn', 'Ngày', 'Loại ngày', 'Nhập lúc'];

export interface ImportedSource {
  date: Date | null;
  dateKind: 'modified' | 'file' | null;
  importedAt: string;
}

export type ImportRecord = ReadonlyMap<string, ImportedSource>;

const parseDate = (text: string): Date | null => {
  const date = new Date(text);
  return text === '' || Number.isNaN(date.getTime()) ? null : date;
};

const kindOf = (text: string): ImportedSource['dateKind'] => (text === 'modified' || text === 'file' ? text : null);

export function readImportRecord(sheets: readonly SheetGrid[]): Map<string, ImportedSource> {
  const sheet = sheets.find((s) => s.name === IMPORT_SHEET);
  const record = new Map<string, ImportedSource>();
  for (const row of sheet?.grid.slice(1) ?? []) {
    const source = cellText(row?.[0]);
    if (source !== '') record.set(source, { date: parseDate(cellText(row[1])), dateKind: kindOf(cellText(row[2])), importedAt: cellText(row[3]) });
  }
  return record;
}

/** The record as the sheet holds it: one row per source, dates as ISO text. */
export function importRecordGrid(record: ImportRecord): string[][] {
  return [HEADER, ...[...record].map(([source, s]) => [source, s.date ? s.date.toISOString() : '', s.dateKind ?? '', s.importedAt])];
}

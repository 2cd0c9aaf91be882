import { cellText } from '../cell-text';
import { findHeader, type HeaderMatch } from '../header';
import { normLoose } from '../normalize';
import { isOwnedSheet } from '../owned-sheet-names';
import { isTotalRow } from '../total-row';
import type { CellValue, SheetGrid, WorkbookGrids } from '../types';
import { isKhoiHeader, KHOI_COLUMNS, KHOI_HEADERS, type KhoiKey, type KhoiRating } from './khoi-columns';
import { readCount, readHead, readRate, readRating, readYear, readYesNo, type KhoiHead, type Read } from './khoi-values';

/** Where a workbook's Khối rows were found. */
export interface KhoiSource {
  file?: string;
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
}

/** One commune's Khối Dân vận cơ sở in one year, as read. */
export interface KhoiRow {
  file?: string;
  sheet: string;
  /** 1-based row number. */
  rowNumber: number;
  /** The cells read: 0-based column and text. */
  cells: Partial<Record<KhoiKey, { col: number; text: string }>>;
  year: number | null;
  commune: string | null;
  district: string | null;
  members: number | null;
  intermediate: number | null;
  college: number | null;
  university: number | null;
  politicalTheory: number | null;
  trained: number | null;
  dialogues: number | null;
  head: KhoiHead | null;
  complete: boolean | null;
  regulation: boolean | null;
  assigned: boolean | null;
  pilot: boolean | null;
  meetings: boolean | null;
  plan: boolean | null;
  /** 0-100. */
  briefedRate: number | null;
  rating: KhoiRating | null;
  /** Required values the row leaves empty. */
  missing: KhoiKey[];
  /** Values given but not understood (not a whole number, not Có/Không, a rate over 100, an unknown rating). */
  invalid: KhoiKey[];
}

/** The sheet holding the Khối rows: the one whose header (within the first 20 rows) names them. */
export function findKhoiSheet(workbook: WorkbookGrids): { sheet: SheetGrid; header: HeaderMatch<KhoiKey> } | null {
  for (const sheet of workbook.sheets) {
    if (isOwnedSheet(sheet.name)) continue;
    const header = findHeader(sheet.grid, KHOI_HEADERS, isKhoiHeader);
    if (header) return { sheet, header };
  }
  return null;
}

const COUNT_KEYS = ['members', 'intermediate', 'college', 'university', 'politicalTheory', 'trained', 'dialogues'] as const;
const YES_NO_KEYS = ['complete', 'regulation', 'assigned', 'pilot', 'meetings', 'plan'] as const;

function readRow(cells: readonly CellValue[], rowNumber: number, columns: ReadonlyMap<KhoiKey, number>, source: KhoiSource): KhoiRow {
  const row: KhoiRow = {
    file: source.file,
    sheet: source.sheet,
    rowNumber,
    cells: {},
    year: null,
    commune: null,
    district: null,
    members: null,
    intermediate: null,
    college: null,
    university: null,
    politicalTheory: null,
    trained: null,
    dialogues: null,
    head: null,
    complete: null,
    regulation: null,
    assigned: null,
    pilot: null,
    meetings: null,
    plan: null,
    briefedRate: null,
    rating: null,
    missing: [],
    invalid: [],
  };
  const value = (key: KhoiKey): CellValue => {
    const col = columns.get(key);
    return col === undefined ? null : (cells[col] ?? null);
  };
  for (const [key, col] of columns) row.cells[key] = { col, text: cellText(cells[col] ?? null) };
  const take = <T>(key: KhoiKey, read: Read<T>): T | null => {
    if (read === null) row.invalid.push(key);
    return read ?? null;
  };
  row.year = take('year', readYear(value('year')));
  row.commune = cellText(value('commune')) || null;
  row.district = cellText(value('district')) || null;
  for (const key of COUNT_KEYS) row[key] = take(key, readCount(value(key)));
  for (const key of YES_NO_KEYS) row[key] = columns.has(key) ? take(key, readYesNo(value(key))) : null;
  row.briefedRate = take('briefedRate', readRate(value('briefedRate')));
  row.rating = take('rating', readRating(value('rating')));
  row.head = take('head', readHead(value('head')));
  for (const spec of KHOI_COLUMNS) {
    if (spec.required && !row.invalid.includes(spec.key) && (row.cells[spec.key]?.text ?? '') === '') row.missing.push(spec.key);
  }
  return row;
}

/** Whether the cells under the header only number the columns (1, 2, 3 …). */
const isNumbering = (cells: readonly CellValue[] | undefined): boolean => {
  const filled = (cells ?? []).filter((v) => cellText(v) !== '');
  return filled.length >= 3 && filled.every((v, i) => normLoose(cellText(v)) === String(i + 1) || /^\(?\d+\)?$/.test(cellText(v)));
};

/** The Khối rows of workbooks read as one set, and where each workbook's were found. */
export function readKhoiRows(workbooks: readonly WorkbookGrids[]): { rows: KhoiRow[]; sources: KhoiSource[] } {
  const rows: KhoiRow[] = [];
  const sources: KhoiSource[] = [];
  for (const workbook of workbooks) {
    const found = findKhoiSheet(workbook);
    if (!found) continue;
    const { sheet, header } = found;
    const source: KhoiSource = { file: workbook.file, sheet: sheet.name, headerRow: header.rowIndex + 1 };
    sources.push(source);
    let r = header.rowIndex + 1;
    if (isNumbering(sheet.grid[r])) r++;
    for (; r < sheet.grid.length; r++) {
      const cells = sheet.grid[r] ?? [];
      const first = cells.findIndex((v) => cellText(v) !== '');
      if (first < 0) continue;
      if (isTotalRow(cells, first)) continue;
      rows.push(readRow(cells, r + 1, header.columns, source));
    }
  }
  return { rows, sources };
}

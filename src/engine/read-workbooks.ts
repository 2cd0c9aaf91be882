import { headerIndex, REGISTRATION_COLUMNS } from './columns';
import { findKhoiSheet, readKhoiRows } from './khoi/read-khoi';
import { isOwnedSheet } from './owned-sheet-names';
import { cellText } from './cell-text';
import type { Dataset, RegistrationSource, TotalLine } from './dataset';
import { findHeader, type HeaderMatch } from './header';
import { vi } from '../i18n/vi';
import { normLoose } from './normalize';
import { RowReader, rowResolver } from './parse-row';
import { REGISTRATION_TICKS } from './tick-columns';
import { firstFilled, isColumnNumbering, isTotalRow } from './total-row';
import { hasParticulars, mergeReportInfo, readReportInfo } from './report-info';
import type { ColumnKey, Finding, Grid, RegistrationRow, ReportInfo, SheetGrid, UnitEntry, WorkbookGrids } from './types';
import { mergeUnitLists, readUnitList } from './unit-list';
import { STANDARD_BLOCS } from './vocabulary';

const REGISTRATION_HEADERS = headerIndex(REGISTRATION_COLUMNS);
const REGISTRATION_SHEET = normLoose('Đăng ký');
const UNIT_SHEET = normLoose('Danh mục');
const INFO_SHEET = normLoose('Thông tin');

/** A registration header names the model and at least two other columns. */
const isRegistrationHeader = (cols: ReadonlyMap<ColumnKey, number>): boolean => cols.has('name') && cols.size >= 3;

export interface FoundRegistrations {
  sheet: SheetGrid;
  header: HeaderMatch<ColumnKey>;
}

/**
 * The registration sheet: `Đăng ký` when its header is found, else the sheet whose header
 * matches best. Otherwise a finding saying why there is none.
 */
export function findRegistrationSheet(workbook: WorkbookGrids): FoundRegistrations | Finding {
  const candidates = workbook.sheets.filter((s) => !isOwnedSheet(s.name));
  const named = candidates.find((s) => normLoose(s.name) === REGISTRATION_SHEET);
  let best: FoundRegistrations | null = null;
  for (const sheet of named ? [named, ...candidates.filter((s) => s !== named)] : candidates) {
    const header = findHeader(sheet.grid, REGISTRATION_HEADERS, isRegistrationHeader, REGISTRATION_TICKS);
    if (!header) continue;
    if (sheet === named) return { sheet, header };
    if (!best || header.columns.size > best.header.columns.size) best = { sheet, header };
  }
  if (best) return best;
  const base = { file: workbook.file, cell: null, row: null, column: null, key: null, severity: 'error' as const };
  return named
    ? { ...base, sheet: named.name, rule: 'no-header', message: vi.finding.noHeader({ sheet: named.name }) }
    : { ...base, sheet: null, rule: 'no-registration-sheet', message: vi.finding.noRegistrationSheet() };
}

function sheetNamed(workbook: WorkbookGrids, name: string): Grid | null {
  return workbook.sheets.find((s) => normLoose(s.name) === name)?.grid ?? null;
}

const hasKey = (header: HeaderMatch<ColumnKey>, key: ColumnKey): boolean => header.columns.has(key) || header.ticks.some((group) => group.key === key);

function missingColumnFindings(workbook: WorkbookGrids, found: FoundRegistrations): Finding[] {
  return REGISTRATION_COLUMNS.filter((c) => c.required && !hasKey(found.header, c.key)).map((c) => ({
    file: workbook.file,
    sheet: found.sheet.name,
    cell: null,
    row: found.header.rowIndex + 1,
    column: null,
    key: c.key,
    rule: 'required' as const,
    severity: 'error' as const,
    message: vi.finding.requiredColumn({ sheet: found.sheet.name, column: c.header, row: found.header.rowIndex + 1 }),
  }));
}

/** What rows are read against: the units of `Danh mục`, the blocs they add, and `Thông tin`. */
export interface Reference {
  units: UnitEntry[];
  /** False when no workbook had a `Danh mục`: no unit-list warnings then. */
  hasUnitList: boolean;
  blocs: string[];
  info: ReportInfo;
}

/** The `Danh mục` and `Thông tin` of workbooks read as one set: lists merged (first spelling first), the particulars of the first workbook that gives any. */
export function readReference(workbooks: readonly WorkbookGrids[]): Reference {
  const lists: UnitEntry[][] = [];
  const infos: ReportInfo[] = [];
  for (const workbook of workbooks) {
    const unitGrid = sheetNamed(workbook, UNIT_SHEET);
    const units = unitGrid ? readUnitList(unitGrid) : null;
    if (units) lists.push(units);
    const infoGrid = sheetNamed(workbook, INFO_SHEET);
    if (infoGrid) infos.push(readReportInfo(infoGrid));
  }
  const units = mergeUnitLists(lists);
  const extraBlocs = [...new Set(units.map((u) => u.bloc).filter((b): b is string => !!b))].filter((b) => !STANDARD_BLOCS.includes(b));
  // A Danh mục with a header and no unit (just after Thiết lập) is no list: no unit-list warnings.
  return { units, hasUnitList: units.length > 0, blocs: [...STANDARD_BLOCS, ...extraBlocs], info: infos.find(hasParticulars) ?? mergeReportInfo([]) };
}

/** Reads the registrations of workbooks as one set of rows, names resolved against `reference`. */
export function readRows(workbooks: readonly WorkbookGrids[], reference: Reference): Dataset {
  const { units, hasUnitList, blocs, info } = reference;
  const resolve = rowResolver(units, blocs);
  const khoi = readKhoiRows(workbooks);
  const dataset: Dataset = { rows: [], units, hasUnitList, blocs, info, sources: [], readFindings: [], khoi: khoi.rows, khoiSources: khoi.sources };
  for (const workbook of workbooks) {
    const found = findRegistrationSheet(workbook);
    if (!('header' in found)) {
      // A commune's file may hold its Khối alone: nothing is missing then.
      if (!(found.rule === 'no-registration-sheet' && findKhoiSheet(workbook))) dataset.readFindings.push(found);
      continue;
    }
    const { sheet, header } = found;
    const source: RegistrationSource = { file: workbook.file, sheet: sheet.name, headerRow: header.rowIndex + 1 };
    dataset.sources.push(source);
    dataset.readFindings.push(...missingColumnFindings(workbook, found));
    readSheetRows(sheet, header, new RowReader(header.columns, source, resolve, header.ticks), source, dataset.rows);
  }
  return dataset;
}

/**
 * Reads the model rows under the header into `rows`. Skipped: the column numbering under the header
 * and blank rows (a row with only a serial number is read, and found incomplete). Total lines are no models: they are noted in
 * `source` (for their `total-row` finding), as are hidden model rows and a filter.
 */
function readSheetRows(sheet: SheetGrid, header: HeaderMatch<ColumnKey>, reader: RowReader, source: RegistrationSource, rows: RegistrationRow[]): void {
  const { grid } = sheet;
  // A total's label is in the serial or the name column, or a merged cell starting left of the name.
  const labelLimit = header.columns.get('name') ?? Infinity;
  const keyAt = new Map([...header.columns].map(([key, col]) => [col, key]));
  const hidden = sheet.hiddenRows && sheet.hiddenRows.length > 0 ? new Set(sheet.hiddenRows) : null;
  const totals: TotalLine[] = [];
  let hiddenModels = 0;
  let r = header.rowIndex + 1;
  if (isColumnNumbering(grid[r])) r++;
  for (; r < grid.length; r++) {
    const cells = grid[r];
    const first = firstFilled(cells);
    if (first < 0) continue;
    if (first <= labelLimit && isTotalRow(cells, first)) {
      totals.push({ row: r + 1, col: first, key: keyAt.get(first) ?? null, label: cellText(cells[first]) });
      continue;
    }
    if (hidden?.has(r + 1)) hiddenModels++;
    rows.push(reader.read(cells, r + 1));
  }
  if (totals.length > 0) source.totals = totals;
  if (hiddenModels > 0) source.hiddenRows = hiddenModels;
  if (sheet.filtered) source.filtered = true;
}

/**
 * Reads one or several workbooks as one set of rows. With `primary`, that workbook's
 * `Danh mục` and `Thông tin` win (the consolidating workbook); otherwise lists are merged.
 */
export function readWorkbooks(workbooks: readonly WorkbookGrids[], primary?: WorkbookGrids): Dataset {
  return readRows(workbooks, readReference(primary ? [primary] : workbooks));
}

import type { KhoiRow, KhoiSource } from './khoi/read-khoi';
import type { ColumnKey, Finding, RegistrationRow, ReportInfo, UnitEntry } from './types';

/** Where a workbook's registrations were found. */
export interface RegistrationSource {
  file?: string;
  sheet: string;
  /** 1-based row number of the header (its last row when it has two). */
  headerRow: number;
  /** `Tổng cộng` / `Cộng` lines among the rows: no models, not counted (present when there are some). */
  totals?: TotalLine[];
  /** How many model rows are hidden (by hand or by a filter); they are counted (present when some are). */
  hiddenRows?: number;
  /** The sheet has a filter on (present when it has). */
  filtered?: boolean;
}

/** A total line: its 1-based row, the 0-based column of its label (and that column's key), and the label. */
export interface TotalLine {
  row: number;
  col: number;
  key: ColumnKey | null;
  label: string;
}

/** Everything read from one or several workbooks, before checking. */
export interface Dataset {
  rows: RegistrationRow[];
  units: UnitEntry[];
  /** False when no workbook had a `Danh mục`: no unit-list warnings then. */
  hasUnitList: boolean;
  /** Blocs known to the set: the standard ones and those `Danh mục` adds, in order. */
  blocs: string[];
  info: ReportInfo;
  sources: RegistrationSource[];
  /** Problems found while reading (a sheet or file without registrations, missing columns). */
  readFindings: Finding[];
  /** The `Khối Dân vận` rows (seed 002), from the workbooks that have the sheet. */
  khoi: KhoiRow[];
  khoiSources: KhoiSource[];
}

import type { Finding, RegistrationRow, ReportInfo, UnitEntry } from './types';

/** Where a workbook's registrations were found. */
export interface RegistrationSource {
  file?: string;
  sheet: string;
  /** 1-based row number of the header. */
  headerRow: number;
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
}

import type { Analysis } from '../check';
import type { Dataset } from '../dataset';
import type { ReportDate } from '../report-document';
import type { KhoiRow } from '../khoi/read-khoi';
import type { Finding, RegistrationRow, WorkbookGrids } from '../types';

/** One unit's workbook to consolidate. */
export interface ConsolidationInput {
  /** How the file is named in messages and in the `Nguồn` column (unique names; repeats get ` (2)`). */
  name: string;
  grids: WorkbookGrids;
  /** The workbook's own modified date (its document properties), when it has one. */
  modified?: Date | null;
  /** The file's date (file system), used when the workbook has no modified date of its own. */
  fileDate?: Date | null;
  /** The clerk chose this file over newer ones: it is taken as newer than every file not chosen, its dates as they are. */
  chosen?: boolean;
}

export interface ConsolidationOptions {
  /**
   * The district's workbook: its `Danh mục` and `Thông tin` win (`Hạn nộp` comes only from it);
   * its own registrations are kept, older than every input.
   */
  base?: ConsolidationInput | null;
  /** The calendar day of a date, for `Hạn nộp` (default: the day in Vietnam, UTC+7). */
  dayOf?: (date: Date) => ReportDate;
  /** The consolidated workbook's name, for the findings of the consolidated set. */
  output?: string;
  /** The current year by the caller's clock (see `AnalyseOptions`). */
  thisYear?: number;
}

export interface RowCount {
  file: string;
  rows: number;
}

/** What happened to one input file. */
export interface FileReport {
  name: string;
  /** Import order (0-based); the base is -1. */
  index: number;
  /** The date that orders files: the workbook's modified date, else the file's date. */
  date: Date | null;
  dateKind: 'modified' | 'file' | null;
  /** False when no registration sheet or header was found (`findings` says why). */
  hasRegistrations: boolean;
  /** Units named by its rows (canonical), in order of appearance. */
  units: string[];
  /**
   * Units the file is from: the unit more than half of its rows name, else every unit it names.
   * Only rows of these units replace, or are replaced by, rows of other files.
   */
  ownUnits: string[];
  years: number[];
  /** Rows read. */
  rows: number;
  /** Rows taken into the consolidated set. */
  merged: number;
  /** Rows of this file replaced by a newer file imported after it. */
  replacedBy: RowCount[];
  /** Rows of this file not merged because a newer file imported before it holds that unit and year. */
  supersededBy: RowCount[];
  /** Rows of older files imported before this one that this file replaced. */
  replaces: RowCount[];
  /** Its Khối Dân vận rows, when it has that sheet (a commune's file may have only that). */
  khoi: KhoiFileReport | null;
  /** The file's own check, and models it shares with another file. */
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** A file's Khối rows: for a commune and year the newest file's row is kept, as for a unit's models. */
export interface KhoiFileReport {
  rows: number;
  merged: number;
  replaces: RowCount[];
  replacedBy: RowCount[];
  supersededBy: RowCount[];
}

export type SubmissionState = 'missing' | 'onTime' | 'late' | 'received';

/** One unit of `Danh mục` (or a unit that sent a file without being listed) and what it sent. */
export interface UnitTracking {
  unit: string;
  bloc: string | null;
  listed: boolean;
  /** `received` when there is no `Hạn nộp` to judge by. */
  state: SubmissionState;
  /** Received with errors (together with on time or late). */
  hasErrors: boolean;
  /** `Nộp muộn`, `Đã nộp đúng hạn; Có lỗi`, … */
  label: string;
  /** The unit's files for the year, oldest first. */
  files: Array<{ name: string; date: Date | null }>;
  /** The day of its first file, judged against `Hạn nộp`. */
  submitted: ReportDate | null;
  /** Models of the unit for the year in the consolidated set. */
  rows: number;
  errors: number;
  warnings: number;
  /** What to send back: the findings of its files' merged rows, and of its files as a whole. */
  findings: Finding[];
}

export interface Tracking {
  /** The year tracked: `Năm báo cáo`, else the latest year consolidated. */
  year: number | null;
  deadline: ReportDate | null;
  units: UnitTracking[];
  /** Against a `Danh mục`: units that sent files but are not listed (a misspelling, or a unit to add), set apart. */
  unknown?: Array<{ unit: string; files: Array<{ name: string; date: Date | null }>; rows: number; suggestions: string[] }>;
  /** When the set keeps the Khối Dân vận: the communes of `Danh mục` whose row of the year is missing. */
  khoi?: { of: number; missing: string[] };
}

export interface Consolidation {
  base: FileReport | null;
  files: FileReport[];
  /** Models in two files (same year, unit and name), on the later file's row, naming both files. */
  duplicates: Finding[];
  /** The rows merged, as read from their files (file, sheet, row number), in the order `workbook` writes them. */
  mergedRows: RegistrationRow[];
  /** The Khối rows merged, as read from their files, in the order `workbook` writes them. */
  mergedKhoi: KhoiRow[];
  /** The consolidated workbook: `Đăng ký` (with `Nguồn`), `Danh mục`, `Thông tin`. */
  workbook: WorkbookGrids;
  /** The consolidated workbook read and checked as `dvk check`/`summary`/`report` read it. */
  dataset: Dataset;
  analysis: Analysis;
  tracking: Tracking;
}

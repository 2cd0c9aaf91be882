import type { Words } from './words';
import type { KhoiKey } from './khoi/khoi-columns';

/**
 * A set of column keys: one number per row rather than an object (rows are many), its bits those
 * of `KEY_BIT` in columns.ts, asked through `hasKey` there.
 */
export type KeySet = number & { readonly keySet: unique symbol };
/** A cell value as the Office JavaScript API (`range.values`) and exceljs give them. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = CellValue[][];

export interface SheetGrid {
  name: string;
  grid: Grid;
  /** 1-based numbers of rows hidden in the sheet (by hand or by a filter), when the adapter can tell. */
  hiddenRows?: number[];
  /** The sheet has an AutoFilter, when the adapter can tell. */
  filtered?: boolean;
}

/** One workbook as the engine sees it: a name for messages and its sheets' values. */
export interface WorkbookGrids {
  file?: string;
  sheets: SheetGrid[];
}

export type Severity = 'error' | 'warning' | 'info';

export type ColumnKey =
  | 'stt'
  | 'code'
  | 'year'
  | 'name'
  | 'implementer'
  | 'kind'
  | 'unit'
  | 'bloc'
  | 'commune'
  | 'field'
  | 'registration'
  | 'status'
  | 'decision'
  | 'source'
  | 'note';

export type RuleId =
  | 'required'
  | 'invalid-value'
  | 'year'
  | 'year-mismatch'
  | 'duplicate'
  | 'duplicate-across-files'
  | 'near-duplicate'
  | 'unit-unknown'
  | 'bloc-mismatch'
  | 'commune-missing'
  | 'decision-missing'
  | 'maintained-without-history'
  | 'legacy-encoding'
  | 'total-row'
  | 'hidden-rows'
  | 'no-registration-sheet'
  | 'no-header'
  | 'unreadable-file'
  | 'khoi-required'
  | 'khoi-invalid-value'
  | 'khoi-count'
  | 'khoi-education'
  | 'khoi-duplicate'
  | 'khoi-members'
  | 'khoi-commune-unknown';

/** A problem in the user's data, shaped as the `dvk check --json` issue. */
export interface Finding {
  file?: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  column: string | null;
  /** The column's key: of `Đăng ký`, or of `Khối Dân vận` for a `khoi-` rule. */
  key: ColumnKey | KhoiKey | null;
  rule: RuleId;
  severity: Severity;
  /** The Vietnamese text (`findingText` words it in another language from `words`). */
  message: string;
  /** What the text says, as a template and its parameters. */
  words?: Words;
}

export type FieldCode = 1 | 2 | 3 | 4;
export type Kind = 'collective' | 'individual';
export type Registration = 'maintained' | 'new';
export type Status = 'registered' | 'eligible' | 'proposed' | 'recognized' | 'exemplary' | 'failed' | 'stopped';

/** Where a value came from in the sheet (0-based column index). */
export interface CellRef {
  col: number;
  raw: CellValue;
  /** The cell as text, cleaned (see `cellText`). */
  text: string;
  /**
   * For a value given by tick columns (one sub-column marked per row): the group's columns, the
   * ones marked on this row and what each stands for. `col` is then the marked cell (the group's
   * first when none is), `raw` and `text` the value marked (those marked, joined, when several).
   */
  ticks?: { cols: readonly number[]; marked: readonly number[]; labels: readonly string[] };
}

/** Where a sheet's values are: the cells of a row by key, made from the row's values. */
export interface CellLayout {
  refs(values: readonly CellValue[]): Partial<Record<ColumnKey, CellRef>>;
  /** Whether some cell read through this layout was text typed in a legacy encoding (TCVN3, VNI). */
  readonly legacyText: boolean;
}

/** One registration row, raw and parsed. Parsed values are null when missing or not understood. */
export interface RegistrationRow {
  file?: string;
  sheet: string;
  /** 1-based row number in the sheet. */
  rowNumber: number;
  /** The sheet row the values were read from, as read. */
  values: readonly CellValue[];
  /** The sheet's columns: where each value is in `values` (see `rowCells`). */
  layout: CellLayout;
  year: number | null;
  name: string;
  implementer: string;
  kind: Kind | null;
  /** Canonical unit name (from Danh mục, else the first spelling in the data). */
  unit: string | null;
  /** The bloc the row counts under: Danh mục's when the unit is listed, else the row's own. */
  bloc: string | null;
  /** The bloc typed in the row, parsed (null when empty or unknown). */
  rowBloc: string | null;
  commune: string | null;
  field: FieldCode | null;
  registration: Registration | null;
  status: Status | null;
  decision: string;
  code: string;
  note: string;
  source: string;
  /** True when the unit was found in Danh mục (by name or other spelling). */
  unitListed: boolean;
  /** Keys whose cell shows something on this row (ask with `hasKey`). */
  filled: KeySet;
  /** Keys whose column the sheet has but whose cell is empty on this row (ask with `hasKey`). */
  blank: KeySet;
}

export interface UnitEntry {
  name: string;
  bloc: string | null;
  commune: string | null;
  otherNames: string[];
  successor: string | null;
}

/** The particulars of `Thông tin`; null where the clerk gave none (nothing is ever made up for them). */
export interface ReportInfo {
  /** `Cơ quan báo cáo`, the issuing body. */
  agency: string | null;
  /** `Cơ quan cấp trên`, the line above it in the header block. */
  superior: string | null;
  level: 'Xã' | 'Huyện' | 'Tỉnh' | null;
  reportYear: number | null;
  period: { from: number; to: number } | null;
  deadline: { day: number; month: number; year: number } | null;
  /** `Địa danh`, the place of the date line. */
  place: string | null;
  /** `Ngày báo cáo` · `Ngày ký`. */
  reportDate: { day: number; month: number; year: number } | null;
  /** `Số ký hiệu` · `Số`, e.g. `125-BC/TU`. */
  number: string | null;
  /** `Căn cứ`, the opening sentence naming the plan the report answers. */
  basis: string | null;
  /** `Thẩm quyền ký` · `Thay mặt`, e.g. `T/M BAN THƯỜNG VỤ`. */
  authority: string | null;
  signerTitle: string | null;
  signer: string | null;
  /** `Nơi nhận`, one entry per recipient. */
  recipients: string[] | null;
}

import type { CellValue, Grid, Severity, SheetGrid } from '../engine';
import type { SheetContent } from './sheet-content';

/** A cell of a sheet: 1-based row as Excel shows it, 0-based column. */
export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

/** Niceties that need newer Excel API sets; the basic path works on ExcelApi 1.1. */
export interface Capabilities {
  /** Fitted column widths (ExcelApi 1.2). */
  fitColumns: boolean;
  /** Hidden sheets (setting visibility, ExcelApi 1.2); without it, sheets meant to be hidden are written visible. */
  hideSheets: boolean;
  /** Marking cells with conditional formats (1.6). */
  conditionalFormats: boolean;
  /** Frozen header rows (1.7). */
  freezePanes: boolean;
  /** Native dropdowns, data validation lists (1.8). */
  dropdowns: boolean;
  /** Page set-up for printing (1.9). */
  pageSetup: boolean;
  /** Charts (1.1 in Excel; the in-page preview has none). */
  charts: boolean;
}

/** One cell to write with `writeCells`: 1-based row as Excel shows it, 0-based column. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
}

export interface CellMark {
  row: number;
  col: number;
  severity: Severity;
}

/** What an insertion left for the clerk to look at. */
export interface InsertedRows {
  /**
   * Cells of the line just under the new rows (a `Tổng cộng` line) holding a typed number, not a formula:
   * such a total does not count the new rows.
   */
  typedNumbers: number;
}

/** A bar chart of one series, e.g. models by field. */
export interface ChartSpec {
  sheet: string;
  title: string;
  categories: string[];
  values: number[];
  /** 0-based row and column of its top-left corner. */
  anchor: { row: number; col: number };
}

/**
 * "The workbook", as the task pane and the command line use it. Adapters: `office/` (Office.js,
 * the workbook open in Excel), `xlsx/` (exceljs, a file's bytes) and `preview/` (the browser
 * preview's in-page workbook). Problems Excel reports (protected sheet, cell being edited, request
 * too large) are thrown as `WorkbookError` with a Vietnamese message for the clerk.
 */
export interface WorkbookPort {
  /** Worksheet names in tab order, hidden ones included. */
  sheetNames(): Promise<string[]>;
  /** The values of a sheet's used range, as a grid anchored at A1. */
  readSheet(name: string): Promise<Grid>;
  /**
   * Every sheet's values, in tab order, read in as few round trips as the host allows (Office: at
   * most 3 syncs while the values fit one 4 MB response, else 2 + one per 4 MB chunk).
   */
  readWorkbook(): Promise<SheetGrid[]>;
  /** Creates the sheet, or replaces an existing one of that name entirely, in one write. */
  writeSheet(content: SheetContent): Promise<void>;
  /**
   * Removes a sheet the software wrote and nobody edited (v1's `Tổng hợp`). Excel turns references to
   * it into `#REF!`, so never a sheet a clerk may have used.
   */
  deleteSheet(name: string): Promise<void>;
  /** Writes values into consecutive rows from `firstRow` (1-based), column A on; text is always kept as text. */
  writeRows(sheet: string, firstRow: number, rows: CellValue[][]): Promise<void>;
  /**
   * Writes single cells of an existing sheet, text kept as text, other cells left as they are
   * (neighbouring cells batched into one range). `font` sets the written cells' font name, keeping
   * their size and style (a legacy `.VnTime` cell made `Times New Roman`).
   */
  writeCells(sheet: string, cells: readonly CellWrite[], options?: { font?: string }): Promise<void>;
  /**
   * Inserts whole rows before `beforeRow` (1-based), moving it and the rows under it down, and writes
   * `rows` into them from column A, text kept as text. Excel adjusts every reference to the rows
   * moved; a formula of the row just under the new rows (a `Tổng cộng` line) whose range ended right
   * above them is extended over them, so the total keeps covering every model.
   */
  insertRows(sheet: string, beforeRow: number, rows: CellValue[][]): Promise<InsertedRows>;
  /** Deletes whole rows from `firstRow` (1-based), moving the rows under them up (undoing `insertRows`). */
  deleteRows(sheet: string, firstRow: number, count: number): Promise<void>;
  /** Selects a cell and shows its sheet. */
  selectCell(position: CellPosition): Promise<void>;
  /** The active cell, if any. */
  getSelection(): Promise<CellPosition | null>;
  /** Calls `handler` when the clerk selects another cell; returns the unsubscribe function. */
  onSelectionChanged(handler: (position: CellPosition) => void): () => void;
  /** Marks bad cells without touching the clerk's own formatting (replaces earlier marks on that sheet). */
  markCells(sheet: string, marks: readonly CellMark[]): Promise<void>;
  /** Removes the marks this software added, and nothing else. */
  clearMarks(sheet: string): Promise<void>;
  /** Adds a chart; false where the host cannot (then nothing is written). */
  addChart(chart: ChartSpec): Promise<boolean>;
  capabilities(): Capabilities;
}

export type WorkbookErrorCode = 'protected' | 'editing' | 'tooLarge' | 'busy' | 'unsupported' | 'selection' | 'missing' | 'unknown';

/** A problem Excel reported, with what the clerk should do. */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/** What reading and replacing whole sheets needs (the command line's use). */
export type SheetStore = Pick<WorkbookPort, 'sheetNames' | 'readSheet' | 'writeSheet' | 'deleteSheet'>;

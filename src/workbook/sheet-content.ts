import type { TableCell } from '../engine';

/** A software-written sheet, described once and rendered by every adapter (Office.js, exceljs). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** A font other than the workbook's (the printed Biểu and Báo cáo are in Times New Roman). */
  fontName?: string;
  fontSize?: number;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right' | 'justify';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  numberFormat?: string;
}

export interface CellRange {
  /** 0-based, inclusive. */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SheetContent {
  name: string;
  /** Values from A1; text is always written as text, never as a formula. */
  values: TableCell[][];
  styles: Array<{ range: CellRange; style: CellStyle }>;
  merges: CellRange[];
  /** Widths in characters, by 0-based column. */
  columnWidths: number[];
  /** Heights in points, by 0-based row, where the default would hide wrapped text. */
  rowHeights?: Record<number, number>;
  /** A4 page set-up for printing. */
  page?: PageSetup;
  freezeRows?: number;
  /** Dropdowns: a fixed list, or a reference such as `'Danh mục'!$A$2:$A$1000`. */
  validations?: Array<{ range: CellRange; list: string[] | { reference: string }; prompt?: string }>;
  visibility?: 'visible' | 'hidden' | 'veryHidden';
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** One page wide, as many tall as needed. */
  fitToWidth: boolean;
  /** Millimetres; without them, narrow margins. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Rows (0-based, inclusive) printed again at the top of every page: a table's title and header. */
  repeatRows?: { first: number; last: number };
}

/** Margins (mm) when a sheet names none: 0.6 inch, 0.5 on the right, room for a table one page wide. */
export const DEFAULT_PAGE_MARGINS = { top: 15.24, bottom: 15.24, left: 15.24, right: 12.7 } as const;

export const mmToInches = (mm: number): number => Math.round((mm / 25.4) * 100) / 100;

export const NUMBER_FORMATS = { integer: '#,##0', percent: '0.00%', text: '@' } as const;

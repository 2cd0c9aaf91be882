import type { TableCell } from '../engine';

/** A software-written sheet, described once and rendered by every adapter (Office.js, exceljs). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
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
  page?: { orientation: 'portrait' | 'landscape'; fitToWidth: boolean };
  freezeRows?: number;
  /** Dropdowns: a fixed list, or a reference such as `'Danh mục'!$A$2:$A$1000`. */
  validations?: Array<{ range: CellRange; list: string[] | { reference: string }; prompt?: string }>;
  visibility?: 'visible' | 'hidden' | 'veryHidden';
}

export const NUMBER_FORMATS = { integer: '#,##0', percent: '0.00%', text: '@' } as const;

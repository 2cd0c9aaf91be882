/** A report table as plain 2-D arrays, ready for any writer (the Office add-in, exceljs, the CLI). */

export type TableCell = string | number | null;
export type ColumnFormat = 'text' | 'integer' | 'percent';
export type RowKind = 'data' | 'subtotal' | 'total';

export interface HeaderMerge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface ReportTable {
  id: 'bieu-01' | 'bieu-02' | 'bieu-03' | 'bieu-04' | 'bieu-05';
  /** `Biểu 01` */
  title: string;
  /** What the table shows, with its year or period. */
  caption: string;
  /** Header rows; a group cell spans the cells given in `headerMerges` (the covered cells are null). */
  header: TableCell[][];
  headerMerges: HeaderMerge[];
  body: TableCell[][];
  rowKinds: RowKind[];
  columns: Array<{ format: ColumnFormat; width: number }>;
}

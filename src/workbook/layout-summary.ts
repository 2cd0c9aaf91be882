import type { ReportTable } from '../engine';
import { NUMBER_FORMATS, type CellStyle, type SheetContent } from './sheet-content';

export const SUMMARY_SHEET = 'Tổng hợp';

/** Biểu 01-04 stacked on one sheet, two blank rows apart: title, caption, bordered header and body. */
export function layoutSummarySheet(tables: readonly ReportTable[]): SheetContent {
  const content: SheetContent = {
    name: SUMMARY_SHEET,
    values: [],
    styles: [],
    merges: [],
    columnWidths: [],
    page: { orientation: 'landscape', fitToWidth: true },
  };
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle): void => {
    if (r2 >= r1 && c2 >= c1) content.styles.push({ range: { r1, c1, r2, c2 }, style: s });
  };
  for (const table of tables) {
    const top = content.values.length;
    const width = table.columns.length;
    content.values.push([`${table.title}. ${table.caption}`]);
    style(top, 0, top, 0, { bold: true, fontSize: 12 });
    const headTop = top + 1;
    content.values.push(...table.header.map((row) => [...row]));
    for (const m of table.headerMerges) {
      content.merges.push({ r1: headTop + m.row, c1: m.col, r2: headTop + m.row + m.rowSpan - 1, c2: m.col + m.colSpan - 1 });
    }
    const bodyTop = headTop + table.header.length;
    style(headTop, 0, bodyTop - 1, width - 1, { bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true });
    content.values.push(...table.body.map((row) => [...row]));
    const bodyEnd = bodyTop + table.body.length - 1;
    style(bodyTop, 0, bodyEnd, width - 1, { border: true, vertical: 'top', wrap: true });
    table.columns.forEach((col, c) => {
      if (col.format !== 'text') style(bodyTop, c, bodyEnd, c, { numberFormat: NUMBER_FORMATS[col.format], horizontal: 'right' });
      content.columnWidths[c] = Math.max(content.columnWidths[c] ?? 0, col.width);
    });
    table.rowKinds.forEach((kind, i) => {
      if (kind !== 'data') style(bodyTop + i, 0, bodyTop + i, width - 1, { bold: true });
    });
    content.values.push([], []);
  }
  return content;
}

import type { ReportTable, TableCell } from '../engine';
import { NUMBER_FORMATS, type CellStyle, type SheetContent } from './sheet-content';

/** The Biểu sheets' font, as the printed documents use. */
export const PRINT_FONT = 'Times New Roman';
const BODY_SIZE = 11;
const TITLE_SIZE = 13;
/** Points per line of wrapped text at the body size, and the padding of a row. */
const LINE = 15;
/** Times New Roman fits about this many characters in a column one (Calibri) character wide. */
const TNR_CHARS_PER_WIDTH = 1.3;

/** Where v1 put Biểu 01-04 together; removed when the Biểu sheets are written, unless edited by hand. */
export const LEGACY_SUMMARY_SHEET = 'Tổng hợp';

/** `Biểu 01` … the sheet of each table is named by its title. */
export const bieuSheetName = (table: Pick<ReportTable, 'title'>): string => table.title;

const linesFor = (value: TableCell, width: number): number => {
  if (typeof value !== 'string' || value === '') return 1;
  const perLine = Math.max(1, Math.floor(width * TNR_CHARS_PER_WIDTH));
  return value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
};

/** A sheet's rows as heights that show every wrapped line (Excel does not fit rows when it opens a file). */
function headerHeights(table: ReportTable): number[] {
  const widths = table.columns.map((c) => c.width);
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const merge = (row: number, col: number) => table.headerMerges.find((m) => m.row === row && m.col === col);
  const lines = table.header.map(() => 1);
  const tall: Array<{ row: number; span: number; lines: number }> = [];
  table.header.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value === null) return;
      const m = merge(r, c);
      const need = linesFor(value, spanWidth(c, m?.colSpan ?? 1));
      if ((m?.rowSpan ?? 1) > 1) tall.push({ row: r, span: m!.rowSpan, lines: need });
      else lines[r] = Math.max(lines[r], need);
    }),
  );
  // A cell over several rows gets what it lacks on its last row.
  for (const t of tall) {
    const have = lines.slice(t.row, t.row + t.span).reduce((a, b) => a + b, 0);
    if (have < t.lines) lines[t.row + t.span - 1] += t.lines - have;
  }
  return lines.map((n) => n * LINE + 3);
}

/**
 * One report table as a sheet that prints on A4 landscape, one page wide: the title naming the
 * table, its year or period and the reporting body, the header rows repeated on every page, thin
 * borders, Times New Roman, counts as numbers and the rate as a percentage.
 */
export function layoutBieuSheet(table: ReportTable, agency: string | null): SheetContent {
  const width = table.columns.length;
  const content: SheetContent = {
    name: bieuSheetName(table),
    values: [],
    styles: [],
    merges: [],
    columnWidths: table.columns.map((c) => c.width),
    rowHeights: {},
  };
  const heights = content.rowHeights as Record<number, number>;
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle): void => {
    if (r2 >= r1 && c2 >= c1) content.styles.push({ range: { r1, c1, r2, c2 }, style: s });
  };
  const line = (text: string, s: CellStyle, size: number): void => {
    const r = content.values.push([text]) - 1;
    content.merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
    style(r, 0, r, width - 1, { horizontal: 'center', vertical: 'middle', wrap: true, ...s });
    const total = table.columns.reduce((a, c) => a + c.width, 0);
    heights[r] = linesFor(text, total * (BODY_SIZE / size)) * LINE * (size / BODY_SIZE) + 4;
  };
  line(`${table.title}. ${table.caption}`, { bold: true, fontSize: TITLE_SIZE }, TITLE_SIZE);
  if (agency) line(`(${agency})`, { italic: true }, BODY_SIZE);
  content.values.push([]);
  const headTop = content.values.length;
  content.values.push(...table.header.map((row) => [...row]));
  headerHeights(table).forEach((h, i) => (heights[headTop + i] = h));
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
  });
  style(bodyTop, 0, bodyEnd, 0, { horizontal: 'center' });
  table.rowKinds.forEach((kind, i) => {
    if (kind !== 'data') style(bodyTop + i, 0, bodyTop + i, width - 1, { bold: true });
  });
  table.body.forEach((row, i) => {
    const lines = Math.max(...row.map((v, c) => linesFor(v, table.columns[c].width)));
    if (lines > 1) heights[bodyTop + i] = lines * LINE + 3;
  });
  // The font first, so that the title's size and the bold rows are laid over it.
  content.styles.unshift({ range: { r1: 0, c1: 0, r2: Math.max(bodyEnd, bodyTop - 1), c2: width - 1 }, style: { fontName: PRINT_FONT, fontSize: BODY_SIZE } });
  content.page = { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 0, last: bodyTop - 1 } };
  content.freezeRows = bodyTop;
  return content;
}

/** Biểu 01 … one sheet each, in order. */
export function layoutBieuSheets(tables: readonly ReportTable[], agency: string | null): SheetContent[] {
  return tables.map((t) => layoutBieuSheet(t, agency));
}

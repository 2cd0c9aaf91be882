import { MEASURES, type Dimension, type Summary } from '../../engine';
import type { Messages } from '../../i18n/vi';
import type { UiStrings } from '../../i18n/ui.vi';
import { escapeHtml as esc } from '../../workbook/html/escape-html';
import type { SheetContent } from '../../workbook/sheet-content';
import { valueLabel } from './value-label';

/** The sheet "Ghi ra trang" writes (the software's own: written again on request, asked first when edited by hand). */
export const SUMMARY_SHEET = 'Bảng tổng hợp';

/** The summary as it reads: a title, the header, a row per group and the total row; counts as numbers. */
export interface SummaryGrid {
  title: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

export function summaryGrid(summary: Summary, dimensions: readonly Dimension[], t: UiStrings, m: Messages): SummaryGrid {
  const title = t.summary.tableCaption({ dimensions: dimensions.map((d) => m.dimensions[d].toLocaleLowerCase()).join(', ') });
  const header = [...dimensions.map((d) => m.dimensions[d]), ...MEASURES.map((k) => m.measures[k])];
  const rows = summary.groups.map((g) => [...dimensions.map((d) => valueLabel(d, g.values[d], t)), ...MEASURES.map((k) => g.measures[k])]);
  const total = [t.summary.total, ...dimensions.slice(1).map(() => ''), ...MEASURES.map((k) => summary.total[k])];
  return { title, header, rows: [...rows, total] };
}

/** Tab-separated lines: pasted into Excel, one value per cell. */
export const summaryTsv = (grid: SummaryGrid): string => [grid.header, ...grid.rows].map((r) => r.join('\t')).join('\r\n');

const CELL = 'border:1px solid #000;padding:2px 6px';

/** An HTML table with borders: pasted into Word or Excel, a table; `format` writes the numbers (1.234). */
export function summaryHtml(grid: SummaryGrid, format: (n: number) => string): string {
  const cell = (v: string | number, tag: 'th' | 'td'): string =>
    typeof v === 'number' ? `<${tag} style="${CELL};text-align:right">${esc(format(v))}</${tag}>` : `<${tag} style="${CELL}">${esc(v)}</${tag}>`;
  const last = grid.rows.length - 1;
  const body = grid.rows.map((r, i) => `<tr${i === last ? ' style="font-weight:bold"' : ''}>${r.map((v) => cell(v, 'td')).join('')}</tr>`).join('');
  return `<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">${esc(grid.title)}</caption><thead><tr>${grid.header.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The summary as a sheet: the title, a bold bordered header, the counts as numbers, the total row bold. */
export function summarySheet(grid: SummaryGrid, labels: number): SheetContent {
  const width = grid.header.length;
  const last = 2 + grid.rows.length - 1;
  return {
    name: SUMMARY_SHEET,
    values: [[grid.title], grid.header, ...grid.rows],
    styles: [
      { range: { r1: 0, c1: 0, r2: 0, c2: 0 }, style: { bold: true, fontSize: 12 } },
      { range: { r1: 1, c1: 0, r2: 1, c2: width - 1 }, style: { bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true } },
      { range: { r1: 2, c1: 0, r2: last, c2: width - 1 }, style: { border: true, vertical: 'top', wrap: true } },
      { range: { r1: 2, c1: labels, r2: last, c2: width - 1 }, style: { horizontal: 'right', numberFormat: '#,##0' } },
      { range: { r1: last, c1: 0, r2: last, c2: width - 1 }, style: { bold: true } },
    ],
    merges: [],
    columnWidths: [...Array.from({ length: labels }, () => 36), ...Array.from({ length: width - labels }, () => 12)],
    freezeRows: 2,
    page: { orientation: 'landscape', fitToWidth: true },
  };
}

import { DEFAULT_PAGE_MARGINS, mmToInches, type CellRange, type CellStyle, type PageSetup, type SheetContent } from '../sheet-content';
import { WorkbookError } from '../workbook';
import { columnsAddress, rangeAddress, rowsAddress } from './addresses';
import { API, type Supports } from './capabilities';
import { toWorkbookError } from './errors';
import { ACTION_BYTES, type Batch, REQUEST_BUDGET, utf8Length } from './payload';

/**
 * Everything about a software-written sheet but its values and niceties, as `xlsx/render-sheet.ts`
 * renders it: merges first (1.2; Excel refuses formats and values over part of a merged area), then
 * number formats, fonts, borders, alignment (1.1), then dropdowns (1.8). A nicety whose requirement
 * set is missing is left out; the sheet is still complete and correct on 1.1.
 */
export async function formatSheet(sheet: Excel.Worksheet, content: SheetContent, batch: Batch, supports: Supports): Promise<void> {
  const range = (r: CellRange) => sheet.getRange(rangeAddress(r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1));
  if (supports(API.merges)) {
    for (const m of content.merges) {
      await batch.actions(2);
      range(m).merge(false);
    }
  }
  for (const { range: where, style } of content.styles) await applyStyle(sheet, range(where), where, style, batch);
  if (supports(API.dataValidation)) {
    for (const v of content.validations ?? []) {
      const source = Array.isArray(v.list) ? v.list.join(',') : `=${v.list.reference}`;
      await batch.room(4 * ACTION_BYTES + utf8Length(source) + utf8Length(v.prompt ?? ''));
      const validation = range(v.range).dataValidation;
      validation.ignoreBlanks = true;
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.errorAlert = { showAlert: false, message: '', style: 'Stop', title: '' };
      if (v.prompt) validation.prompt = { showPrompt: true, message: v.prompt, title: '' };
    }
  }
}

/**
 * What only makes the sheet nicer to read and print, in a sync of its own once the sheet is written:
 * column widths and row heights (1.2), frozen rows (1.7), the A4 page set-up (1.9). Known Office bugs
 * around these (fit-to-width support varies by host) must not undo a written sheet, so an error Excel
 * reports here is swallowed; bugs still throw.
 */
export async function applyNiceties(context: Excel.RequestContext, sheet: Excel.Worksheet, content: SheetContent, supports: Supports): Promise<void> {
  let queued = false;
  if (supports(API.sizes)) {
    for (const [c, width] of content.columnWidths.entries()) {
      if (!width) continue;
      sheet.getRange(columnsAddress(c, c)).format.columnWidth = widthInPoints(width);
      queued = true;
    }
    for (const [r, height] of Object.entries(content.rowHeights ?? {})) {
      sheet.getRange(rowsAddress(Number(r), Number(r))).format.rowHeight = height;
      queued = true;
    }
  }
  if (content.freezeRows && supports(API.freezePanes)) {
    sheet.freezePanes.freezeRows(content.freezeRows);
    queued = true;
  }
  if (content.page && supports(API.pageLayout)) {
    pageSetup(sheet, content.page);
    queued = true;
  }
  if (!queued) return;
  try {
    await context.sync();
  } catch (error) {
    if (!(toWorkbookError(error) instanceof WorkbookError)) throw error;
  }
}

/**
 * A number format over a rectangle, as documented: 2-D arrays the size of their range, in row chunks that
 * each fit a request (a format for 100,000 rows × 15 columns is several MB of JSON).
 */
async function numberFormats(sheet: Excel.Worksheet, where: CellRange, numberFormat: string, batch: Batch): Promise<void> {
  const cols = where.c2 - where.c1 + 1;
  const rowBytes = cols * (utf8Length(numberFormat) + 3) + 3;
  const perChunk = Math.max(1, Math.floor(REQUEST_BUDGET / 2 / rowBytes));
  for (let r = where.r1; r <= where.r2; r += perChunk) {
    const rows = Math.min(perChunk, where.r2 - r + 1);
    await batch.room(2 * ACTION_BYTES + rows * rowBytes);
    sheet.getRange(rangeAddress(r, where.c1, rows, cols)).numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(numberFormat));
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

async function applyStyle(sheet: Excel.Worksheet, range: Excel.Range, where: CellRange, style: CellStyle, batch: Batch): Promise<void> {
  if (style.numberFormat) await numberFormats(sheet, where, style.numberFormat, batch);
  await batch.room(16 * ACTION_BYTES);
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? 'Single' : 'None';
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    const edges = [...EDGES];
    if (where.r2 > where.r1) edges.push('InsideHorizontal');
    if (where.c2 > where.c1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** A4 page set-up (ExcelApi 1.9), as the renderer does it; margins, which Excel takes in points, as the file's inches. */
function pageSetup(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  const margins = page.margins ?? DEFAULT_PAGE_MARGINS;
  const points = (mm: number): number => Math.round(mmToInches(mm) * 72 * 100) / 100;
  layout.paperSize = 'A4';
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.leftMargin = points(margins.left);
  layout.rightMargin = points(margins.right);
  layout.topMargin = points(margins.top);
  layout.bottomMargin = points(margins.bottom);
  layout.headerMargin = 0.3 * 72;
  layout.footerMargin = 0.3 * 72;
  // One page wide, as many pages tall as needed (0: automatic, as the file's fitToHeight="0").
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.repeatRows) layout.setPrintTitleRows(`$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`);
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;

/**
 * A width in characters (as exceljs and the .xlsx file count it) to points, which `format.columnWidth`
 * takes: Calibri 11's digit is 7 px wide plus 5 px of padding, at 0.75 pt per px (8.43 → 48 pt).
 */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

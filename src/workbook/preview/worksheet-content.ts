import type ExcelJS from 'exceljs';
import { DEFAULT_PAGE_MARGINS, mmToInches, type CellRange, type CellStyle } from '../sheet-content';
import { worksheetGrid } from '../xlsx/worksheet-grid';
import type { MemorySheet } from './memory-sheet';
import { worksheetValidations } from './worksheet-validations';

/** exceljs keeps merges by their top-left address, rows and cells in sparse arrays; its typings leave the fields out. */
type WithMerges = ExcelJS.Worksheet & { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> };
type WithRows = ExcelJS.Worksheet & { _rows?: Array<(ExcelJS.Row & { _cells?: Array<ExcelJS.Cell | undefined> }) | undefined> };

/**
 * The rows exceljs holds, skipping the gaps: `eachRow({ includeEmpty: true })` would create every
 * row up to the last, a million of them for one formatted row at the bottom of the grid.
 */
function eachStoredRow(sheet: ExcelJS.Worksheet, visit: (row: ExcelJS.Row & { _cells?: Array<ExcelJS.Cell | undefined> }) => void): void {
  (sheet as WithRows)._rows?.forEach((row) => {
    if (row) visit(row);
  });
}

const DEFAULT_FONT_SIZE = 11;
const HORIZONTAL = new Set(['left', 'center', 'right', 'justify']);

/** The parts of a cell's format the preview shows and carries over; undefined when there are none. */
function cellStyle(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  const { font, border, alignment, numFmt } = cell;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.underline) style.underline = true;
  if (font?.name && font.name !== 'Calibri') style.fontName = font.name;
  if (font?.size && font.size !== DEFAULT_FONT_SIZE) style.fontSize = font.size;
  if (border && [border.top, border.left, border.bottom, border.right].some((side) => side?.style)) style.border = true;
  if (alignment?.horizontal && HORIZONTAL.has(alignment.horizontal)) style.horizontal = alignment.horizontal as CellStyle['horizontal'];
  if (alignment?.vertical === 'top' || alignment?.vertical === 'middle') style.vertical = alignment.vertical;
  if (alignment?.wrapText) style.wrap = true;
  if (numFmt && numFmt !== 'General') style.numberFormat = numFmt;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Cell formats as ranges: one per run of equally formatted cells in a row. */
function styleRuns(sheet: ExcelJS.Worksheet): MemorySheet['styles'] {
  const runs: MemorySheet['styles'] = [];
  eachStoredRow(sheet, (row) => {
    const r = row.number - 1;
    let open: { range: CellRange; key: string } | undefined;
    // Stored cells only (formatted empty ones included), not every column up to the last.
    row._cells?.forEach((cell) => {
      const style = cell && cellStyle(cell);
      if (!style) return;
      const c = Number(cell.col) - 1;
      const key = JSON.stringify(style);
      if (open && open.key === key && open.range.c2 === c - 1) {
        open.range.c2 = c;
        return;
      }
      open = { range: { r1: r, c1: c, r2: r, c2: c }, key };
      runs.push({ range: open.range, style });
    });
  });
  return runs;
}

function merges(sheet: ExcelJS.Worksheet): CellRange[] {
  return Object.values((sheet as WithMerges)._merges ?? {}).map(({ model: m }) => ({
    r1: m.top - 1,
    c1: m.left - 1,
    r2: m.bottom - 1,
    c2: m.right - 1,
  }));
}

function columnWidths(sheet: ExcelJS.Worksheet): number[] {
  return Array.from({ length: sheet.columnCount }, (_, c) => sheet.getColumn(c + 1).width ?? 0);
}

function rowHeights(sheet: ExcelJS.Worksheet): Record<number, number> | undefined {
  const heights: Record<number, number> = {};
  eachStoredRow(sheet, (row) => {
    if (row.height) heights[row.number - 1] = row.height;
  });
  return Object.keys(heights).length > 0 ? heights : undefined;
}

function page(sheet: ExcelJS.Worksheet): MemorySheet['page'] {
  const setup = sheet.pageSetup;
  if (setup?.paperSize !== 9 && !setup?.fitToPage) return undefined;
  const result: NonNullable<MemorySheet['page']> = {
    orientation: setup.orientation === 'landscape' ? 'landscape' : 'portrait',
    fitToWidth: Boolean(setup.fitToPage),
  };
  const m = setup.margins;
  const mm = (inches: number): number => Math.round(inches * 25.4 * 100) / 100;
  // Only margins other than the ones a sheet gets without asking are carried.
  const defaults = DEFAULT_PAGE_MARGINS;
  if (m && (['top', 'bottom', 'left', 'right'] as const).some((side) => mmToInches(mm(m[side])) !== mmToInches(defaults[side]))) {
    result.margins = { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) };
  }
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(setup.printTitlesRow ?? '');
  if (titles) result.repeatRows = { first: Number(titles[1]) - 1, last: Number(titles[2]) - 1 };
  return result;
}

function freezeRows(sheet: ExcelJS.Worksheet): number | undefined {
  const view = sheet.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return view?.state === 'frozen' && view.ySplit ? view.ySplit : undefined;
}

/** An exceljs worksheet as a sheet of the in-page workbook: values as the adapters read them, and their look. */
export function worksheetContent(sheet: ExcelJS.Worksheet): MemorySheet {
  const content: MemorySheet = {
    name: sheet.name,
    values: worksheetGrid(sheet),
    styles: styleRuns(sheet),
    merges: merges(sheet),
    columnWidths: columnWidths(sheet),
    visibility: sheet.state === 'hidden' || sheet.state === 'veryHidden' ? sheet.state : 'visible',
  };
  const heights = rowHeights(sheet);
  if (heights) content.rowHeights = heights;
  const pageSetup = page(sheet);
  if (pageSetup) content.page = pageSetup;
  const frozen = freezeRows(sheet);
  if (frozen) content.freezeRows = frozen;
  const validations = worksheetValidations(sheet);
  if (validations.length > 0) content.validations = validations;
  return content;
}

import type ExcelJS from 'exceljs';
import { fitValue } from '../cell-limit';
import { columnLetters } from '../../engine';
import { DEFAULT_PAGE_MARGINS, mmToInches, type CellRange, type CellStyle, type PageSetup, type SheetContent } from '../sheet-content';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Puts a described style on one cell, over what the cell already has (ranges may overlap). */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (hasFont(style)) {
    cell.font = {
      ...cell.font,
      ...(style.fontName !== undefined && { name: style.fontName }),
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.underline !== undefined && { underline: style.underline }),
      ...(style.fontSize !== undefined && { size: style.fontSize }),
    };
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.horizontal || style.vertical || style.wrap) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontal && { horizontal: style.horizontal }),
      ...(style.vertical && { vertical: style.vertical }),
      ...(style.wrap && { wrapText: true }),
    };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

export const hasFont = (style: CellStyle): boolean =>
  style.bold !== undefined || style.italic !== undefined || style.underline !== undefined || style.fontSize !== undefined || style.fontName !== undefined;

/** The A4 page set-up of a sheet laid out for printing (margins in inches, as the file keeps them). */
export function pageSetupOf(page: PageSetup): Partial<ExcelJS.PageSetup> {
  const m = page.margins ?? DEFAULT_PAGE_MARGINS;
  return {
    paperSize: 9, // A4
    orientation: page.orientation,
    fitToPage: page.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: mmToInches(m.left), right: mmToInches(m.right), top: mmToInches(m.top), bottom: mmToInches(m.bottom), header: 0.3, footer: 0.3 },
    ...(page.repeatRows && { printTitlesRow: `${page.repeatRows.first + 1}:${page.repeatRows.last + 1}` }),
  };
}

export const frozenViews = (rows: number): Array<Partial<ExcelJS.WorksheetView>> => [{ state: 'frozen', ySplit: rows, xSplit: 0 }];

/** `B2`, or `B2:D9` for more than one cell. */
export function rangeAddress(r: CellRange): string {
  const from = `${columnLetters(r.c1)}${r.r1 + 1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? from : `${from}:${columnLetters(r.c2)}${r.r2 + 1}`;
}

/** exceljs keeps a sheet's dropdowns by cell or range; its typings leave the store out. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/** A dropdown: a fixed list, or the cells of a list sheet. */
export function listValidation(v: NonNullable<SheetContent['validations']>[number]): ExcelJS.DataValidation {
  const formula = Array.isArray(v.list) ? `"${v.list.join(',')}"` : v.list.reference;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: false,
    ...(v.prompt && { showInputMessage: true, prompt: v.prompt }),
  };
}

/** Writes a described sheet into an (empty) exceljs worksheet. */
export function renderSheet(sheet: ExcelJS.Worksheet, content: SheetContent): void {
  content.values.forEach((row, r) => {
    row.forEach((value, c) => {
      // exceljs writes a string as a string cell, so text starting with "=" never becomes a formula.
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = fitValue(value);
    });
  });
  for (const { range, style } of content.styles) {
    for (let r = range.r1; r <= range.r2; r++) {
      for (let c = range.c1; c <= range.c2; c++) styleCell(sheet.getCell(r + 1, c + 1), style);
    }
  }
  for (const m of content.merges) sheet.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  content.columnWidths.forEach((width, c) => {
    if (width) sheet.getColumn(c + 1).width = width;
  });
  for (const [r, height] of Object.entries(content.rowHeights ?? {})) sheet.getRow(Number(r) + 1).height = height;
  if (content.page) sheet.pageSetup = { ...sheet.pageSetup, ...pageSetupOf(content.page) };
  if (content.freezeRows) sheet.views = frozenViews(content.freezeRows);
  // One entry per range: set cell by cell, exceljs would merge them back into overlapping ranges ("F10:F2001" and "F2:F2001").
  for (const v of content.validations ?? []) (sheet as WithValidations).dataValidations.add(rangeAddress(v.range), listValidation(v));
  sheet.state = content.visibility ?? 'visible';
}

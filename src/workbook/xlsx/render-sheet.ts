import type ExcelJS from 'exceljs';
import type { SheetContent } from '../sheet-content';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Writes a described sheet into an (empty) exceljs worksheet. */
export function renderSheet(sheet: ExcelJS.Worksheet, content: SheetContent): void {
  content.values.forEach((row, r) => {
    row.forEach((value, c) => {
      // exceljs writes a string as a string cell, so text starting with "=" never becomes a formula.
      if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const { range, style } of content.styles) {
    for (let r = range.r1; r <= range.r2; r++) {
      for (let c = range.c1; c <= range.c2; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined) {
          cell.font = {
            ...cell.font,
            ...(style.bold !== undefined && { bold: style.bold }),
            ...(style.italic !== undefined && { italic: style.italic }),
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
    }
  }
  for (const m of content.merges) sheet.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  content.columnWidths.forEach((width, c) => {
    if (width) sheet.getColumn(c + 1).width = width;
  });
  for (const [r, height] of Object.entries(content.rowHeights ?? {})) sheet.getRow(Number(r) + 1).height = height;
  if (content.page) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: content.page.orientation,
      fitToPage: content.page.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
  if (content.freezeRows) sheet.views = [{ state: 'frozen', ySplit: content.freezeRows, xSplit: 0 }];
  for (const v of content.validations ?? []) {
    const formula = Array.isArray(v.list) ? `"${v.list.join(',')}"` : v.list.reference;
    for (let r = v.range.r1; r <= v.range.r2; r++) {
      for (let c = v.range.c1; c <= v.range.c2; c++) {
        sheet.getCell(r + 1, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: false,
          ...(v.prompt && { showInputMessage: true, prompt: v.prompt }),
        };
      }
    }
  }
  sheet.state = content.visibility ?? 'visible';
}

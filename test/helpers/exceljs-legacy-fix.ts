/**
 * The reference the package-level fix-encoding (src/workbook/xlsx/legacy-copy.ts) is held to: how
 * `dvk fix-encoding` converted cells before, in an exceljs workbook loaded whole.
 */
import type ExcelJS from 'exceljs';
import { decodeLegacy, type EncodingFix } from '../../src/engine';

/** Fonts that show TCVN3 (`.VnTime`, `.VnArial`, …) or VNI (`VNI-Times`, …) text. */
const LEGACY_FONT = /^(\.vn|vni[- ])/i;
/** The all-caps TCVN3 fonts (`.VnTimeH`): their text is typed with lower-case codes and shown in capitals. */
const CAPITALS_FONT = /^\.vn.*h$/i;
const UNICODE_FONT = 'Times New Roman';

/** The font a converted cell or run takes: Times New Roman for a legacy font, size, bold and colour kept. */
function unicodeFont(font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> | undefined {
  return font?.name && LEGACY_FONT.test(font.name) ? { ...font, name: UNICODE_FONT } : font;
}

/** Decoded text as the cell showed it: in capitals under an all-caps TCVN3 font. */
const shown = (text: string, font: Partial<ExcelJS.Font> | undefined): string =>
  font?.name && CAPITALS_FONT.test(font.name) ? text.toLocaleUpperCase('vi') : text;

/**
 * Rewrites one cell in Unicode, in place: plain text, each run of rich text (its own font kept but
 * for the name), a link's text. Formula cells are left alone (their text is computed). Returns
 * whether the cell changed.
 */
export function convertCell(cell: ExcelJS.Cell, fix: EncodingFix): boolean {
  const value = cell.value;
  if (typeof value === 'string') {
    cell.value = shown(fix.after, cell.font);
  } else if (value && typeof value === 'object' && 'richText' in value) {
    cell.value = {
      richText: value.richText.map((run) => ({
        ...run,
        text: shown(decodeLegacy(run.text, fix.encoding), run.font ?? cell.font),
        font: unicodeFont(run.font),
      })),
    };
  } else if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') {
    cell.value = { ...value, text: shown(fix.after, cell.font) };
  } else return false;
  const font = unicodeFont(cell.font);
  if (font !== cell.font) cell.font = font as ExcelJS.Font;
  return true;
}

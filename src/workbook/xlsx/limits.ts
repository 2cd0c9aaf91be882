/**
 * Bounds on what a file may ask of the reader, checked before exceljs parses it, so a hostile or
 * broken file gets one clear message instead of exhausting memory or hanging the page or the CLI.
 */
const MB = 1024 * 1024;

export interface XlsxLimits {
  /** Declared uncompressed size of all parts together. */
  totalBytes: number;
  /** Declared (and actual) uncompressed size of any one part. */
  partBytes: number;
  /** Uncompressed / compressed size of a part larger than `ratioFromBytes` (sheet XML is 10-20): beyond this it is a zip bomb, not data. */
  ratio: number;
  ratioFromBytes: number;
  /** Parts in the zip (a workbook has about six per sheet at most). */
  parts: number;
  /** Sheets in the workbook: exceljs takes about 0.4 ms and 16 KB per small sheet, so 1,000 load in well under a second. */
  sheets: number;
  /** `<row>` elements in any one sheet: twice the 100,000-row benchmark, so every real registration file fits. */
  rows: number;
  /** Cells covered by one sheet's data validations: exceljs expands each rule cell by cell. */
  validationCells: number;
  /** Cells covered by one sheet's merged areas: exceljs creates every cell of a merge. */
  mergedCells: number;
  /**
   * Merged areas of one sheet: exceljs checks each new merge against all earlier ones while it parses
   * (10,000 take 8 s, 20,000 take 43 s); the first ones (titles, headers) are kept, the rest dropped.
   */
  mergeRanges: number;
}

export const XLSX_LIMITS: Readonly<XlsxLimits> = {
  totalBytes: 500 * MB,
  partBytes: 200 * MB,
  ratio: 200,
  ratioFromBytes: 10 * MB,
  parts: 20_000,
  sheets: 1_000,
  rows: 200_000,
  validationCells: 200_000,
  mergedCells: 200_000,
  mergeRanges: 2_000,
};

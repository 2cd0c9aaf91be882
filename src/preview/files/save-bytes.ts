import { downloadBytes } from '../../taskpane/download-bytes';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands the workbook's bytes to the browser as a downloaded .xlsx file. */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  downloadBytes(bytes, fileName, XLSX_TYPE);
}

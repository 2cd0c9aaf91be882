import ExcelJS from 'exceljs';
import { checkedPackage, type LoadFailure, type LoadOptions, type LossyPart } from './checked-package';

export type { LoadFailure, LoadOptions, LossyPart, UnreadableReason } from './checked-package';

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook; lossy: LossyPart[] } | LoadFailure;

/** Opens .xlsx bytes as an exceljs workbook (to write a copy of it); problems with the file are values, never exceptions. */
export async function loadXlsx(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadResult> {
  try {
    const checked = await checkedPackage(bytes, options);
    if (!checked.ok) return checked;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(checked.bytes as unknown as ExcelJS.Buffer);
    return { ok: true, workbook, lossy: checked.lossy };
  } catch {
    // Each step reports bad files as values; anything thrown past them is a file none could even classify.
    return { ok: false, reason: 'corrupt' };
  }
}

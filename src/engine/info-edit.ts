import { cellText } from './cell-text';
import { normLoose } from './normalize';
import { INFO_LABELS, particularRows, readReportInfo, type InfoKey } from './report-info';
import type { CellValue, SheetGrid } from './types';
import type { CellChange, CellEdit } from './cell-edit';

export const INFO_SHEET_NAME = 'Thông tin';

const infoSheetOf = (sheets: readonly SheetGrid[]): SheetGrid | undefined => sheets.find((s) => normLoose(s.name) === normLoose(INFO_SHEET_NAME));

/** Each particular's value cell as text, as a form shows it ('' where `Thông tin` has no such row). */
export function infoTexts(sheets: readonly SheetGrid[]): Record<InfoKey, string> {
  const grid = infoSheetOf(sheets)?.grid ?? [];
  const rows = particularRows(grid);
  return Object.fromEntries(
    (Object.keys(INFO_LABELS) as InfoKey[]).map((k) => [k, rows.has(k) ? cellText(grid[rows.get(k) as number]?.[1] ?? null) : '']),
  ) as Record<InfoKey, string>;
}

/** The particulars a value given would not be read as (a year that is no year, a date that is no date…). */
export function unreadableParticulars(values: Partial<Record<InfoKey, string>>): InfoKey[] {
  return (Object.keys(values) as InfoKey[]).filter((key) => {
    const text = (values[key] ?? '').trim();
    return text !== '' && readReportInfo([[INFO_LABELS[key], text]])[key] === null;
  });
}

/** A year as a number (Excel shows it as one); everything else as typed. */
const cellValue = (key: InfoKey, text: string): CellValue => (key === 'reportYear' && /^\d{4}$/.test(text) ? Number(text) : text);

/**
 * The particulars changed (label in column A, value in B), written where `Thông tin` has their label (column B of that row), else as a
 * new label/value row at the end. An emptied value empties the cell. Null when nothing changes.
 */
export function planInfo(sheets: readonly SheetGrid[], values: Partial<Record<InfoKey, string>>): CellEdit | null {
  const sheet = infoSheetOf(sheets);
  const grid = sheet?.grid ?? [];
  const rows = particularRows(grid);
  let end = grid.length;
  while (end > 0 && (grid[end - 1] ?? []).every((v) => cellText(v ?? null) === '')) end--;
  const cells: CellChange[] = [];
  for (const key of Object.keys(INFO_LABELS) as InfoKey[]) {
    if (!(key in values)) continue;
    const text = (values[key] ?? '').trim();
    const at = rows.get(key);
    if (at !== undefined) {
      const before = grid[at]?.[1] ?? null;
      if (cellText(before) !== text) cells.push({ row: at + 1, col: 1, value: text === '' ? null : cellValue(key, text), before });
    } else if (text !== '') {
      end++;
      cells.push({ row: end, col: 0, value: INFO_LABELS[key], before: null }, { row: end, col: 1, value: cellValue(key, text), before: null });
    }
  }
  return cells.length === 0 ? null : { sheet: sheet?.name ?? INFO_SHEET_NAME, create: !sheet, cells };
}

import { cellText } from '../cell-text';
import { REGISTRATION_COLUMNS, UNIT_LIST_COLUMNS } from '../columns';
import { INFO_LABELS } from '../report-info';
import type { CellValue, ColumnKey, Grid, RegistrationRow, ReportInfo, UnitEntry } from '../types';
import { FIELDS, KIND_LABELS, REGISTRATION_LABELS, STATUS_LABELS } from '../vocabulary';
import { rowCells } from '../parse-row';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A row as the consolidated `Đăng ký` writes it: understood values in their canonical spelling
 * (units and communes as in `Danh mục`), values not understood exactly as typed (so the consolidated
 * workbook finds the same problems), and `Nguồn`.
 */
export function outputRow(row: RegistrationRow, stt: number, source: string): CellValue[] {
  const cells = rowCells(row);
  const raw = (key: ColumnKey): CellValue => cells[key]?.raw ?? null;
  const typed = (key: ColumnKey): boolean => cellText(raw(key)) !== '';
  const text = (value: string): string | null => (value === '' ? null : value);
  /** Canonical when understood, as typed when not, empty when empty. */
  const label = <T>(key: ColumnKey, parsed: T | null, write: (v: T) => CellValue): CellValue =>
    !typed(key) ? null : parsed !== null ? write(parsed) : raw(key);
  const values: Record<ColumnKey, CellValue> = {
    stt,
    code: text(row.code),
    year: !typed('year') ? null : (row.year ?? raw('year')),
    name: text(row.name),
    implementer: text(row.implementer),
    kind: label('kind', row.kind, (k) => KIND_LABELS[k]),
    unit: row.unit,
    // The bloc as typed (canonical), so a contradiction with Danh mục is still seen.
    bloc: label('bloc', row.rowBloc, (b) => b),
    commune: typed('commune') ? row.commune : null,
    field: label('field', row.field, (f) => FIELDS[f - 1].shortTitle),
    registration: label('registration', row.registration, (r) => REGISTRATION_LABELS[r]),
    status: label('status', row.status, (s) => STATUS_LABELS[s]),
    decision: text(row.decision),
    source,
    note: text(row.note),
  };
  return REGISTRATION_COLUMNS.map((c) => values[c.key]);
}

export const registrationHeader = (): CellValue[] => REGISTRATION_COLUMNS.map((c) => c.header);

/** `Danh mục` with the standard header. */
export function unitListGrid(units: readonly UnitEntry[]): Grid {
  return [
    UNIT_LIST_COLUMNS.map((c) => c.header),
    ...units.map((u) => [u.name, u.bloc, u.commune, u.otherNames.length > 0 ? u.otherNames.join('; ') : null, u.successor]),
  ];
}

/** `Thông tin`: the labels of the spec with their values (dates dd/mm/yyyy, the period `2021-2025`). */
export function infoGrid(info: ReportInfo): Grid {
  const day = (d: ReportInfo['deadline']): string | null => (d ? `${pad2(d.day)}/${pad2(d.month)}/${d.year}` : null);
  const values: Record<keyof typeof INFO_LABELS, CellValue> = {
    ...info,
    period: info.period ? `${info.period.from}-${info.period.to}` : null,
    deadline: day(info.deadline),
    reportDate: day(info.reportDate),
    recipients: info.recipients ? info.recipients.join('; ') : null,
  };
  return (Object.keys(INFO_LABELS) as Array<keyof typeof INFO_LABELS>).map((key) => [INFO_LABELS[key], values[key]]);
}

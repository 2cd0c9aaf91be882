/**
 * A tiny builder for the engine tests: a standard `Đăng ký` sheet (header on row 1, models from
 * row 2), a `Danh mục` and a `Thông tin`, turned into the engine's input and analysed.
 */
import { analyse, readWorkbooks, type CellValue, type ColumnKey, type Finding, type RuleId, type WorkbookGrids } from '../../src/engine';
import { toGrids, type SheetRows } from '../helpers/grids';

/** The standard header, columns A to N, in the spec's order. */
export const STANDARD_HEADER: ReadonlyArray<readonly [ColumnKey, string]> = [
  ['stt', 'STT'], // A
  ['code', 'Mã mô hình'], // B
  ['year', 'Năm'], // C
  ['name', 'Tên mô hình'], // D
  ['implementer', 'Tập thể/cá nhân thực hiện'], // E
  ['kind', 'Loại'], // F
  ['unit', 'Chi, đảng bộ'], // G
  ['bloc', 'Khối'], // H
  ['commune', 'Xã/phường'], // I
  ['field', 'Lĩnh vực'], // J
  ['registration', 'Hình thức'], // K
  ['status', 'Kết quả'], // L
  ['decision', 'Số quyết định'], // M
  ['note', 'Ghi chú'], // N
];

/** Column letter of each key in the standard header. */
export const COL = Object.fromEntries(STANDARD_HEADER.map(([key], i) => [key, String.fromCharCode(65 + i)])) as Readonly<Record<ColumnKey, string>>;

/** One model row by column key; keys left out take the defaults below. */
export type Model = Partial<Record<ColumnKey, CellValue>>;

/** A valid, complete row: a collective model newly registered in 2024, field 3. */
export const DEFAULTS: Readonly<Model> = {
  year: 2024,
  name: 'Hũ gạo tình thương',
  implementer: 'Chi hội Phụ nữ',
  kind: 'Tập thể',
  unit: 'Chi bộ Văn phòng',
  field: 3,
  registration: 'Đăng ký mới',
};

/** `Đăng ký` with the standard header on row 1 and one row per model (defaults filled in). */
export function registrations(models: readonly Model[], name = 'Đăng ký'): SheetRows {
  return {
    name,
    rows: [STANDARD_HEADER.map(([, header]) => header), ...models.map((m) => STANDARD_HEADER.map(([key]) => ({ ...DEFAULTS, ...m })[key] ?? null))],
  };
}

export interface UnitRow {
  name: string;
  bloc?: string;
  commune?: string;
  other?: string;
  successor?: string;
}

/** `Danh mục` with its standard header. */
export function unitList(units: readonly UnitRow[]): SheetRows {
  return {
    name: 'Danh mục',
    rows: [
      ['Đơn vị', 'Khối', 'Xã/phường', 'Tên khác', 'Đơn vị mới'],
      ...units.map((u) => [u.name, u.bloc ?? null, u.commune ?? null, u.other ?? null, u.successor ?? null]),
    ],
  };
}

/** `Thông tin`: label in column A, value in column B. */
export const infoSheet = (info: Record<string, CellValue>): SheetRows => ({
  name: 'Thông tin',
  rows: Object.entries(info).map(([label, value]) => [label, value]),
});

export const book = (sheets: readonly SheetRows[], file = 'test.xlsx'): WorkbookGrids => toGrids(sheets, file);

/** Reads the workbooks as one set and analyses them. */
export function check(...workbooks: WorkbookGrids[]) {
  const dataset = readWorkbooks(workbooks);
  return { dataset, ...analyse(dataset) };
}

/** Reads one workbook made of these sheets and analyses it. */
export const checkSheets = (...sheets: SheetRows[]) => check(book(sheets));

export const ofRule = (findings: readonly Finding[], rule: RuleId): Finding[] => findings.filter((f) => f.rule === rule);

import { normLoose } from './normalize';
import type { ColumnKey, KeySet } from './types';

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  aliases: string[];
  required: boolean;
  /** A row with an error in a counted column is left out of every count. */
  counted: boolean;
}

/** The `Đăng ký` columns of the spec, in the standard order. */
export const REGISTRATION_COLUMNS: readonly ColumnSpec[] = [
  { key: 'stt', header: 'STT', aliases: ['TT', 'Số TT'], required: false, counted: false },
  { key: 'code', header: 'Mã mô hình', aliases: ['Mã', 'Mã số'], required: false, counted: false },
  { key: 'year', header: 'Năm', aliases: ['Năm đăng ký', 'Năm thực hiện'], required: true, counted: true },
  {
    key: 'name',
    header: 'Tên mô hình',
    aliases: ['Mô hình', 'Tên mô hình, điển hình', 'Tên mô hình/điển hình'],
    required: true,
    counted: false,
  },
  {
    key: 'implementer',
    header: 'Tập thể/cá nhân thực hiện',
    aliases: ['Chủ thể thực hiện', 'Người thực hiện', 'Tập thể, cá nhân thực hiện'],
    required: true,
    counted: false,
  },
  { key: 'kind', header: 'Loại', aliases: ['Loại mô hình', 'Tập thể/Cá nhân'], required: true, counted: true },
  {
    key: 'unit',
    header: 'Chi, đảng bộ',
    aliases: ['Đơn vị', 'Chi bộ/Đảng bộ', 'Đơn vị đăng ký'],
    required: true,
    counted: true,
  },
  { key: 'bloc', header: 'Khối', aliases: ['Khối đơn vị'], required: false, counted: false },
  { key: 'commune', header: 'Xã/phường', aliases: ['Xã, phường', 'Địa bàn'], required: false, counted: false },
  { key: 'field', header: 'Lĩnh vực', aliases: ['Lĩnh vực thực hiện'], required: true, counted: true },
  {
    key: 'registration',
    header: 'Hình thức',
    aliases: ['Duy trì/Đăng ký mới', 'Hình thức đăng ký'],
    required: true,
    counted: true,
  },
  { key: 'status', header: 'Kết quả', aliases: ['Trạng thái', 'Kết quả bình xét'], required: false, counted: true },
  { key: 'decision', header: 'Số quyết định', aliases: ['Quyết định công nhận', 'Số QĐ'], required: false, counted: false },
  { key: 'source', header: 'Nguồn', aliases: ['Tệp nguồn'], required: false, counted: false },
  { key: 'note', header: 'Ghi chú', aliases: [], required: false, counted: false },
];

/** One bit per column key, in the standard order: a row's `filled` and `blank` are made of them. */
export const KEY_BIT = Object.freeze(Object.fromEntries(REGISTRATION_COLUMNS.map((c, i) => [c.key, 1 << i])) as Record<ColumnKey, number>);

/** Whether a row's `filled` or `blank` holds `key`. */
export const hasKey = (set: KeySet, key: ColumnKey): boolean => (set & KEY_BIT[key]) !== 0;

/** The set of keys whose bits are given (for the row reader, which makes them). */
export const keySet = (bits: number): KeySet => bits as KeySet;

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ColumnSpec> = new Map(REGISTRATION_COLUMNS.map((c) => [c.key, c]));

export const COUNTED_KEYS: ReadonlySet<ColumnKey> = new Set(REGISTRATION_COLUMNS.filter((c) => c.counted).map((c) => c.key));

export type UnitListKey = 'name' | 'bloc' | 'commune' | 'otherNames' | 'successor';

export interface SimpleColumnSpec<K extends string> {
  key: K;
  header: string;
  aliases: string[];
}

/** The `Danh mục` columns. */
export const UNIT_LIST_COLUMNS: readonly SimpleColumnSpec<UnitListKey>[] = [
  { key: 'name', header: 'Đơn vị', aliases: ['Chi, đảng bộ', 'Tên đơn vị'] },
  { key: 'bloc', header: 'Khối', aliases: [] },
  { key: 'commune', header: 'Xã/phường', aliases: ['Xã, phường', 'Địa bàn'] },
  { key: 'otherNames', header: 'Tên khác', aliases: ['Tên gọi khác'] },
  { key: 'successor', header: 'Đơn vị mới', aliases: ['Sáp nhập vào'] },
];

/** Maps a normalised header text to the key of the column it names, for one column table. */
export function headerIndex<K extends string>(columns: readonly SimpleColumnSpec<K>[]): ReadonlyMap<string, K> {
  const index = new Map<string, K>();
  for (const column of columns) {
    for (const text of [column.header, ...column.aliases]) index.set(normLoose(text), column.key);
  }
  return index;
}

/**
 * Tick columns: a value given by marking one of several sub-columns instead of typing it, as
 * clerks' own layouts do ("Lĩnh vực" over 1 2 3 4 with an `x` in one; "Loại mô hình" over
 * `Tập thể` / `Cá nhân`; "Hình thức" over `Duy trì` / `Đăng ký mới`).
 */
import { cellAddress, cellText } from './cell-text';
import type { TickGroup, TickHeaders } from './header';
import { normLoose } from './normalize';
import type { CellRef, CellValue, ColumnKey } from './types';
import { FIELDS, fieldOf, KIND_LABELS, kindOf, REGISTRATION_LABELS, registrationOf } from './vocabulary';

export type TickKey = 'field' | 'kind' | 'registration';

/** Texts of a group cell over tick columns (as well as the column's own header and aliases). */
const GROUP_TEXTS: ReadonlyArray<readonly [string, TickKey]> = [
  ['Lĩnh vực', 'field'],
  ['Lĩnh vực thực hiện', 'field'],
  ['Lĩnh vực đăng ký', 'field'],
  ['Lĩnh vực mô hình', 'field'],
  ['Thuộc lĩnh vực', 'field'],
  ['Loại', 'kind'],
  ['Loại mô hình', 'kind'],
  ['Phân loại', 'kind'],
  ['Tập thể/Cá nhân', 'kind'],
  ['Hình thức', 'registration'],
  ['Hình thức đăng ký', 'registration'],
  ['Đăng ký', 'registration'],
  ['Loại đăng ký', 'registration'],
  ['Duy trì/Đăng ký mới', 'registration'],
];
const GROUPS: ReadonlyMap<string, TickKey> = new Map(GROUP_TEXTS.map(([text, key]) => [normLoose(text), key]));

/** What a sub-column header stands for under a group of `key`, as a cell of that column would hold it. */
function under(key: TickKey, value: CellValue): CellValue | null {
  const text = cellText(value);
  if (text === '') return null;
  switch (key) {
    case 'field':
      return fieldOf(value, text);
    case 'kind': {
      const kind = kindOf(text);
      return kind && KIND_LABELS[kind];
    }
    case 'registration': {
      const registration = registrationOf(text);
      return registration && REGISTRATION_LABELS[registration];
    }
  }
}

/**
 * Headers that are tick columns side by side without a group cell. Bare digits are not among them
 * (a row of 1 2 3 4 is the column numbering many forms have), nor the long field titles.
 */
const ALONE: ReadonlyMap<string, { key: TickKey; value: CellValue }> = new Map([
  ...FIELDS.flatMap((f) =>
    [`LV${f.code}`, `LV ${f.code}`, `Lĩnh vực ${f.code}`, f.shortTitle].map((text): [string, { key: TickKey; value: CellValue }] => [
      normLoose(text),
      { key: 'field', value: f.code },
    ]),
  ),
  ...Object.values(KIND_LABELS).map((label): [string, { key: TickKey; value: CellValue }] => [normLoose(label), { key: 'kind', value: label }]),
  ...[...Object.values(REGISTRATION_LABELS), 'Mới'].map((label): [string, { key: TickKey; value: CellValue }] => [
    normLoose(label),
    { key: 'registration', value: label === 'Mới' ? REGISTRATION_LABELS.new : label },
  ]),
]);

/** How the header search recognises tick columns of `Đăng ký`. */
export const REGISTRATION_TICKS: TickHeaders<ColumnKey> = {
  group: (loose) => GROUPS.get(loose),
  longestGroup: Math.max(...[...GROUPS.keys()].map((k) => k.length)),
  under: (key, value) => under(key as TickKey, value),
  alone: (loose) => ALONE.get(loose),
  longestAlone: Math.max(...[...ALONE.keys()].map((k) => k.length)),
};

/** Cell contents that say "not this one" in a tick column. */
const NOT_A_MARK = new Set(['0', '-', '–', '—', '.', 'không', 'khong', 'k', 'no', 'false']);

/**
 * Whether a tick cell is marked: `x`, `X`, `✓`, `√`, `v`, `1`, TRUE… — anything shown but a zero, a
 * dash or "không" (clerks mark with whatever is at hand).
 */
export function isMark(value: CellValue): boolean {
  if (value === null || value === undefined || value === false || value === 0) return false;
  if (typeof value !== 'string') return true;
  const text = cellText(value);
  return text !== '' && !NOT_A_MARK.has(text.toLowerCase());
}

/** The cell behind a tick value, made once per group for the common cases (none or one marked). */
export interface TickReader {
  key: ColumnKey;
  cols: readonly number[];
  labels: readonly string[];
  none: CellRef;
  single: readonly CellRef[];
}

export function tickReader(group: TickGroup<ColumnKey>): TickReader {
  const labels = group.values.map(cellText);
  const ticks = (marked: readonly number[]) => ({ cols: group.cols, marked, labels });
  return {
    key: group.key,
    cols: group.cols,
    labels,
    // No mark: an empty value at the group's first cell (the `required` finding goes there).
    none: { col: group.cols[0], raw: null, text: '', ticks: ticks([]) },
    // One mark: the value its sub-column stands for, at the marked cell.
    single: group.cols.map((col, i) => ({ col, raw: group.values[i], text: labels[i], ticks: ticks([col]) })),
  };
}

/**
 * A row's value from its tick cells. Several marks give the values marked, joined, which is no valid
 * value: the row gets an `invalid-value` finding at the first marked cell, naming every marked cell.
 */
export function tickRef(reader: TickReader, cells: readonly CellValue[]): CellRef {
  const { cols } = reader;
  let first = -1;
  let several = false;
  for (let i = 0; i < cols.length; i++) {
    if (!isMark(cells[cols[i]])) continue;
    if (first >= 0) {
      several = true;
      break;
    }
    first = i;
  }
  if (first < 0) return reader.none;
  if (!several) return reader.single[first];
  const marked: number[] = [];
  const values: string[] = [];
  cols.forEach((col, i) => {
    if (!isMark(cells[col])) return;
    marked.push(col);
    values.push(reader.labels[i]);
  });
  const text = values.join(', ');
  return { col: marked[0], raw: text, text, ticks: { cols, marked, labels: reader.labels } };
}

/** The tick cells of a row for messages: `J5 (1), L5 (3)`. */
export function tickCells(ref: CellRef, rowNumber: number, which: 'marked' | 'all'): string {
  const { ticks } = ref;
  if (!ticks) return cellAddress(ref.col, rowNumber);
  const cols = which === 'marked' ? ticks.marked : ticks.cols;
  return cols.map((col) => `${cellAddress(col, rowNumber)} (${ticks.labels[ticks.cols.indexOf(col)]})`).join(', ');
}

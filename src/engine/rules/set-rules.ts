import { vi } from '../../i18n/vi';
import { normLoose, normText } from '../normalize';
import type { RegistrationRow } from '../types';
import { isValidYear } from './row-rules';
import type { Draft } from './rule-types';

/** How a finding names another row: its number, with the sheet or file when they differ. */
function rowName(first: RegistrationRow, row: RegistrationRow): string {
  if (first.file !== row.file && first.file) return `${first.rowNumber} (tệp ${first.file})`;
  if (first.sheet !== row.sheet) return `${first.rowNumber} (trang ${first.sheet})`;
  return String(first.rowNumber);
}

interface RowKeys {
  exact: string;
  loose: string;
  model: string;
}
/** Each row's comparison keys, computed once for all the rules that compare rows. */
const KEYS = new WeakMap<RegistrationRow, RowKeys>();
function keysOf(r: RegistrationRow): RowKeys {
  let keys = KEYS.get(r);
  if (!keys) {
    const unit = normText(r.unit ?? '');
    const name = normLoose(r.name);
    keys = {
      exact: `${r.year}\u0000${unit}\u0000${normText(r.name)}\u0000${normText(r.implementer)}`,
      loose: `${r.year}\u0000${unit}\u0000${name}`,
      model: `n\u0000${unit}\u0000${name}`,
    };
    KEYS.set(r, keys);
  }
  return keys;
}
const exactKey = (r: RegistrationRow): string => keysOf(r).exact;
const looseKey = (r: RegistrationRow): string => keysOf(r).loose;
const comparable = (r: RegistrationRow): boolean => isValidYear(r.year) && r.unit !== null && r.name !== '';

/** Same year, unit, name and implementer: reported on the second and later rows, naming the first. */
export function duplicates(rows: readonly RegistrationRow[]): Draft[] {
  const firsts = new Map<string, RegistrationRow>();
  const drafts: Draft[] = [];
  for (const row of rows.filter(comparable)) {
    const key = exactKey(row);
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, row);
      continue;
    }
    const name = rowName(first, row);
    drafts.push({ row, key: 'name', message: (at) => vi.finding.duplicate({ at, first: name }) });
  }
  return drafts;
}

/** Same year and unit, names equal once diacritics, case and punctuation are ignored; exact duplicates aside. */
export function nearDuplicates(rows: readonly RegistrationRow[]): Draft[] {
  const firsts = new Map<string, RegistrationRow>();
  const drafts: Draft[] = [];
  for (const row of rows.filter(comparable)) {
    const key = looseKey(row);
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, row);
      continue;
    }
    if (exactKey(first) === exactKey(row)) continue;
    const name = rowName(first, row);
    drafts.push({ row, key: 'name', message: (at) => vi.finding.nearDuplicate({ at, first: name }) });
  }
  return drafts;
}

/** `Duy trì` needs the same model (unit and name, or its code) in an earlier year, when earlier years are present. */
export function maintainedHistory(rows: readonly RegistrationRow[]): Draft[] {
  const firstYear = new Map<string, number>();
  let earliest = Infinity;
  const remember = (key: string, year: number): void => {
    firstYear.set(key, Math.min(year, firstYear.get(key) ?? Infinity));
  };
  const modelKeys = (r: RegistrationRow): string[] => {
    const keys = [keysOf(r).model];
    if (r.code !== '') keys.push(`c\u0000${normText(r.code)}`);
    return keys;
  };
  for (const row of rows) {
    if (!isValidYear(row.year) || row.unit === null) continue;
    earliest = Math.min(earliest, row.year);
    for (const key of modelKeys(row)) remember(key, row.year);
  }
  const drafts: Draft[] = [];
  for (const row of rows) {
    if (row.registration !== 'maintained' || !isValidYear(row.year) || row.unit === null) continue;
    if (earliest >= row.year) continue;
    const year = row.year;
    if (modelKeys(row).some((key) => (firstYear.get(key) ?? Infinity) < year)) continue;
    drafts.push({ row, key: 'registration', message: (at) => vi.finding.maintainedWithoutHistory({ at, year }) });
  }
  return drafts;
}

import { normText } from './normalize';
import type { ReportInfo, RegistrationRow, UnitEntry } from './types';
import { unitDirectory } from './unit-list';
import { BLOC_COMMUNE } from './vocabulary';

/** The year of the reorganisation (1 July 2025): data of 2025 on is kept by the new units. */
export const REORGANISATION_YEAR = 2025;

/** The year a report is about: `Năm báo cáo`, else the latest year present. */
export function reportYear(rows: readonly RegistrationRow[], info: ReportInfo): number | null {
  if (info.reportYear !== null) return info.reportYear;
  let latest: number | null = null;
  for (const row of rows) if (row.year !== null && (latest === null || row.year > latest)) latest = row.year;
  return latest;
}

/** Rows of the report year (Biểu 01, 02, 04 and the year's text). */
export function yearRows(rows: readonly RegistrationRow[], info: ReportInfo): RegistrationRow[] {
  const year = reportYear(rows, info);
  return rows.filter((r) => r.year === year);
}

/** The place a commune unit or a successor names: `Đảng bộ phường Xuất Hóa`, `Phường Bắc Kạn` → `Xuất Hóa`, `Bắc Kạn`. */
export function placeName(unit: string): string {
  return unit
    .replace(/^\s*(?:đảng bộ|đảng ủy|đảng uỷ|chi bộ|ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, '')
    .replace(/^\s*(?:xã|phường|thị trấn|đặc khu)\s+/iu, '')
    .trim();
}

/**
 * Maps rows to the units that took their units over (`Đơn vị mới` of `Danh mục`, followed to the
 * last one): the unit, its bloc when the successor is listed, and for a `Xã, phường` unit the
 * commune (the successor's own, else the place its name gives), spelled as the rows spell it.
 */
export function successorMapping(units: readonly UnitEntry[], rows: readonly RegistrationRow[]): (row: RegistrationRow) => RegistrationRow {
  const find = unitDirectory(units);
  const communes = new Map<string, string>();
  for (const u of units) if (u.commune && !communes.has(normText(u.commune))) communes.set(normText(u.commune), u.commune);
  for (const r of rows) if (r.commune && !communes.has(normText(r.commune))) communes.set(normText(r.commune), r.commune);
  const byPlace = new Map<string, UnitEntry>();
  for (const u of units) if (u.bloc === BLOC_COMMUNE && u.commune && !byPlace.has(normText(u.commune))) byPlace.set(normText(u.commune), u);
  /** A successor's text as a unit: listed by name or other spelling, else the commune unit of the place it names. */
  const resolve = (text: string): UnitEntry | undefined => find(text) ?? byPlace.get(normText(placeName(text)));

  const cache = new Map<string, { unit: string; bloc: string | null; commune: string | null } | null>();
  const successorOf = (name: string) => {
    if (cache.has(name)) return cache.get(name) ?? null;
    let entry = find(name);
    let text: string | null = null;
    const seen = new Set<UnitEntry>();
    while (entry?.successor && !seen.has(entry)) {
      seen.add(entry);
      text = entry.successor;
      entry = resolve(text);
    }
    const result =
      text === null
        ? null
        : {
            unit: entry && !seen.has(entry) ? entry.name : text,
            bloc: entry && !seen.has(entry) ? entry.bloc : null,
            commune: entry && !seen.has(entry) && entry.commune ? entry.commune : placeName(text),
          };
    cache.set(name, result);
    return result;
  };
  return (row) => {
    const next = row.unit === null ? null : successorOf(row.unit);
    if (!next) return row;
    const bloc = next.bloc ?? row.bloc;
    const commune =
      row.bloc === BLOC_COMMUNE || bloc === BLOC_COMMUNE ? (next.commune ? (communes.get(normText(next.commune)) ?? next.commune) : row.commune) : row.commune;
    return { ...row, unit: next.unit, bloc, commune };
  };
}

/** Whether rows hold years both before the 2025 reorganisation and after it. */
export function spansReorganisation(rows: readonly RegistrationRow[]): boolean {
  const years = yearsPresent(rows);
  return years.length > 0 && years[0] < REORGANISATION_YEAR && years[years.length - 1] >= REORGANISATION_YEAR;
}

/**
 * Every row of a year present within `Giai đoạn` (all years when it is not given). When those
 * years span the 2025 reorganisation, units and communes are counted under their `Đơn vị mới`,
 * so that years before and after compare like with like.
 */
export function periodRows(rows: readonly RegistrationRow[], info: ReportInfo, units: readonly UnitEntry[] = []): RegistrationRow[] {
  const { period } = info;
  const inPeriod = period ? rows.filter((r) => r.year !== null && r.year >= period.from && r.year <= period.to) : [...rows];
  if (!spansReorganisation(inPeriod) || !units.some((u) => u.successor)) return inPeriod;
  return inPeriod.map(successorMapping(units, inPeriod));
}

/** The years actually present among rows, ascending. */
export function yearsPresent(rows: readonly RegistrationRow[]): number[] {
  return [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

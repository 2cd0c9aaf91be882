import { words, type Words } from '../words';
import { normText } from '../normalize';
import { placeName } from '../report-scope';
import { KHOI_COLUMN_BY_KEY, type KhoiKey } from '../khoi/khoi-columns';
import type { KhoiRow } from '../khoi/read-khoi';
import type { KhoiDraft, RuleContext } from './rule-types';

const header = (key: KhoiKey): string => KHOI_COLUMN_BY_KEY.get(key)?.header ?? key;
const draft = (row: KhoiRow, key: KhoiKey | null, said: Words): KhoiDraft => ({ row, key, words: said });

export function khoiRequired(rows: readonly KhoiRow[]): KhoiDraft[] {
  return rows.flatMap((row) => row.missing.map((key) => draft(row, key, words('khoiRequired', { column: header(key) }))));
}

export function khoiValues(rows: readonly KhoiRow[]): KhoiDraft[] {
  return rows.flatMap((row) =>
    row.invalid.map((key) =>
      draft(
        row,
        key,
        words(
          'khoiInvalid',
          { value: row.cells[key]?.text ?? '', column: header(key) },
          { table: 'khoiExpected', key: KHOI_COLUMN_BY_KEY.get(key)?.kind ?? 'text' },
        ),
      ),
    ),
  );
}

const WITHIN_MEMBERS = ['intermediate', 'college', 'university', 'politicalTheory', 'trained'] as const;

/** Each count of members (education, theory, trained) at most the members. */
export function khoiCounts(rows: readonly KhoiRow[]): KhoiDraft[] {
  const drafts: KhoiDraft[] = [];
  for (const row of rows) {
    const members = row.members;
    if (members === null) continue;
    for (const key of WITHIN_MEMBERS) {
      const value = row[key];
      if (value !== null && value > members) drafts.push(draft(row, key, words('khoiCount', { column: header(key), value, members })));
    }
  }
  return drafts;
}

/** The three education levels together at most the members. */
export function khoiEducation(rows: readonly KhoiRow[]): KhoiDraft[] {
  return rows.flatMap((row) => {
    const sum = (row.intermediate ?? 0) + (row.college ?? 0) + (row.university ?? 0);
    return row.members !== null && sum > row.members ? [draft(row, 'university', words('khoiEducation', { sum, members: row.members }))] : [];
  });
}

/** A commune's Khối twice in one year: the second row and later ones. */
export function khoiDuplicates(rows: readonly KhoiRow[]): KhoiDraft[] {
  const first = new Map<string, KhoiRow>();
  const drafts: KhoiDraft[] = [];
  for (const row of rows) {
    if (row.commune === null || row.year === null) continue;
    const key = `${row.year}\u0000${normText(row.commune)}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, row);
    else {
      const { commune, year } = row as { commune: string; year: number };
      drafts.push(draft(row, 'commune', words('khoiDuplicate', { commune, year, first: earlier.rowNumber })));
    }
  }
  return drafts;
}

export const MEMBERS_RANGE = { from: 5, to: 20 } as const;

export function khoiMembers(rows: readonly KhoiRow[]): KhoiDraft[] {
  return rows.flatMap((row) =>
    row.members !== null && (row.members < MEMBERS_RANGE.from || row.members > MEMBERS_RANGE.to)
      ? [draft(row, 'members', words('khoiMembers', { members: row.members }))]
      : [],
  );
}

/** When `Danh mục` lists communes, each Khối's commune among them. */
export function khoiCommunes(rows: readonly KhoiRow[], ctx: RuleContext): KhoiDraft[] {
  // `Phường Xuất Hóa` and `Xuất Hóa` are one place.
  const place = (name: string): string => normText(placeName(name));
  const listed = new Set(
    ctx.dataset.units
      .map((u) => u.commune)
      .filter((c): c is string => !!c)
      .map(place),
  );
  if (listed.size === 0) return [];
  return rows.flatMap((row) =>
    row.commune !== null && !listed.has(place(row.commune)) ? [draft(row, 'commune', words('khoiCommuneUnknown', { commune: row.commune }))] : [],
  );
}

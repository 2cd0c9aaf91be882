/**
 * The fast rules that compare rows (typed-array groups, large groups indexed by year and unit, the
 * loose-name hash table) give exactly what their plain twins give, on random registers built to
 * collide: names that differ by case, tone placement, punctuation or spacing, large groups of one
 * name (past the 32 rows where a group is indexed), thousands of distinct names (the table grows).
 */
import { readWorkbooks, type CellValue } from '../../../src/engine';
import { normLoose } from '../../../src/engine/normalize';
import { looseNameNumbers } from '../../../src/engine/rules/loose-name-numbers';
import { duplicates, maintainedHistory, nearDuplicates } from '../../../src/engine/rules/set-rules';
import type { Draft } from '../../../src/engine/rules/rule-types';
import type { RegistrationRow } from '../../../src/engine/types';
import { book, registrations, type Model } from '../builder';
import { duplicatesTwin, maintainedHistoryTwin, nearDuplicatesTwin, type TwinFinding } from './set-rules-reference';

function randomOf(seed: number): <T>(choices: readonly T[]) => T {
  let state = seed;
  return (choices) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return choices[Math.floor((state / 0x80000000) * choices.length)];
  };
}

const NAMES = [
  'Hũ gạo tình thương',
  'hũ gạo tình thương',
  'Hu gao tinh thuong',
  'Hũ gạo, tình thương',
  '  Hũ gạo   tình thương ',
  'HŨ GẠO TÌNH THƯƠNG',
  'Hòa giải ở cơ sở',
  'Hoà giải ở cơ sở',
  'Hoa giai o co so!',
  'Dân vận khéo',
  'Dân vận khéo 2',
  '',
  'A',
  '𝐀 surrogate',
];
/** Mostly the names above (groups large and colliding), some numbered (small groups, `Duy trì` without history). */
const MIXED = [...NAMES, ...NAMES, ...NAMES.flatMap((name) => Array.from({ length: 6 }, (_, k) => `${name} ${k}`))];
const YEARS: CellValue[] = [2021, 2022, 2023, 2023, 2024, null, 'năm ngoái', 1800];
const UNITS: CellValue[] = ['Chi bộ Văn phòng', 'Chi bộ Trường học', 'Đảng ủy xã An Bình', null];
const IMPLEMENTERS: CellValue[] = ['Chi hội Phụ nữ', 'chi hội phụ nữ', 'Đoàn Thanh niên', ''];
const REGISTRATIONS: CellValue[] = ['Đăng ký mới', 'Duy trì', 'Duy trì'];
const CODES: CellValue[] = ['', '', '', '', '', '', 'MH01', 'mh01', 'MH02'];

function randomRows(seed: number, count: number, names: readonly string[] = MIXED): RegistrationRow[] {
  const pick = randomOf(seed);
  const models: Model[] = Array.from({ length: count }, () => ({
    year: pick(YEARS),
    name: pick(names),
    implementer: pick(IMPLEMENTERS),
    unit: pick(UNITS),
    registration: pick(REGISTRATIONS),
    code: pick(CODES),
  }));
  return readWorkbooks([book([registrations(models)])]).rows;
}

/** A fast rule's drafts as the twin's findings: the row's index and the row (or year) it names. */
function asTwin(rows: readonly RegistrationRow[], drafts: readonly Draft[]): TwinFinding[] {
  const index = new Map(rows.map((r, i) => [r, i]));
  const byNumber = new Map(rows.map((r, i) => [String(r.rowNumber), i]));
  return drafts.map((d) => ({
    row: index.get(d.row) as number,
    names: 'first' in d.words.params ? (byNumber.get(String(d.words.params.first)) as number) : (d.words.params.year as number),
  }));
}

const RULES = [
  ['duplicates', duplicates, duplicatesTwin],
  ['nearDuplicates', nearDuplicates, nearDuplicatesTwin],
  ['maintainedHistory', maintainedHistory, maintainedHistoryTwin],
] as const;

describe('the rules that compare rows, against their plain twins', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random register %i (small groups and groups past 32 rows)', (seed) => {
    const rows = randomRows(seed, 600);
    const sizes = new Map<string, number>();
    for (const row of rows) sizes.set(normLoose(row.name), (sizes.get(normLoose(row.name)) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeGreaterThan(32);
    for (const [, fast, twin] of RULES) {
      const expected = twin(rows);
      expect(asTwin(rows, fast(rows))).toEqual(expected);
    }
    // The drafts are not all empty: the registers collide as meant.
    expect(duplicatesTwin(rows).length).toBeGreaterThan(0);
    expect(nearDuplicatesTwin(rows).length).toBeGreaterThan(0);
    expect(maintainedHistoryTwin(rows).length).toBeGreaterThan(0);
  });

  it('a register of only small groups, with thousands of distinct names', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `${NAMES[i % NAMES.length]} ${Math.floor(i / 3)}`);
    const rows = randomRows(11, 2000, names);
    for (const [, fast, twin] of RULES) expect(asTwin(rows, fast(rows))).toEqual(twin(rows));
  });
});

describe('loose name numbers, against a Map of normLoose', () => {
  it('numbers names as the plain map does, past the table growing several times', () => {
    const pick = randomOf(5);
    const pieces = ['a', 'A', 'à', 'ạ', 'Ư', 'đ', 'Đ', ' ', '  ', ',', '-', '1', '\u00a0', '\u200b', 'o\u0301a', 'óa', '𝐀', 'ß', 'İ'];
    const names = Array.from({ length: 6000 }, () =>
      Array.from({ length: 1 + (pick(pieces).length % 7) + pick([0, 1, 2, 3, 4]) }, () => pick(pieces)).join(''),
    );
    const fast = looseNameNumbers(10);
    const plain = new Map<string, number>();
    const plainId = (name: string): number => {
      const loose = normLoose(name);
      let id = plain.get(loose);
      if (id === undefined) plain.set(loose, (id = plain.size));
      return id;
    };
    const differing = names.filter((name) => fast.idOf(name) !== plainId(name));
    expect(differing).toEqual([]);
    // Past 512 distinct names the table has doubled at least once.
    expect(plain.size).toBeGreaterThan(1024);
  });
});

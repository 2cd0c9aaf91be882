/**
 * Realistic registration data for the benchmarks, made from the seed 004 fixture (191 rows of
 * Thành ủy Bắc Kạn, 2022): its rows repeated with the same units, spellings, statuses and fields,
 * each copy under another year (2021-2025) and with model names and codes made unique, so that the
 * checks find what they would in a real province-sized set (no mass duplicates).
 */
import { seed004Sheets, type Cell, type FixtureSheet } from '../test/fixtures/seed004';
import { UNITS } from '../test/fixtures/seed004-names';

/** Columns of the fixture's `Đăng ký` (REGISTRATION_HEADER). */
const COL = { stt: 0, code: 1, year: 2, name: 3, unit: 6, bloc: 7, commune: 8 } as const;
const FIRST_YEAR = 2021;
const YEARS = 5;

function seedParts(): { header: Cell[]; rows: Cell[][]; units: FixtureSheet; info: FixtureSheet } {
  const [registrations, units, info] = seed004Sheets();
  const [header, ...rows] = registrations.rows;
  return { header, rows, units, info };
}

/** A copy of a seed row: the `copy`-th repetition, its year and its model's number. */
function variant(row: readonly Cell[], copy: number, stt: number): Cell[] {
  const out = [...row];
  const model = Math.floor(copy / YEARS) + 1;
  out[COL.stt] = stt;
  out[COL.year] = FIRST_YEAR + (copy % YEARS);
  out[COL.name] = `${row[COL.name] as string} – mô hình số ${model}`;
  out[COL.code] = `${row[COL.code] as string}-${model}`;
  return out;
}

/** The seed workbook with `rows` registration rows (`Đăng ký`, `Danh mục`, `Thông tin`). */
export function registrationSheets(count: number): FixtureSheet[] {
  const seed = seedParts();
  const rows: Cell[][] = [seed.header];
  for (let i = 0; i < count; i++) rows.push(variant(seed.rows[i % seed.rows.length], Math.floor(i / seed.rows.length), i + 1));
  return [{ name: 'Đăng ký', rows }, seed.units, seed.info];
}

/** The district's workbook the units' files are consolidated into: `Danh mục` and `Thông tin` of the seed. */
export function baseSheets(): FixtureSheet[] {
  const seed = seedParts();
  return [seed.units, seed.info];
}

/** Party cells added to the seed's units, so that 60 units each send a file a year. */
const EXTRA_CELLS = [
  'Nà Ỏi',
  'Khuổi Cuồng',
  'Nà Pài',
  'Bản Cạu',
  'Phiêng Luông',
  'Tổ 1',
  'Tổ 2',
  'Tổ 3',
  'Tổ 4',
  'Tổ 5',
  'Tổ 6',
  'Tổ 7',
  'Tổ 8',
  'Tổ 9',
  'Tổ 10',
  'Tổ 11',
  'Tổ 12',
  'Pá Danh',
  'Nà Khon',
  'Bản Vẻn',
  'Khau Cưởm',
  'Nà Diếu',
  'Phja Khao',
];
const EXTRA_UNITS: Cell[][] = EXTRA_CELLS.map((cell, i) => [`Chi bộ ${cell}`, 'Xã, phường', i % 2 === 0 ? 'Dương Quang' : 'Huyền Tụng', null, null]);

/** The units whose files are consolidated: the seed's 37 and 23 party cells. */
export const UNIT_NAMES: readonly string[] = [...UNITS.map((u) => u.name), ...EXTRA_UNITS.map((u) => u[0] as string)];

/** The district's workbook the units' files are consolidated into: `Danh mục` (all 60 units) and `Thông tin` of the seed. */
export function consolidationBaseSheets(): FixtureSheet[] {
  const [units, info] = baseSheets();
  return [{ name: units.name, rows: [...units.rows, ...EXTRA_UNITS] }, info];
}

/**
 * One unit's workbook for one year: `rows` rows taken from the seed (from `offset`, cycling), all
 * under that unit (its bloc and commune left to `Danh mục`), and a `Thông tin` naming the unit.
 */
export function unitFileSheets(unit: string, year: number, count: number, offset: number): FixtureSheet[] {
  const seed = seedParts();
  const rows: Cell[][] = [seed.header];
  for (let i = 0; i < count; i++) {
    const row = [...seed.rows[(offset + i) % seed.rows.length]];
    row[COL.stt] = i + 1;
    row[COL.year] = year;
    row[COL.unit] = unit;
    row[COL.bloc] = null;
    row[COL.commune] = null;
    row[COL.name] = `${row[COL.name] as string} – mô hình số ${i + 1}`;
    row[COL.code] = `${row[COL.code] as string}-${year}-${i + 1}`;
    rows.push(row);
  }
  const info: Cell[][] = [
    ['Cơ quan báo cáo', unit],
    ['Năm báo cáo', year],
  ];
  return [
    { name: 'Đăng ký', rows },
    { name: 'Thông tin', rows: info },
  ];
}

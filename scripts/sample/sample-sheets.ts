/**
 * The sample workbook shipped with the browser preview (assets/mau-dan-van-kheo.xlsx): a slice of the
 * seed 004 fixture (Thành ủy Bắc Kạn, 2022) laid out as the standard workbook, with a few mistakes a
 * clerk really makes, so that "Kiểm tra" has something to show:
 *
 * 1. a field the movement does not have (`Lĩnh vực 5`)               → invalid-value (error)
 * 2. a row typed twice                                               → duplicate (error)
 * 3. a recognised model whose decision number was left out           → decision-missing (warning)
 * 4. a unit that is not in Danh mục                                  → unit-unknown (warning)
 * 5. a ward unit listed in Danh mục without its ward, one of its rows
 *    without Xã/phường either                                        → commune-missing (error)
 *
 * Written by `npm run sample` (scripts/make-sample.js); test/preview/sample-workbook.test.ts checks
 * the committed file against these sheets and the findings against the list above.
 */
import { INFO_LABELS, REGISTRATION_COLUMNS, UNIT_LIST_COLUMNS, type ColumnKey, type TableCell } from '../../src/engine';
import type { SheetContent } from '../../src/workbook/sheet-content';
import { INFO_SHEET, REGISTRATION_SHEET, UNIT_SHEET, standardSheets } from '../../src/workbook/standard-template';
import { REGISTRATION_HEADER, seed004Sheets } from '../../test/fixtures/seed004';
import { UNITS } from '../../test/fixtures/seed004-names';

/** Units of the slice, in the order of Danh mục: a few of each bloc. */
const SAMPLE_UNITS = ['mttq', 'thcs', 'thpt', 'nvld', 'vpub', 'kiemlam', 'ca', 'qs', 'benxe', 'buudien', 'sc', 'ht', 'pck'];

/** Listed in Danh mục without its ward (mistake 5); its clerk types the ward on each row instead. */
const WARD_TYPED_ON_ROWS = 'ht';
/** Not in Danh mục (mistake 4). */
export const UNLISTED_UNIT = 'Chi bộ Trạm Khuyến nông thành phố';

type Row = TableCell[];

const unitOf = (key: string) => {
  const unit = UNITS.find((u) => u.key === key);
  if (!unit) throw new Error(`sample: no unit ${key}`);
  return unit;
};

/** Seed rows of the chosen units, re-laid in the standard columns (with `Nguồn`), renumbered. */
function registrationRows(): Row[] {
  const [header, ...seedRows] = seed004Sheets()[0].rows;
  if (header.join('|') !== REGISTRATION_HEADER.join('|')) throw new Error('sample: seed header changed');
  const from = (key: ColumnKey): number => REGISTRATION_HEADER.indexOf(REGISTRATION_COLUMNS.find((c) => c.key === key)!.header);
  const unitNames = new Map(SAMPLE_UNITS.map((key) => [key, unitOf(key)]));
  const isSampleUnit = (row: Row): string | undefined =>
    [...unitNames].find(([, u]) => {
      const typed = String(row[from('unit')]).replace(/\s+/g, ' ').trim().toLowerCase();
      return typed === u.name.toLowerCase() || (u.aliases ?? '').toLowerCase().split('; ').includes(typed);
    })?.[0];

  const rows: Row[] = [];
  for (const seedRow of seedRows) {
    const key = isSampleUnit(seedRow);
    if (!key) continue;
    const row = REGISTRATION_COLUMNS.map((c) => (REGISTRATION_HEADER.includes(c.header) ? seedRow[from(c.key)] : null));
    if (key === WARD_TYPED_ON_ROWS) {
      row[col('bloc')] = 'Xã, phường';
      row[col('commune')] = unitOf(key).commune ?? null;
    }
    rows.push(row);
  }
  return rows;
}

const col = (key: ColumnKey): number => REGISTRATION_COLUMNS.findIndex((c) => c.key === key);

/** Finds the first row of a unit with a given status (for placing the mistakes). */
function rowOf(rows: Row[], unit: string, status: string | null, after = 0): number {
  const at = rows.findIndex((r, i) => i >= after && r[col('unit')] === unit && r[col('status')] === status);
  if (at < 0) throw new Error(`sample: no row of ${unit} with status ${status}`);
  return at;
}

function withMistakes(rows: Row[]): Row[] {
  const out = rows.map((r) => [...r]);
  // 1. Lĩnh vực 5 does not exist.
  out[rowOf(out, unitOf('thcs').name, 'Không đạt')][col('field')] = 'Lĩnh vực 5';
  // 3. Recognised, decision number left out.
  out[rowOf(out, unitOf('nvld').name, 'Được công nhận')][col('decision')] = null;
  // 5. The ward left out on one row of the unit whose Danh mục entry has none.
  out[rowOf(out, unitOf(WARD_TYPED_ON_ROWS).name, null)][col('commune')] = null;
  // 2. A model typed twice: its copy right below it.
  const twice = rowOf(out, unitOf('benxe').name, 'Được công nhận');
  out.splice(twice + 1, 0, [...out[twice]]);
  // 4. A unit not in Danh mục, with its bloc typed.
  const last = out.findLastIndex((r) => r[col('bloc')] === null && r[col('unit')] === unitOf('vpub').name);
  out.splice(last + 1, 0, [
    null,
    'BK-2022-201',
    2022,
    'Hướng dẫn nông dân áp dụng quy trình sản xuất rau an toàn theo tiêu chuẩn VietGAP',
    'Chi bộ Trạm Khuyến nông thành phố',
    'Tập thể',
    UNLISTED_UNIT,
    'Hành chính sự nghiệp',
    null,
    3,
    'Đăng ký mới',
    'Đăng ký',
    null,
    null,
    null,
  ]);
  return out.map((r, i) => [i + 1, ...r.slice(1)]);
}

function unitRows(): Row[] {
  return SAMPLE_UNITS.map((key) => {
    const u = unitOf(key);
    return [u.name, u.bloc, key === WARD_TYPED_ON_ROWS ? null : (u.commune ?? null), u.aliases ?? null, u.successor ?? null];
  });
}

function infoRows(): Row[] {
  const seedInfo = new Map(seed004Sheets()[2].rows.map(([label, value]) => [label, value]));
  seedInfo.set(INFO_LABELS.place, 'Bắc Kạn');
  return Object.values(INFO_LABELS).map((label) => [label, seedInfo.get(label) ?? null]);
}

/** The sample's sheets: the standard workbook (dropdowns, widths, frozen header, hidden lists) filled in. */
export function sampleSheets(): SheetContent[] {
  const filled: Record<string, Row[]> = {
    [REGISTRATION_SHEET]: [REGISTRATION_COLUMNS.map((c) => c.header), ...withMistakes(registrationRows())],
    [UNIT_SHEET]: [UNIT_LIST_COLUMNS.map((c) => c.header), ...unitRows()],
    [INFO_SHEET]: infoRows(),
  };
  return standardSheets().map((sheet) => (filled[sheet.name] ? { ...sheet, values: filled[sheet.name] } : sheet));
}

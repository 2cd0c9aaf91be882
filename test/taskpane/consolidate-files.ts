/** Units' files for the Tổng hợp đơn vị tests: real .xlsx bytes with the workbook's own modified date, as the browser's File. */
import ExcelJS from 'exceljs';
import type { Cell, FixtureSheet } from '../fixtures/seed004';
import { FakeWorkbook } from './fake-workbook';
import { HEADER } from './workbooks';

export const NA_PAI = 'Chi bộ thôn Nà Pài';
export const TRUONG = 'Chi bộ Trường THCS Lục Bình';
export const CONG_AN = 'Chi bộ Công an xã';
export const Y_TE = 'Chi bộ Trạm Y tế xã';

export interface Model {
  name: string;
  year?: number;
  kind?: string;
}

/** A unit's registration sheet: the standard header and one row per model. */
export function unitSheets(unit: string, models: readonly Model[]): FixtureSheet[] {
  const col = (h: string): number => HEADER.indexOf(h);
  const rows = models.map((m, i) => {
    const row: Array<string | number | null> = HEADER.map(() => null);
    const set: Record<string, string | number> = {
      STT: i + 1,
      Năm: m.year ?? 2024,
      'Tên mô hình': m.name,
      'Tập thể/cá nhân thực hiện': 'Chi hội Phụ nữ',
      Loại: m.kind ?? 'Tập thể',
      'Chi, đảng bộ': unit,
      'Lĩnh vực': 'Nông thôn mới, đô thị văn minh',
      'Hình thức': 'Đăng ký mới',
    };
    for (const [h, v] of Object.entries(set)) row[col(h)] = v;
    return row;
  });
  return [{ name: 'Đăng ký', rows: [[...HEADER], ...rows] }];
}

/** The sheets as .xlsx bytes whose document properties say `modified`. */
export async function unitFileBytes(sheets: readonly FixtureSheet[], modified: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2024, 9, 1));
  workbook.modified = modified;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (worksheet.getCell(r + 1, c + 1).value = value)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function unitFile(name: string, unit: string, models: readonly Model[], modified: Date): Promise<File> {
  const bytes = await unitFileBytes(unitSheets(unit, models), modified);
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { lastModified: modified.getTime() });
}

/** The district's header: the standard one without `Nguồn` (the merge adds it). */
export const DISTRICT_HEADER = HEADER.filter((h) => h !== 'Nguồn');

/** A row of the district's own (typed in the workbook, no `Nguồn`). */
export function ownRow(unit: string, name: string): Cell[] {
  const row: Cell[] = DISTRICT_HEADER.map(() => null);
  const set: Record<string, Cell> = {
    STT: 1,
    Năm: 2024,
    'Tên mô hình': name,
    'Tập thể/cá nhân thực hiện': 'Đoàn thanh niên',
    Loại: 'Tập thể',
    'Chi, đảng bộ': unit,
    'Lĩnh vực': 'Cải cách hành chính, xây dựng công sở',
    'Hình thức': 'Duy trì',
  };
  for (const [h, v] of Object.entries(set)) row[DISTRICT_HEADER.indexOf(h)] = v;
  return row;
}

/** The consolidating workbook's sheets: four units, report year 2024, Hạn nộp 15/11/2024, `own` rows of its own. */
export function districtSheets(own: Cell[][]): FixtureSheet[] {
  return [
    { name: 'Đăng ký', rows: [DISTRICT_HEADER, ...own] },
    {
      name: 'Danh mục',
      rows: [
        ['Đơn vị', 'Khối', 'Xã/phường'],
        [NA_PAI, 'Xã, phường', 'Lục Bình'],
        [TRUONG, 'Hành chính sự nghiệp', null],
        [CONG_AN, 'Nội chính', null],
        [Y_TE, 'Hành chính sự nghiệp', null],
      ],
    },
    {
      name: 'Thông tin',
      rows: [
        ['Cơ quan báo cáo', 'Đảng ủy xã Lục Bình'],
        ['Năm báo cáo', 2024],
        ['Hạn nộp', '15/11/2024'],
      ],
    },
  ];
}

/** The consolidating workbook, with one row of its own unless told otherwise. */
export function districtWorkbook(own: Cell[][] = [ownRow(Y_TE, 'Tủ thuốc nhân dân')]): FakeWorkbook {
  return new FakeWorkbook(districtSheets(own));
}

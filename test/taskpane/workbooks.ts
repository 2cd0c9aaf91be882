import { REGISTRATION_COLUMNS, type CellValue } from '../../src/engine';
import { seed004Sheets } from '../fixtures/seed004';
import { FakeWorkbook } from './fake-workbook';

type Rows = CellValue[][];

export const UNITS: Rows = [
  ['Đơn vị', 'Khối', 'Xã/phường', 'Tên khác', 'Đơn vị mới'],
  ['Chi bộ thôn Nà Pài', 'Xã, phường', 'Lục Bình', null, null],
  ['Chi bộ Trường THCS Lục Bình', 'Hành chính sự nghiệp', null, null, null],
  ['Chi bộ Công an xã', 'Nội chính', null, null, null],
];

export const INFO: Rows = [
  ['Cơ quan báo cáo', 'Đảng ủy xã Lục Bình'],
  ['Cấp', 'Xã'],
  ['Năm báo cáo', 2024],
  ['Giai đoạn', '2021-2025'],
];

/** The standard header row, in the spec's order. */
export const HEADER = REGISTRATION_COLUMNS.map((c) => c.header);

export const ROW_2 = [
  1,
  'LB-01',
  2024,
  'Vận động nhân dân làm đường bê tông nông thôn',
  'Chi bộ thôn Nà Pài',
  'Tập thể',
  'Chi bộ thôn Nà Pài',
  null,
  null,
  'Nông thôn mới, đô thị văn minh',
  'Duy trì',
  'Đăng ký',
  null,
  null,
  null,
];
export const ROW_3 = [
  2,
  'LB-02',
  2024,
  'Thư viện xanh cho học sinh',
  'Chi bộ Trường THCS Lục Bình',
  'Tập thể',
  'Chi bộ Trường THCS Lục Bình',
  null,
  null,
  'Bản sắc văn hóa, du lịch, dịch vụ',
  'Đăng ký mới',
  'Đủ điều kiện bình xét',
  null,
  null,
  null,
];

/** A commune's small standard workbook: two registrations, three units, report year 2024. */
export function communeWorkbook(): FakeWorkbook {
  return new FakeWorkbook([
    { name: 'Đăng ký', rows: [HEADER, ROW_2, ROW_3] },
    { name: 'Danh mục', rows: UNITS },
    { name: 'Thông tin', rows: INFO },
  ]);
}

/** The seed 004 workbook of Bắc Kạn, 2022: 191 registrations. */
export const seed004Workbook = (capabilities?: ConstructorParameters<typeof FakeWorkbook>[1]): FakeWorkbook => new FakeWorkbook(seed004Sheets(), capabilities);

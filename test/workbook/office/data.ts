import { REGISTRATION_COLUMNS } from '../../../src/engine';
import type { SheetContent } from '../../../src/workbook/sheet-content';
import type { Scalar } from './fake-model';
import { FakeExcel, MB } from './fake-excel';

/** Realistic registration rows: 15 columns of Vietnamese text, model names of about 70 characters. */
export const HEADER = REGISTRATION_COLUMNS.map((c) => c.header);

const ACTIONS = [
  'Dân vận khéo trong xây dựng',
  'Vận động nhân dân tham gia',
  'Phát huy vai trò người uy tín trong',
  'Đổi mới cách làm trong',
  'Nâng cao hiệu quả công tác',
];
const OBJECTS = [
  'tuyến đường nông thôn mới kiểu mẫu',
  'cải cách thủ tục hành chính một cửa',
  'giữ gìn bản sắc văn hóa dân tộc Tày, Nùng',
  'phát triển du lịch cộng đồng gắn với dịch vụ',
  'bảo vệ môi trường, phân loại rác tại nguồn',
];
const PLACES = ['thôn Nà Làng', 'bản Pác Ngòi', 'tổ dân phố Đức Xuân', 'thôn Khuổi Ún', 'xóm Bản Chẳng', 'tiểu khu Phùng Chí Kiên'];
const PEOPLE = [
  'Chi bộ thôn Nà Làng',
  'Hội Liên hiệp Phụ nữ xã',
  'Đoàn Thanh niên xã Xuất Hóa',
  'Ông Hoàng Văn Thụ',
  'Bà Nông Thị Hương',
  'Hội Cựu chiến binh phường',
];
const UNITS = ['Đảng bộ xã Xuất Hóa', 'Chi bộ Trường THPT Bắc Kạn', 'Đảng bộ phường Đức Xuân', 'Đảng bộ Công an tỉnh', 'Chi bộ Bệnh viện Đa khoa'];
const BLOCS = ['Xã, phường', 'Hành chính sự nghiệp', 'Xã, phường', 'Nội chính', 'Hành chính sự nghiệp'];
const COMMUNES = ['Xuất Hóa', 'Dương Quang', 'Đức Xuân', 'Huyền Tụng', 'Nông Thượng'];
const STATUSES = ['Đăng ký', 'Đủ điều kiện bình xét', 'Đề nghị công nhận', 'Được công nhận', 'Tiêu biểu'];
const NOTES = ['Đã kiểm tra hồ sơ', 'Bổ sung minh chứng', 'Mô hình nhân rộng', 'Chờ bình xét cuối năm'];

export function registrationRow(i: number): Scalar[] {
  const u = i % UNITS.length;
  return [
    i + 1,
    `MH-${String(100000 + i)}`,
    2021 + (i % 4),
    `${ACTIONS[i % 5]} ${OBJECTS[(i >> 2) % 5]} ở ${PLACES[i % 6]}`.slice(0, 72),
    PEOPLE[i % PEOPLE.length],
    i % 6 >= 3 ? 'Cá nhân' : 'Tập thể',
    UNITS[u],
    BLOCS[u],
    COMMUNES[u],
    (i % 4) + 1,
    i % 3 === 0 ? 'Duy trì' : 'Đăng ký mới',
    STATUSES[i % STATUSES.length],
    `${100 + (i % 900)}-QĐ/ĐU`,
    `don_vi_${u + 1}.xlsx`,
    NOTES[i % NOTES.length],
  ];
}

/** The header and `count` rows. */
export const registrationGrid = (count: number): Scalar[][] => [HEADER, ...Array.from({ length: count }, (_, i) => registrationRow(i))];

/** A software-written sheet of `rows` data rows under a merged title and a header, with every nicety. */
export function bigContent(rows: number, name = 'Tổng hợp', width = 8): SheetContent {
  const values = [
    ['BIỂU 01: TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO” THEO ĐƠN VỊ', ...Array(width - 1).fill(null)],
    HEADER.slice(0, width),
    ...Array.from({ length: rows }, (_, i) =>
      registrationRow(i)
        .slice(0, width)
        .map((v) => v as string | number),
    ),
  ];
  const last = values.length - 1;
  return {
    name,
    values,
    styles: [
      { range: { r1: 0, c1: 0, r2: 0, c2: width - 1 }, style: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: { r1: 1, c1: 0, r2: 1, c2: width - 1 }, style: { bold: true, border: true, wrap: true, vertical: 'middle', horizontal: 'center' } },
      { range: { r1: 2, c1: 0, r2: last, c2: width - 1 }, style: { border: true, vertical: 'top' } },
      { range: { r1: 2, c1: 0, r2: last, c2: 0 }, style: { numberFormat: '#,##0' } },
      { range: { r1: 2, c1: 3, r2: last, c2: 3 }, style: { wrap: true, italic: true } },
    ],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: width - 1 }],
    columnWidths: [6, 14, 8, 48, 30, 10, 28, 20].slice(0, width),
    rowHeights: { 0: 30, 1: 45 },
    page: { orientation: 'landscape', fitToWidth: true },
    freezeRows: 2,
    validations: [
      { range: { r1: 2, c1: 5, r2: last, c2: 5 }, list: ['Tập thể', 'Cá nhân'] },
      { range: { r1: 2, c1: 6, r2: last, c2: 6 }, list: { reference: "'Danh mục'!$A$2:$A$1000" }, prompt: 'Chọn đơn vị trong Danh mục' },
    ],
  };
}

/** A fake Excel at `version` with `rows` registrations, a Danh mục and a Thông tin. */
export function registrationWorkbook(rows: number, version = '1.9'): FakeExcel {
  const fake = new FakeExcel(version);
  fake.addSheet('Đăng ký', registrationGrid(rows));
  fake.addSheet('Danh mục', [
    ['Đơn vị', 'Khối'],
    ['Đảng bộ xã Xuất Hóa', 'Xã, phường'],
  ]);
  fake.addSheet('Thông tin', [
    ['Cơ quan báo cáo', 'Đảng ủy xã Lục Bình'],
    ['Năm báo cáo', 2024],
  ]);
  return fake;
}

/**
 * Notes each read's syncs and payloads, printed when the test file is done (the figures quoted in
 * the adapter's report).
 */
export function readMeasures(): (rows: number, fake: FakeExcel) => void {
  const measured: string[] = [];
  afterAll(() => process.stdout.write(`\nreadWorkbook, 15 columns:\n${measured.join('\n')}\n`));
  return (rows, fake) =>
    void measured.push(
      `  ${String(rows).padStart(7)} rows: ${fake.syncs} syncs, max request ${fake.maxRequest} B, max response ${fake.maxResponse} B` +
        ` (${fake.records.map((r) => (r.responseBytes / MB).toFixed(2)).join(' + ')})`,
    );
}

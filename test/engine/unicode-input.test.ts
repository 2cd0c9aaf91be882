/**
 * The same workbook typed as NFC, as NFD (decomposed, as macOS and some Vietnamese keyboards give it)
 * and with invisible characters sprinkled in reads, checks, counts and reports exactly alike.
 */
import { analyse, cleanText, DIMENSIONS, readWorkbooks, reportDocument, summarize, type CellValue, type WorkbookGrids } from '../../src/engine';
import { toGrids, type SheetRows } from '../helpers/grids';

/** A realistic workbook: a title block, a Danh mục with other spellings, Thông tin, and a few mistakes. */
function nfcSheets(): SheetRows[] {
  const header = [
    'STT',
    'Năm',
    'Tên mô hình',
    'Tập thể/cá nhân thực hiện',
    'Loại',
    'Chi, đảng bộ',
    'Khối',
    'Xã/phường',
    'Lĩnh vực',
    'Hình thức',
    'Kết quả',
    'Số quyết định',
  ];
  const rows: CellValue[][] = [
    [1, 2023, 'Hũ gạo tình thương', 'Chi hội Phụ nữ thôn Nà Cà', 'Tập thể', 'Đảng bộ xã Xuất Hóa', null, null, 3, 'Đăng ký mới', 'Được công nhận', '12-QĐ/TU'],
    [2, 2024, 'Hũ gạo tình thương', 'Chi hội Phụ nữ thôn Nà Cà', 'Tập thể', 'ĐB Xuất Hoá', null, null, 'LV3', 'Duy trì', 'Tiêu biểu', '25-QĐ/TU'],
    [3, 2024, 'Hu gao tinh thuong!', 'Chi đoàn thôn Nà Cà', 'Tập thể', 'Đảng bộ xã Xuất Hóa', null, null, 'Lĩnh vực 3', 'Mới', 'Đề nghị công nhận', null],
    [
      4,
      '2024',
      'Con đường bích họa',
      'Đoàn Thanh niên phường',
      'Tập thể',
      'Đảng bộ phường Đức Xuân',
      'Xã, phường',
      'Đức Xuân',
      'Nông thôn mới, đô thị văn minh',
      'Đăng ký mới',
      'Được công nhận',
      null,
    ],
    [
      5,
      2024,
      'Một cửa thân thiện',
      'Nguyễn Thị Thủy',
      'Cá nhân',
      'Chi bộ Văn phòng Huyện ủy',
      'Hành chính sự nghiệp',
      null,
      'Cải cách hành chính, xây dựng công sở',
      'Duy trì',
      'Đủ điều kiện bình xét',
      null,
    ],
    [6, 2024, 'Một cửa thân thiện', 'Nguyễn Thị Thủy', 'Cá nhân', 'chi bộ văn phòng huyện uỷ', null, null, 2, 'Duy trì', null, null],
    [
      7,
      2019,
      'Dân vận khéo trong giữ gìn bản sắc',
      'Đội văn nghệ thôn Bản Pục',
      'Tập thể',
      'Đảng bộ xã Xuất Hóa',
      null,
      null,
      'Bản sắc văn hóa, du lịch, dịch vụ',
      'Đăng ký mới',
      'Không đạt',
      null,
    ],
    [
      8,
      2024,
      'Vườn thuốc nam',
      'Chi hội Người cao tuổi',
      'Tập thể',
      'Chi bộ Trạm Y tế',
      'Hành chính sự nghiệp',
      null,
      4,
      'Đăng ký mới',
      'Dừng thực hiện',
      null,
    ],
    [
      9,
      2024,
      'Tổ tự quản an ninh',
      'Công an xã',
      'Tập thể',
      'Chi bộ Công an',
      'Nội chính',
      null,
      'Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
      'Đăng ký mới',
      'Được công nhận',
      '30-QĐ/TU',
    ],
    [10, 2024, 'Điểm sáng giao thông', 'Đoàn Thanh niên', 'Tập thể', 'Đảng bộ xã Dương Quang', null, null, 3, 'Đăng ký mới', 'Khong dat', null],
    [11, 2024, 'Nhà sạch vườn đẹp', 'Hội Nông dân', 'Tập thể', 'Đảng bộ xã Dương Quang', null, null, 'LV 9', 'Đăng ký mới', null, null],
    [12, 'năm 2024', 'Gương sáng', 'Lý Văn Minh', 'Cá nhân', 'Chi bộ Công an', null, null, 1, 'Đăng ký mới', null, null],
  ];
  return [
    {
      name: 'Đăng ký',
      rows: [['ĐẢNG BỘ HUYỆN BẠCH THÔNG'], ['DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024'], [], header, ...rows],
    },
    {
      name: 'Danh mục',
      rows: [
        ['Đơn vị', 'Khối', 'Xã/phường', 'Tên khác'],
        ['Chi bộ Văn phòng Huyện ủy', 'Hành chính sự nghiệp', null, 'VP Huyện ủy'],
        ['Chi bộ Công an', 'Nội chính', null, null],
        ['Đảng bộ xã Xuất Hóa', 'Xã, phường', 'Xuất Hóa', 'ĐB Xuất Hóa; Đảng bộ Xuất Hóa'],
        ['Đảng bộ phường Đức Xuân', 'Xã, phường', 'Đức Xuân', null],
        ['Đảng bộ xã Dương Quang', 'Xã, phường', 'Dương Quang', null],
      ],
    },
    {
      name: 'Thông tin',
      rows: [
        ['Cơ quan báo cáo', 'Huyện ủy Bạch Thông'],
        ['Cấp', 'Huyện'],
        ['Năm báo cáo', 2024],
        ['Giai đoạn', '2021-2025'],
        ['Người ký', 'Hoàng Thị Thuỷ'],
      ],
    },
  ];
}

/** Every string of every sheet (names included) passed through `f`. */
function mapStrings(sheets: SheetRows[], f: (s: string) => string): SheetRows[] {
  return sheets.map((s) => ({ name: f(s.name), rows: s.rows.map((row) => row.map((v) => (typeof v === 'string' ? f(v) : v))) }));
}

/** Zero-width space in front, BOM at the end, non-breaking spaces for spaces, a soft hyphen inside the first word. */
const sprinkle = (s: string): string =>
  '\u200B' +
  s
    .replace(/ /g, '\u00A0')
    .replace(/^(\P{L}*\p{L})(\p{L})/u, '$1\u00AD$2')
    .replace(/(\p{L})$/u, '$1\u2060') +
  '\uFEFF';

const VARIANTS: Array<[string, (sheets: SheetRows[]) => SheetRows[]]> = [
  ['NFD', (sheets) => mapStrings(sheets, (s) => s.normalize('NFD'))],
  ['zero-width, non-breaking spaces and soft hyphens', (sheets) => mapStrings(sheets, sprinkle)],
  ['NFD with invisible characters', (sheets) => mapStrings(sheets, (s) => sprinkle(s).normalize('NFD'))],
];

function everything(workbook: WorkbookGrids) {
  const dataset = readWorkbooks([workbook]);
  const { findings, counted, excluded } = analyse(dataset);
  return {
    // A finding names the sheet as it is really called: compare its name cleaned.
    findings: findings.map((f) => ({ ...f, sheet: f.sheet === null ? null : cleanText(f.sheet) })),
    excluded,
    summaries: DIMENSIONS.map((d) => summarize(counted, [d], { excluded, blocs: dataset.blocs })),
    pairs: summarize(counted, ['bloc', 'commune', 'kind'], { excluded, blocs: dataset.blocs }),
    report: reportDocument(dataset, counted),
  };
}

const baseline = everything(toGrids(nfcSheets(), 'bach-thong.xlsx'));

it('the NFC workbook itself has the findings the comparison relies on', () => {
  expect(baseline.findings.map((f) => [f.rule, f.cell])).toEqual([
    ['near-duplicate', 'C7'],
    ['decision-missing', 'L8'],
    ['maintained-without-history', 'J9'],
    ['duplicate', 'C10'],
    ['maintained-without-history', 'J10'],
    ['year-mismatch', 'B11'],
    ['unit-unknown', 'F12'],
    ['invalid-value', 'I15'],
    ['year', 'B16'],
  ]);
  expect(baseline.excluded).toBe(2);
  expect(baseline.summaries[DIMENSIONS.indexOf('unit')].groups.map((g) => [g.values.unit, g.measures.registered])).toEqual([
    ['Chi bộ Công an', 1],
    ['Chi bộ Trạm Y tế', 1],
    ['Chi bộ Văn phòng Huyện ủy', 2],
    ['Đảng bộ phường Đức Xuân', 1],
    ['Đảng bộ xã Dương Quang', 1],
    ['Đảng bộ xã Xuất Hóa', 4],
  ]);
  expect(baseline.summaries[DIMENSIONS.indexOf('commune')].groups.map((g) => [g.values.commune, g.measures.registered])).toEqual([
    ['Dương Quang', 1],
    ['Đức Xuân', 1],
    ['Xuất Hóa', 4],
    [null, 4],
  ]);
});

describe.each(VARIANTS)('typed as %s', (_label, variant) => {
  const other = everything(toGrids(variant(nfcSheets()), 'bach-thong.xlsx'));

  it('the strings really differ from the NFC ones', () => {
    const [nfc, changed] = [nfcSheets(), variant(nfcSheets())];
    expect(changed[0].rows[3][2]).not.toBe(nfc[0].rows[3][2]);
    expect(changed[0].name).not.toBe(nfc[0].name);
  });

  it('gives the same summary for every dimension', () => {
    expect(other.summaries).toEqual(baseline.summaries);
    expect(other.pairs).toEqual(baseline.pairs);
  });

  it('gives the same findings, messages included', () => {
    expect(other.findings).toEqual(baseline.findings);
    expect(other.excluded).toBe(baseline.excluded);
  });

  it('writes the same report', () => {
    expect(other.report).toEqual(baseline.report);
  });
});

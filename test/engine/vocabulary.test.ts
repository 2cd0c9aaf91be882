/** Values of the enumerated columns: every spelling the spec allows, and what is not understood. */
import { parseYear } from '../../src/engine/report-info';
import { blocLookup, parseField, parseKind, parseRegistration, parseStatus } from '../../src/engine/vocabulary';
import { normLoose } from '../../src/engine';
import { checkSheets, registrations } from './builder';

/** A clerk typing without a Vietnamese keyboard. */
const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** The titles as the spec writes them (seed 004 report titles, seed 003 official titles). */
const TITLES: Array<[number, string[]]> = [
  [
    1,
    [
      'Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
      'Dân vận khéo trong xây dựng Đảng, chính quyền, MTTQ, các đoàn thể, đoàn viên, hội viên',
      'Dân vận khéo trong xây dựng Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể, đoàn viên, hội viên',
    ],
  ],
  [
    2,
    [
      'Cải cách hành chính, xây dựng công sở',
      'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức',
      'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức trong thực thi công vụ',
    ],
  ],
  [3, ['Nông thôn mới, đô thị văn minh', 'Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh']],
  [
    4,
    [
      'Bản sắc văn hóa, du lịch, dịch vụ',
      'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với du lịch, dịch vụ',
      'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với phát triển du lịch, dịch vụ',
      'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cổ kết cộng đồng gắn với du lịch, dịch vụ',
      'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hoá dân tộc, cổ kết cộng đồng gắn với phát triển du lịch, dịch vụ',
    ],
  ],
];

describe('field (lĩnh vực)', () => {
  it.each([[3], ['3'], [' 3 '], ['LV3'], ['LV 3'], ['lv3'], ['LV.3'], ['Lĩnh vực 3'], ['linh vuc 3'], ['LĨNH VỰC 3']])('the code %p is field 3', (value) => {
    expect(parseField(value)).toBe(3);
  });

  it.each([1, 2, 4])('every code works: %i, “%i”, “LV%i”, “Lĩnh vực %i”', (code) => {
    expect([code, String(code), `LV${code}`, `Lĩnh vực ${code}`].map(parseField)).toEqual([code, code, code, code]);
  });

  for (const [code, titles] of TITLES) {
    it.each(titles)(`“%s” is field ${code}, with or without diacritics, in any case`, (title) => {
      expect(parseField(title)).toBe(code);
      expect(parseField(withoutDiacritics(title))).toBe(code);
      expect(parseField(title.toUpperCase())).toBe(code);
      expect(parseField(title.normalize('NFD'))).toBe(code);
    });
  }

  it.each([[0], [5], [3.5], ['LV5'], ['Lĩnh vực'], ['3a'], ['Dân vận khéo'], [''], [null], [true]])('%p is not a field', (value) => {
    expect(parseField(value)).toBeNull();
  });
});

describe('kind (loại)', () => {
  it.each([
    ['Tập thể', 'collective'],
    ['tap the', 'collective'],
    ['TẬP THỂ', 'collective'],
    ['Cá nhân', 'individual'],
    ['ca nhan', 'individual'],
    [' Cá  nhân. ', 'individual'],
  ])('“%s” is %s', (value, kind) => {
    expect(parseKind(value)).toBe(kind);
  });

  it.each([['Nhóm'], [''], [null], ['Tập thể, cá nhân']])('%p is not a kind', (value) => {
    expect(parseKind(value)).toBeNull();
  });
});

describe('registration (hình thức)', () => {
  it.each([
    ['Duy trì', 'maintained'],
    ['duy tri', 'maintained'],
    ['DUY TRÌ', 'maintained'],
    ['Đăng ký mới', 'new'],
    ['dang ky moi', 'new'],
    ['Mới', 'new'],
    ['moi', 'new'],
  ])('“%s” is %s', (value, registration) => {
    expect(parseRegistration(value)).toBe(registration);
  });

  it.each([['Tiếp tục'], [''], [null], ['Đăng ký']])('%p is not a registration', (value) => {
    expect(parseRegistration(value)).toBeNull();
  });
});

describe('status (kết quả)', () => {
  it.each([
    ['Đăng ký', 'registered'],
    ['Đủ điều kiện bình xét', 'eligible'],
    ['Đề nghị công nhận', 'proposed'],
    ['Được công nhận', 'recognized'],
    ['Tiêu biểu', 'exemplary'],
    ['Không đạt', 'failed'],
    ['Dừng thực hiện', 'stopped'],
  ])('“%s” is %s, also without diacritics and in upper case', (label, status) => {
    expect(parseStatus(label)).toBe(status);
    expect(parseStatus(withoutDiacritics(label))).toBe(status);
    expect(parseStatus(withoutDiacritics(label).toLowerCase())).toBe(status);
    expect(parseStatus(label.toUpperCase())).toBe(status);
  });

  it('“duoc cong nhan” is recognised', () => {
    expect(parseStatus('duoc cong nhan')).toBe('recognized');
  });

  it.each([[''], ['   '], [null], [undefined]])('an empty status (%p) means Đăng ký', (value) => {
    expect(parseStatus(value)).toBe('registered');
  });

  it('an unknown status is not understood', () => {
    expect(parseStatus('Hoàn thành')).toBeNull();
  });
});

describe('bloc (khối)', () => {
  const blocs = blocLookup(['Đoàn thể']);
  const bloc = (text: string) => blocs.get(normLoose(text)) ?? null;

  it.each([
    ['Hành chính sự nghiệp', 'Hành chính sự nghiệp'],
    ['hanh chinh su nghiep', 'Hành chính sự nghiệp'],
    ['Nội chính', 'Nội chính'],
    ['Doanh nghiệp', 'Doanh nghiệp'],
    ['Xã, phường', 'Xã, phường'],
    ['Xã phường', 'Xã, phường'],
    ['Xã, phường, thị trấn', 'Xã, phường'],
    ['xa phuong thi tran', 'Xã, phường'],
    ['Đoàn thể', 'Đoàn thể'],
  ])('“%s” is %s', (text, canonical) => {
    expect(bloc(text)).toBe(canonical);
  });

  it('an unknown bloc is not understood', () => {
    expect(bloc('Khối lạ')).toBeNull();
  });
});

describe('year', () => {
  it.each([[2022], ['2022'], [' 2022 '], ['2022'.replace('2', '\u200B2')]])('%p is 2022', (value) => {
    expect(parseYear(value)).toBe(2022);
  });

  it.each([[2022.5], ['2022.0'], ['năm 2022'], ['22'], [''], [null]])('%p is not a year', (value) => {
    expect(parseYear(value)).toBeNull();
  });
});

describe('values as read from a sheet', () => {
  it('every spelling above reads the same row, without findings', () => {
    const { dataset, findings, counted } = checkSheets(
      registrations([
        { name: 'A', field: 3, registration: 'Mới', status: 'duoc cong nhan', decision: '12-QĐ', year: 2024 },
        { name: 'B', field: 'LV 3', registration: 'dang ky moi', status: 'Được công nhận', decision: '12-QĐ', year: '2024' },
        { name: 'C', field: 'linh vuc 3', registration: 'Đăng ký mới', status: null, kind: 'ca nhan', bloc: 'noi chinh' },
        { name: 'D', field: 'Nong thon moi, do thi van minh', registration: 'Duy trì', status: 'TIÊU BIỂU', decision: '12-QĐ' },
      ]),
    );
    expect(findings).toEqual([]);
    expect(counted).toHaveLength(4);
    expect(dataset.rows.map((r) => [r.year, r.field, r.registration, r.status, r.kind, r.rowBloc])).toEqual([
      [2024, 3, 'new', 'recognized', 'collective', null],
      [2024, 3, 'new', 'recognized', 'collective', null],
      [2024, 3, 'new', 'registered', 'individual', 'Nội chính'],
      [2024, 3, 'maintained', 'exemplary', 'collective', null],
    ]);
  });
});

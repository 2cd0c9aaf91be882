/** The drafted report (`reportDocument`): the sentences of the seeds, every figure from the data. */
import { reportDocument } from '../../src/engine';
import { book, check, infoSheet, registrations, unitList, type Model } from './builder';
import type { SheetRows } from '../helpers/grids';

/** `n` models alike but for their names. */
const many = (n: number, model: Model, prefix = 'Mô hình'): Model[] =>
  Array.from({ length: n }, (_, i) => ({ ...model, name: `${prefix} ${model.year ?? ''} ${model.kind ?? ''} ${model.status ?? ''} ${i + 1}` }));

function report(models: Model[], ...extra: SheetRows[]) {
  const { dataset, counted, excluded } = check(book([registrations(models), ...extra]));
  expect(excluded).toBe(0);
  return reportDocument(dataset, counted);
}

const FIELD1 = 'Dân vận khéo trong xây dựng Đảng, chính quyền, MTTQ, các đoàn thể, đoàn viên, hội viên';
const FIELD3 = 'Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh';
const FIELD4 = 'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với du lịch, dịch vụ';

describe('the year (seed 004)', () => {
  it('leaves out a part that is zero and a field with no model', () => {
    const doc = report([
      ...many(4, { field: 'LV1', registration: 'Đăng ký mới' }),
      ...many(2, { field: 3, registration: 'Duy trì' }),
      ...many(1, { field: 3, registration: 'Đăng ký mới' }),
      ...many(1, { field: 4, registration: 'Duy trì' }),
    ]);
    expect(doc.paragraphs).toEqual([
      'Trong năm, đã có 08 mô hình đăng ký thực hiện (trong đó duy trì 03, đăng ký mới 05 mô hình), cụ thể: ' +
        `${FIELD1} có 04 mô hình đăng ký mới; ` +
        `${FIELD3} có 03 mô hình (duy trì 02, đăng ký mới 01); ` +
        `${FIELD4} có 01 mô hình duy trì.`,
    ]);
    expect(doc.paragraphs[0]).not.toContain('cải cách hành chính');
    expect(doc.subtitle).toBe('kết quả thực hiện phong trào “Dân vận khéo” năm 2024');
    expect(doc.title).toBe('BÁO CÁO');
  });

  it('counts eligible models by kind', () => {
    const doc = report([
      ...many(2, { kind: 'Tập thể', status: 'Đủ điều kiện bình xét' }),
      ...many(1, { kind: 'Cá nhân', status: 'Không đạt' }),
      ...many(2, { kind: 'Cá nhân', status: 'Dừng thực hiện' }),
    ]);
    expect(doc.paragraphs).toEqual([
      `Trong năm, đã có 05 mô hình đăng ký thực hiện (trong đó đăng ký mới 05 mô hình), cụ thể: ${FIELD3} có 05 mô hình đăng ký mới.` +
        ' Số mô hình đủ điều kiện để bình xét, đánh giá, phân loại năm 2024 là 03 (tập thể 02, cá nhân 01 mô hình).',
    ]);
  });

  it('writes the recognised models with their units, kinds, blocs and communes', () => {
    const doc = report(
      [
        { name: 'a', unit: 'Chi bộ Văn phòng', status: 'Được công nhận', decision: '1' },
        { name: 'b', unit: 'Chi bộ Văn phòng', kind: 'Cá nhân', registration: 'Duy trì', status: 'Được công nhận', decision: '1' },
        { name: 'c', unit: 'Đảng bộ xã Xuất Hóa', status: 'Tiêu biểu', decision: '1' },
        { name: 'd', unit: 'Đảng bộ xã Xuất Hóa', status: 'Được công nhận', decision: '1' },
        { name: 'e', unit: 'Đảng bộ xã Đức Xuân', registration: 'Duy trì', status: 'Được công nhận', decision: '1' },
        { name: 'f', unit: 'Đảng bộ xã Đức Xuân', status: 'Không đạt' },
      ],
      unitList([
        { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
        { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
        { name: 'Đảng bộ xã Đức Xuân', bloc: 'Xã, phường', commune: 'Đức Xuân' },
      ]),
    );
    expect(doc.paragraphs.slice(1)).toEqual([
      'Qua bình xét, đánh giá, phân loại, đã công nhận 05 mô hình “Dân vận khéo” của 03 chi, đảng bộ năm 2024. ' +
        'Trong đó, có 01 mô hình, điển hình tiêu biểu.',
      'Đối với mô hình tập thể: duy trì 01, đăng ký mới 03; đối với mô hình cá nhân: duy trì 01. ' +
        'Trong đó, khối hành chính sự nghiệp có 02 mô hình/01 chi, đảng bộ (trong đó 01 mô hình cá nhân); ' +
        'khối xã phường có 03 mô hình, cụ thể: Xuất Hóa 02, Đức Xuân 01.',
      // Seed 004: the exemplary models named after the figures.
      'Điển hình là Chi hội Phụ nữ với mô hình “c”.',
    ]);
  });

  it('counts only the rows of Năm báo cáo', () => {
    const doc = report([...many(3, { year: 2023 }), ...many(2, { year: 2024 })], infoSheet({ 'Năm báo cáo': 2023 }));
    expect(doc.subtitle).toBe('kết quả thực hiện phong trào “Dân vận khéo” năm 2023');
    expect(doc.paragraphs[0]).toBe(
      `Trong năm, đã có 03 mô hình đăng ký thực hiện (trong đó đăng ký mới 03 mô hình), cụ thể: ${FIELD3} có 03 mô hình đăng ký mới.`,
    );
  });
});

describe('the commune’s form (Cấp Xã, seed 001)', () => {
  const info = infoSheet({ 'Cơ quan báo cáo': 'Đảng ủy xã Lục Bình', Cấp: 'Xã', 'Năm báo cáo': 2024, 'Người ký': 'Hà Văn Sơn' });
  const collective: Model = { kind: 'Tập thể', year: 2024 };
  const individual: Model = { kind: 'Cá nhân', year: 2024 };
  const models: Model[] = [
    // 13 collective: 6 proposed (Đề nghị công nhận, Được công nhận, Tiêu biểu), 7 not.
    ...many(3, { ...collective, status: 'Đề nghị công nhận' }),
    ...many(2, { ...collective, status: 'Được công nhận', decision: '15-QĐ/HU' }),
    ...many(1, { ...collective, status: 'Tiêu biểu', decision: '15-QĐ/HU' }),
    ...many(3, { ...collective, status: 'Đủ điều kiện bình xét' }),
    ...many(2, { ...collective, status: 'Không đạt', field: 1 }),
    ...many(2, { ...collective, status: null, field: 4 }),
    // 5 individual: 1 proposed.
    ...many(1, { ...individual, status: 'Đề nghị công nhận' }),
    ...many(2, { ...individual, status: 'Dừng thực hiện' }),
    ...many(2, { ...individual, status: null, field: 1 }),
  ];

  it('writes the two sentences of seed 001 with these figures', () => {
    const doc = report(models, info);
    expect(doc.paragraphs).toEqual([
      'Trong năm 2024, có 13 tập thể, 05 cá nhân đăng ký thực hiện mô hình dân vận khéo, ' +
        'các mô hình chủ yếu tập trung trong xây dựng nông thôn mới, đô thị văn minh.',
      'Qua bình xét, đề nghị huyện xem xét công nhận 06 mô hình tập thể và 01 mô hình cá nhân.',
    ]);
  });

  it('heads the report with the commune’s party committee, the place and date as Thông tin gives them', () => {
    const given = infoSheet({
      'Cơ quan báo cáo': 'Đảng ủy xã Lục Bình',
      'Cơ quan cấp trên': 'Đảng bộ huyện Chợ Mới',
      Cấp: 'Xã',
      'Năm báo cáo': 2024,
      'Người ký': 'Hà Văn Sơn',
      'Thay mặt': 'T/M Đảng ủy',
      'Chức vụ người ký': 'Bí thư',
      'Địa danh': 'Lục Bình',
      'Ngày ký': '05/12/2024',
      Số: '45-BC/ĐU',
      'Nơi nhận': '- Ban Dân vận Huyện ủy;\n- Lưu VP',
    });
    const doc = report(models, given);
    expect(doc.header).toEqual({
      superior: 'ĐẢNG BỘ HUYỆN CHỢ MỚI',
      issuer: 'ĐẢNG ỦY XÃ LỤC BÌNH',
      number: 'Số 45-BC/ĐU',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      dateLine: 'Lục Bình, ngày 05 tháng 12 năm 2024',
    });
    expect([doc.authority, doc.signerTitle, doc.signer]).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Hà Văn Sơn']);
    expect(doc.recipients).toEqual(['- Ban Dân vận Huyện ủy,', '- Lưu VP.']);
  });

  it('invents no place, date or number: what Thông tin does not give is left blank, and “- Lưu.” is added', () => {
    const doc = report(models, info);
    const blank = '\u00a0'.repeat(8);
    expect(doc.header.dateLine).toBe(`${blank}, ngày${blank}tháng${blank}năm 2024`);
    expect(doc.header.number).toBe(`Số${blank}-BC`);
    expect(doc.header.superior).toBeNull();
    expect(doc.basis).toBeNull();
    expect(doc.recipients).toEqual(['- Lưu.']);
    expect(doc.authority).toBeNull();
  });
});

describe('the period (seed 000)', () => {
  const period = infoSheet({ 'Giai đoạn': '2021-2025' });
  /** Collective and individual models of one year. */
  const year = (y: number, collective: number, individual: number): Model[] => [
    ...many(collective, { year: y, kind: 'Tập thể' }),
    ...many(individual, { year: y, kind: 'Cá nhân' }),
  ];
  const PERIOD =
    'Giai đoạn 2021-2023, có 12 lượt mô hình đăng ký thực hiện (có 09 tập thể, 03 cá nhân) cụ thể: ' + 'năm 2021: 03; năm 2022: 04; năm 2023: 05 mô hình';

  it('names the span of years present inside Giai đoạn 2021-2025, year by year', () => {
    const doc = report([...year(2021, 2, 1), ...year(2022, 3, 1), ...year(2023, 4, 1)], period);
    expect(doc.paragraphs[doc.paragraphs.length - 1]).toBe(`${PERIOD}.`);
    expect(doc.subtitle).toBe('kết quả thực hiện phong trào “Dân vận khéo” năm 2023');
  });

  it('compares with the same span of the earlier period when its data is present', () => {
    const earlier = [...year(2018, 1, 1), ...year(2019, 2, 0), ...year(2020, 2, 1)];
    const doc = report([...earlier, ...year(2021, 2, 1), ...year(2022, 3, 1), ...year(2023, 4, 1)], period);
    const last = doc.paragraphs[doc.paragraphs.length - 1];
    expect(last.startsWith(`${PERIOD}; `)).toBe(true);
    expect(last).toContain('; tăng 05 lượt mô hình so với cùng kỳ giai đoạn 2018-2020');
    expect(last).toBe(`${PERIOD}; tăng 05 lượt mô hình so với cùng kỳ giai đoạn 2018-2020 (tăng 04 tập thể, tăng 01 cá nhân).`);
  });

  it('a smaller period than the earlier one is a decrease', () => {
    const earlier = [...year(2019, 5, 2), ...year(2020, 4, 3)];
    const doc = report([...earlier, ...year(2021, 2, 1), ...year(2022, 3, 1)], period);
    expect(doc.paragraphs[doc.paragraphs.length - 1]).toBe(
      'Giai đoạn 2021-2022, có 07 lượt mô hình đăng ký thực hiện (có 05 tập thể, 02 cá nhân) cụ thể: ' +
        'năm 2021: 03; năm 2022: 04 mô hình; giảm 07 lượt mô hình so với cùng kỳ giai đoạn 2019-2020 (giảm 04 tập thể, giảm 03 cá nhân).',
    );
  });

  it('a single year gives no period paragraph', () => {
    const doc = report(year(2024, 2, 1), period);
    expect(doc.paragraphs.some((p) => p.startsWith('Giai đoạn'))).toBe(false);
  });
});

describe('the period report (seed 000, section 6)', () => {
  const FIELD2 = 'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức';
  const recognised = (n: number, year: number, field: number, kind: string, status = 'Được công nhận'): Model[] =>
    many(n, { year, field, kind, status, decision: '1-QĐ/TU' }, `LV${field}`);
  // Seed 000: recognised 66, 129, 202; in 2023 187 collective and 15 individual, by field 03, 16, 174, 09; 20 exemplary (18 + 02).
  const models = [
    ...recognised(66, 2021, 3, 'Tập thể'),
    ...recognised(129, 2022, 3, 'Tập thể'),
    ...recognised(3, 2023, 1, 'Tập thể'),
    ...recognised(16, 2023, 2, 'Tập thể'),
    ...recognised(141, 2023, 3, 'Tập thể'),
    ...recognised(18, 2023, 3, 'Tập thể', 'Tiêu biểu'),
    ...recognised(13, 2023, 3, 'Cá nhân'),
    ...recognised(2, 2023, 3, 'Cá nhân', 'Tiêu biểu'),
    ...recognised(9, 2023, 4, 'Tập thể'),
  ];

  it('writes the recognised models year by year, the last year by kind and field, and the exemplary ones, as seed 000 does', () => {
    const { dataset, counted, excluded } = check(book([registrations(models), infoSheet({ 'Năm báo cáo': 2023, 'Giai đoạn': '2021-2025' })]));
    expect(excluded).toBe(0);
    const doc = reportDocument(dataset, counted, { period: { from: 2021, to: 2025 } });
    expect(doc.subtitle).toBe('sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn 2021-2023');
    expect(doc.paragraphs[0]).toMatch(/^Giai đoạn 2021-2023, có 397 lượt mô hình đăng ký thực hiện \(có 382 tập thể, 15 cá nhân\)/);
    expect(doc.paragraphs.slice(1)).toEqual([
      'Giai đoạn 2021-2023, có 397 lượt mô hình được công nhận (năm 2021 có 66 mô hình; năm 2022 có 129 mô hình; năm 2023 có 202 mô hình).',
      'Năm 2023, đã công nhận 202 lượt mô hình, điển hình “Dân vận khéo” (trong đó có 187 tập thể và 15 cá nhân); cụ thể: ' +
        `${FIELD1} có 03 mô hình; ${FIELD2} có 16 mô hình; ${FIELD3} có 174 mô hình; ${FIELD4} có 09 mô hình.`,
      'Giai đoạn 2021-2023, có 20 mô hình điển hình “Dân vận khéo” tiêu biểu (18 tập thể và 02 cá nhân).',
    ]);
  });

  it('counts only the years asked for', () => {
    const { dataset, counted } = check(book([registrations(models)]));
    const doc = reportDocument(dataset, counted, { period: { from: 2022, to: 2023 } });
    expect(doc.subtitle).toBe('sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn 2022-2023');
    expect(doc.paragraphs[1]).toBe('Giai đoạn 2022-2023, có 331 lượt mô hình được công nhận (năm 2022 có 129 mô hình; năm 2023 có 202 mô hình).');
  });

  it('leaves out a kind with no model, as the seeds do', () => {
    const { dataset, counted } = check(book([registrations(recognised(5, 2023, 3, 'Tập thể', 'Tiêu biểu'))]));
    const doc = reportDocument(dataset, counted, { period: { from: 2023, to: 2023 } });
    expect(doc.paragraphs.at(-2)).toMatch(/\(trong đó có 05 tập thể\); cụ thể:/);
    expect(doc.paragraphs.at(-1)).toBe('Giai đoạn 2023, có 05 mô hình điển hình “Dân vận khéo” tiêu biểu (05 tập thể).');
  });
});

/**
 * Every rule of RULES: a failing case (where, what, how severe, and a message naming the cell)
 * and a passing case (the same data fixed gives no finding of that rule).
 */
import { analyse, analyseMerged, findingText, readWorkbooks, RULES, type ColumnKey, type Finding, type RuleId, type Severity } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { book, check, checkSheets, COL, infoSheet, ofRule, registrations, unitList, type Model } from './builder';

/** The finding a rule gives for one cell of the standard `Đăng ký` of `test.xlsx`. */
function expected(rule: RuleId, severity: Severity, key: ColumnKey, row: number, ...messageParts: string[]): Finding {
  const cell = `${COL[key]}${row}`;
  return {
    file: 'test.xlsx',
    sheet: 'Đăng ký',
    cell,
    row,
    column: COL[key],
    key,
    rule,
    severity,
    message: expect.stringMatching(new RegExp(`^Ô ${cell}: .*${messageParts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`)),
    words: expect.objectContaining({ key: expect.any(String) }),
  };
}

/** Findings of one rule for a `Đăng ký` of these models (row 2 onwards), with optional extra sheets. */
function run(rule: RuleId, models: Model[], ...extra: ReturnType<typeof registrations>[]): Finding[] {
  return ofRule(checkSheets(registrations(models), ...extra).findings, rule);
}

const OK: Model = {};

it('the rule table is the one these tests cover', () => {
  expect(RULES.map((r) => [r.id, r.severity])).toEqual([
    ['required', 'error'],
    ['invalid-value', 'error'],
    ['year', 'error'],
    ['commune-missing', 'error'],
    ['duplicate', 'error'],
    ['year-mismatch', 'warning'],
    ['duplicate-across-files', 'warning'],
    ['near-duplicate', 'warning'],
    ['unit-unknown', 'warning'],
    ['bloc-mismatch', 'warning'],
    ['decision-missing', 'warning'],
    ['maintained-without-history', 'warning'],
    ['legacy-encoding', 'warning'],
    ['total-row', 'info'],
    ['hidden-rows', 'info'],
    // The Khối Dân vận rules: test/engine/khoi.test.ts covers each.
    ['khoi-required', 'error'],
    ['khoi-invalid-value', 'error'],
    ['khoi-count', 'error'],
    ['khoi-education', 'error'],
    ['khoi-duplicate', 'error'],
    ['khoi-members', 'warning'],
    ['khoi-commune-unknown', 'warning'],
  ]);
});

describe('required', () => {
  it.each([
    ['year', 'Năm'],
    ['name', 'Tên mô hình'],
    ['implementer', 'Tập thể/cá nhân thực hiện'],
    ['kind', 'Loại'],
    ['unit', 'Chi, đảng bộ'],
    ['field', 'Lĩnh vực'],
    ['registration', 'Hình thức'],
  ] as Array<[ColumnKey, string]>)('an empty %s cell is an error at its cell', (key, header) => {
    expect(run('required', [OK, { name: 'Sân chơi cho em', [key]: null }])).toEqual([expected('required', 'error', key, 3, `thiếu ${header} (bắt buộc)`)]);
  });

  it('a cell of spaces only is empty', () => {
    expect(run('required', [OK, { name: 'Sân chơi cho em', implementer: ' \u00A0 ' }])).toEqual([
      expected('required', 'error', 'implementer', 3, 'thiếu Tập thể/cá nhân thực hiện'),
    ]);
  });

  it('filled in, the same rows give no finding', () => {
    expect(run('required', [OK, { name: 'Sân chơi cho em' }])).toEqual([]);
  });

  it('the optional columns may stay empty (status, bloc, decision, code, note)', () => {
    expect(run('required', [{ status: null, bloc: null, decision: null, code: null, note: null }])).toEqual([]);
  });
});

describe('invalid-value', () => {
  it.each([
    ['field', 'LV9', 'Lĩnh vực', 'LV3'],
    ['field', 5, 'Lĩnh vực', 4],
    ['kind', 'Nhóm', 'Loại', 'Cá nhân'],
    ['registration', 'Tiếp tục', 'Hình thức', 'Duy trì'],
    ['status', 'Hoàn thành', 'Kết quả', 'Tiêu biểu'],
    ['bloc', 'Khối lạ', 'Khối', 'Nội chính'],
  ] as Array<[ColumnKey, string | number, string, string | number]>)('%s “%s” is an error naming the value; “%s” is fine', (key, bad, header, good) => {
    expect(run('invalid-value', [OK, { name: 'Sân chơi cho em', [key]: bad }])).toEqual([
      expected('invalid-value', 'error', key, 3, `“${bad}” không phải ${header} hợp lệ`),
    ]);
    expect(run('invalid-value', [OK, { name: 'Sân chơi cho em', [key]: good }])).toEqual([]);
  });

  it('an empty enumerated cell is not an invalid value', () => {
    expect(run('invalid-value', [{ field: null, kind: null, registration: null, status: null, bloc: null }])).toEqual([]);
  });
});

describe('year', () => {
  it.each([['năm nay'], [1999], [2101], ['20224'], [2022.5]])('%s is not a valid year', (year) => {
    expect(run('year', [OK, { name: 'Sân chơi cho em', year }])).toEqual([expected('year', 'error', 'year', 3, `“${year}” không phải năm hợp lệ`)]);
  });

  it.each([[2022], ['2022'], [' 2022 '], [2000], [2100]])('%p is a year', (year) => {
    expect(run('year', [OK, { name: 'Sân chơi cho em', year }])).toEqual([]);
  });
});

describe('commune-missing', () => {
  const commune: Model = { unit: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường' };

  it('a unit of the Xã, phường bloc with no commune is an error at the commune cell', () => {
    expect(run('commune-missing', [OK, { ...commune, commune: null }])).toEqual([expected('commune-missing', 'error', 'commune', 3, 'chưa có Xã/phường')]);
  });

  it('also when the bloc comes from Danh mục', () => {
    const list = unitList([
      { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
      { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường' },
    ]);
    expect(run('commune-missing', [OK, { unit: 'Đảng bộ xã Xuất Hóa' }], list)).toEqual([
      expected('commune-missing', 'error', 'commune', 3, 'chưa có Xã/phường'),
    ]);
  });

  it('is fine with the commune in the row', () => {
    expect(run('commune-missing', [OK, { ...commune, commune: 'Xuất Hóa' }])).toEqual([]);
  });

  it('is fine with the commune filled from Danh mục', () => {
    const list = unitList([
      { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
      { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
    ]);
    expect(run('commune-missing', [OK, { ...commune, commune: null }], list)).toEqual([]);
  });

  it('other blocs need no commune', () => {
    expect(run('commune-missing', [{ bloc: 'Nội chính', commune: null }])).toEqual([]);
  });
});

describe('duplicate', () => {
  it('the second and third rows are reported, each naming the first row', () => {
    expect(run('duplicate', [OK, OK, OK])).toEqual([
      expected('duplicate', 'error', 'name', 3, 'dòng trùng với dòng 2 '),
      expected('duplicate', 'error', 'name', 4, 'dòng trùng với dòng 2 '),
    ]);
  });

  it('names the first row of its own group, after an unrelated row', () => {
    expect(run('duplicate', [{ name: 'Sân chơi cho em' }, OK, { name: 'Sân chơi cho em' }, OK])).toEqual([
      expected('duplicate', 'error', 'name', 4, 'dòng trùng với dòng 2 '),
      expected('duplicate', 'error', 'name', 5, 'dòng trùng với dòng 3 '),
    ]);
  });

  it('case, spaces and decomposed (NFD) spellings of the same values are still duplicates', () => {
    const variants: Model[] = [
      { name: 'Hũ gạo tình thương', implementer: 'Chi hội Phụ nữ', unit: 'Chi bộ Văn phòng' },
      { name: 'HŨ GẠO  TÌNH THƯƠNG ', implementer: ' chi hội phụ nữ', unit: 'CHI BỘ VĂN PHÒNG' },
      {
        name: 'Hũ gạo tình thương'.normalize('NFD'),
        implementer: 'Chi hội\u00A0Phụ nữ'.normalize('NFD'),
        unit: 'Chi  bộ\nVăn phòng'.normalize('NFD'),
        year: '2024',
      },
    ];
    expect(run('duplicate', variants)).toEqual([expected('duplicate', 'error', 'name', 3, 'dòng 2 '), expected('duplicate', 'error', 'name', 4, 'dòng 2 ')]);
  });

  it('names the file of the first row when it is in another file', () => {
    const result = check(book([registrations([OK])], 'a.xlsx'), book([registrations([OK])], 'b.xlsx'));
    expect(ofRule(result.findings, 'duplicate')).toEqual([
      { ...expected('duplicate', 'error', 'name', 2, 'dòng trùng với dòng 2 (tệp a.xlsx)'), file: 'b.xlsx' },
    ]);
  });

  it.each([
    ['another implementer', { implementer: 'Chi đoàn' }],
    ['another year', { year: 2023 }],
    ['another unit', { unit: 'Chi bộ Kho bạc' }],
    ['another name', { name: 'Sân chơi cho em' }],
  ])('rows differing by %s are not duplicates', (_label, change) => {
    expect(run('duplicate', [OK, change as Model])).toEqual([]);
  });
});

describe('year-mismatch', () => {
  it('a 2019 row in a workbook reporting 2022 is a warning at its year cell', () => {
    expect(run('year-mismatch', [{ year: 2022 }, { year: 2019 }], infoSheet({ 'Năm báo cáo': 2022 }))).toEqual([
      expected('year-mismatch', 'warning', 'year', 3, 'năm 2019 khác Năm báo cáo 2022'),
    ]);
  });

  it('rows of the report year are fine', () => {
    expect(run('year-mismatch', [{ year: 2022 }, { year: '2022' }], infoSheet({ 'Năm báo cáo': 2022 }))).toEqual([]);
  });

  it('a 2021 row inside Giai đoạn 2021-2025 is fine; a 2019 row outside it still warns', () => {
    const info = infoSheet({ 'Năm báo cáo': 2022, 'Giai đoạn': '2021-2025' });
    expect(run('year-mismatch', [{ year: 2022 }, { year: 2021 }, { year: 2025 }], info)).toEqual([]);
    expect(run('year-mismatch', [{ year: 2022 }, { year: 2019 }], info)).toEqual([expected('year-mismatch', 'warning', 'year', 3, 'năm 2019')]);
  });

  it('without Năm báo cáo no year is a mismatch', () => {
    expect(run('year-mismatch', [{ year: 2022 }, { year: 2019 }])).toEqual([]);
  });

  it('with neither Năm báo cáo nor Giai đoạn, a year beyond next year by the caller’s clock is a warning; next year is fine', () => {
    const analysed = (thisYear?: number) =>
      ofRule(analyse(readWorkbooks([book([registrations([{ year: 2024 }, { year: 2027 }, { year: 2042 }])])]), { thisYear }).findings, 'year-mismatch');
    expect(analysed(2026)).toEqual([
      expected(
        'year-mismatch',
        'warning',
        'year',
        4,
        'năm 2042 muộn hơn năm nay (2026) quá một năm; kiểm tra lại năm, hoặc ghi Năm báo cáo, Giai đoạn ở trang Thông tin.',
      ),
    ]);
    expect(analysed(2026)[0].words).toEqual({ key: 'yearFuture', params: { year: 2042, thisYear: 2026 } });
    // No clock given: nothing to compare with.
    expect(analysed()).toEqual([]);
    // Năm báo cáo given: the mismatch says it, not the clock.
    const info = ofRule(
      analyse(readWorkbooks([book([registrations([{ year: 2042 }]), infoSheet({ 'Năm báo cáo': 2024 })])]), { thisYear: 2026 }).findings,
      'year-mismatch',
    );
    expect(info.map((f) => f.words?.key)).toEqual(['yearMismatch']);
  });

  it('with only Giai đoạn 2021-2025, 2042 is a warning and 2023 is fine', () => {
    const info = infoSheet({ 'Giai đoạn': '2021-2025' });
    expect(run('year-mismatch', [{ year: 2023 }, { year: 2042 }], info)).toEqual([
      expected('year-mismatch', 'warning', 'year', 3, 'năm 2042 ngoài Giai đoạn 2021-2025'),
    ]);
  });
});

describe('duplicate-across-files (rows merged from several files)', () => {
  const merged = (...files: Array<[string, Model[]]>) => readWorkbooks(files.map(([file, models]) => book([registrations(models)], file))).rows;

  it('the same year, unit and name in a second file is a warning on its row, naming the first file and row, worded in either language', () => {
    const [finding, ...rest] = analyseMerged(
      merged(['a.xlsx', [{ name: 'Hũ gạo tình thương' }]], ['b.xlsx', [{ name: 'Con đường hoa' }, { name: 'hũ gạo  tình thương' }]]),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'b.xlsx', sheet: 'Đăng ký', cell: `${COL.name}3`, rule: 'duplicate-across-files', severity: 'warning' });
    expect(finding.message).toMatch(/^Ô D3: mô hình “hũ gạo tình thương” của .* có ở cả tệp “b\.xlsx” và tệp “a\.xlsx” \(dòng 2\)/);
    expect(findingText(finding, en)).toMatch(/^Cell D3: model “hũ gạo tình thương” of .* is in both file “b\.xlsx” and file “a\.xlsx” \(row 2\)/);
  });

  it('other names, or a repeat inside one file (the duplicate rule’s), are not', () => {
    expect(analyseMerged(merged(['a.xlsx', [{ name: 'Hũ gạo tình thương' }]], ['b.xlsx', [{ name: 'Con đường hoa' }]]))).toEqual([]);
    expect(analyseMerged(merged(['a.xlsx', [{ name: 'Hũ gạo' }, { name: 'Hũ gạo' }]]))).toEqual([]);
  });
});

describe('near-duplicate', () => {
  it('“Hu gao tinh thuong!” after “Hũ gạo tình thương” of the same unit and year is a warning naming the first', () => {
    expect(run('near-duplicate', [{ name: 'Hũ gạo tình thương' }, { name: 'Hu gao tinh thuong!' }])).toEqual([
      expected('near-duplicate', 'warning', 'name', 3, 'gần giống dòng 2 '),
    ]);
  });

  it('is fine in another year or another unit', () => {
    expect(run('near-duplicate', [{ name: 'Hũ gạo tình thương' }, { name: 'Hu gao tinh thuong!', year: 2023 }])).toEqual([]);
    expect(run('near-duplicate', [{ name: 'Hũ gạo tình thương' }, { name: 'Hu gao tinh thuong!', unit: 'Chi bộ Kho bạc' }])).toEqual([]);
  });

  it('an exact duplicate is a duplicate, not a near-duplicate', () => {
    const findings = checkSheets(registrations([OK, OK])).findings;
    expect(ofRule(findings, 'near-duplicate')).toEqual([]);
    expect(ofRule(findings, 'duplicate')).toHaveLength(1);
  });
});

describe('unit-unknown', () => {
  const list = unitList([{ name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp', other: 'CB Văn phòng; VP Huyện ủy' }]);

  it('a unit not in Danh mục is a warning at its cell naming the unit', () => {
    expect(run('unit-unknown', [OK, { unit: 'Chi bộ Kho bạc' }], list)).toEqual([
      expected('unit-unknown', 'warning', 'unit', 3, 'đơn vị “Chi bộ Kho bạc” không có trong Danh mục'),
    ]);
  });

  it('a spelling listed under Tên khác is known', () => {
    expect(run('unit-unknown', [OK, { unit: 'VP Huyện ủy' }, { unit: 'cb văn phòng' }], list)).toEqual([]);
  });

  it('without a Danh mục no unit is unknown', () => {
    expect(run('unit-unknown', [OK, { unit: 'Chi bộ Kho bạc' }])).toEqual([]);
  });
});

describe('bloc-mismatch', () => {
  const list = unitList([{ name: 'Chi bộ Văn phòng', bloc: 'Nội chính' }]);

  it('a bloc contradicting Danh mục is a warning at the bloc cell', () => {
    expect(run('bloc-mismatch', [OK, { bloc: 'Doanh nghiệp' }], list)).toEqual([
      expected('bloc-mismatch', 'warning', 'bloc', 3, 'khối “Doanh nghiệp” khác khối “Nội chính”'),
    ]);
  });

  it('the same bloc, spelt loosely, or an empty bloc is fine', () => {
    expect(run('bloc-mismatch', [{ bloc: 'Nội chính' }, { bloc: 'noi chinh', year: 2023 }, { bloc: null, year: 2022 }], list)).toEqual([]);
  });
});

describe('decision-missing', () => {
  it.each([['Được công nhận'], ['Tiêu biểu']])('“%s” without Số quyết định is a warning at the decision cell', (status) => {
    expect(run('decision-missing', [OK, { name: 'Sân chơi cho em', status, decision: null }])).toEqual([
      expected('decision-missing', 'warning', 'decision', 3, `mô hình “${status}” nhưng chưa có số quyết định`),
    ]);
  });

  it.each([['Được công nhận'], ['Tiêu biểu']])('“%s” with its decision number is fine', (status) => {
    expect(run('decision-missing', [OK, { name: 'Sân chơi cho em', status, decision: '125-QĐ/TU' }])).toEqual([]);
  });

  it('a model not yet recognised needs no decision', () => {
    expect(run('decision-missing', [{ status: 'Đề nghị công nhận' }, { name: 'Sân chơi cho em', status: 'Không đạt' }])).toEqual([]);
  });
});

describe('maintained-without-history', () => {
  it('Duy trì in 2023 with no 2022 row of that unit and name is a warning at the registration cell', () => {
    const rows: Model[] = [
      { year: 2022, name: 'Sân chơi cho em' },
      { year: 2023, name: 'Hũ gạo tình thương', registration: 'Duy trì' },
    ];
    expect(run('maintained-without-history', rows)).toEqual([
      expected('maintained-without-history', 'warning', 'registration', 3, 'ghi “Duy trì”', 'trước 2023'),
    ]);
  });

  it('the same name in another unit is not its history', () => {
    const rows: Model[] = [
      { year: 2022, name: 'Hũ gạo tình thương', unit: 'Chi bộ Kho bạc' },
      { year: 2023, name: 'Hũ gạo tình thương', registration: 'Duy trì' },
    ];
    expect(run('maintained-without-history', rows)).toHaveLength(1);
  });

  it('with a 2022 row of the same unit and name it is fine', () => {
    const rows: Model[] = [
      { year: 2022, name: 'Hũ gạo tình thương' },
      { year: 2023, name: 'Hũ gạo tình thương', registration: 'Duy trì' },
    ];
    expect(run('maintained-without-history', rows)).toEqual([]);
  });

  it('with a 2022 row of the same Mã mô hình (renamed since) it is fine', () => {
    const rows: Model[] = [
      { year: 2022, name: 'Hũ gạo', code: 'DVK-07' },
      { year: 2023, name: 'Hũ gạo tình thương nghĩa tình', code: 'dvk-07', registration: 'Duy trì' },
    ];
    expect(run('maintained-without-history', rows)).toEqual([]);
  });

  it('when the data holds no earlier year at all there is no warning', () => {
    const rows: Model[] = [
      { year: 2023, name: 'Hũ gạo tình thương', registration: 'Duy trì' },
      { year: 2023, name: 'Sân chơi cho em', registration: 'Duy trì' },
    ];
    expect(run('maintained-without-history', rows)).toEqual([]);
  });
});

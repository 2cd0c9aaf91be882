/** Counting: which rows are left out, the measures, and the deterministic order of the groups. */
import { DIMENSIONS, summarize, type Dimension, type Summary } from '../../src/engine';
import { book, check, checkSheets, infoSheet, registrations, unitList, type Model } from './builder';

const ROW_MEASURES = ['registered', 'eligible', 'proposed', 'recognized', 'exemplary'] as const;

/** One dimension's values, in the order summarize gives them. */
const order = (s: Summary, dim: Dimension) => s.groups.map((g) => g.values[dim]);

describe('rows left out of the counts', () => {
  it('a row with an error in a counted column (year, kind, unit, field, registration, status) is excluded', () => {
    const models: Model[] = [
      { name: 'Đủ cả' }, // 2
      { name: 'Năm chữ', year: 'năm nay' }, // 3
      { name: 'Năm 1999', year: 1999 }, // 4
      { name: 'Loại lạ', kind: 'Nhóm' }, // 5
      { name: 'Không đơn vị', unit: null }, // 6
      { name: 'Lĩnh vực 9', field: 'LV9' }, // 7
      { name: 'Không hình thức', registration: null }, // 8
      { name: 'Kết quả lạ', status: 'Xong' }, // 9
      { name: 'Không năm', year: null }, // 10
      { name: 'Không loại', kind: null }, // 11
      { name: 'Cũng đủ cả' }, // 12
    ];
    const { counted, excluded } = checkSheets(registrations(models));
    expect(counted.map((r) => r.rowNumber)).toEqual([2, 12]);
    expect(excluded).toBe(9);
    expect(summarize(counted, [], { excluded }).excluded).toBe(9);
    expect(summarize(counted, []).total.registered).toBe(2);
  });

  it('an error in a column that is not counted does not exclude the row', () => {
    const models: Model[] = [
      { name: 'Không chủ thể', implementer: null }, // required (implementer)
      { name: 'Thiếu xã', unit: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: null }, // commune-missing
      { name: 'Khối lạ', bloc: 'Khối lạ' }, // invalid-value (bloc)
      { name: null, implementer: 'Chi đoàn' }, // required (name)
    ];
    const { findings, counted, excluded } = checkSheets(registrations(models));
    expect(findings.map((f) => [f.rule, f.severity, f.key, f.row])).toEqual([
      ['required', 'error', 'implementer', 2],
      ['commune-missing', 'error', 'commune', 3],
      ['invalid-value', 'error', 'bloc', 4],
      ['required', 'error', 'name', 5],
    ]);
    expect(counted.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(excluded).toBe(0);
  });

  it('warnings do not exclude (year-mismatch, unit-unknown, decision-missing, near-duplicate, maintained-without-history)', () => {
    const { findings, counted, excluded } = checkSheets(
      registrations([
        { year: 2022, name: 'Sân chơi cho em' },
        { year: 2019, name: 'Nhà văn hóa sạch' },
        { year: 2022, unit: 'Chi bộ Kho bạc', name: 'Kho sạch' },
        { year: 2022, name: 'Tiêu biểu', status: 'Tiêu biểu' },
        { year: 2022, name: 'San choi cho em!' },
        { year: 2022, name: 'Chưa có năm trước', registration: 'Duy trì' },
      ]),
      unitList([{ name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' }]),
      infoSheet({ 'Năm báo cáo': 2022 }),
    );
    expect(findings.map((f) => [f.rule, f.row])).toEqual([
      ['year-mismatch', 3],
      ['unit-unknown', 4],
      ['decision-missing', 5],
      ['near-duplicate', 6],
      ['maintained-without-history', 7],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(counted).toHaveLength(6);
    expect(excluded).toBe(0);
  });
});

describe('the measures', () => {
  const statuses = ['Đăng ký', 'Đủ điều kiện bình xét', 'Đề nghị công nhận', 'Được công nhận', 'Tiêu biểu', 'Không đạt', 'Dừng thực hiện'];

  it('registered, eligible, proposed, recognized and exemplary follow the status ladder', () => {
    const { counted } = checkSheets(registrations(statuses.map((status, i) => ({ name: `Mô hình ${i}`, status, decision: '1-QĐ' }))));
    const { total, groups } = summarize(counted, ['status']);
    expect(total).toEqual({ registered: 7, eligible: 5, proposed: 3, recognized: 2, exemplary: 1, unitsRegistered: 1, unitsRecognized: 1 });
    expect(groups.map((g) => [g.values.status, g.measures.eligible, g.measures.proposed, g.measures.recognized, g.measures.exemplary])).toEqual([
      ['Đăng ký', 0, 0, 0, 0],
      ['Đủ điều kiện bình xét', 1, 0, 0, 0],
      ['Đề nghị công nhận', 1, 1, 0, 0],
      ['Được công nhận', 1, 1, 1, 0],
      ['Tiêu biểu', 1, 1, 1, 1],
      ['Không đạt', 1, 0, 0, 0],
      ['Dừng thực hiện', 0, 0, 0, 0],
    ]);
  });

  it('unitsRegistered and unitsRecognized count distinct units', () => {
    const { counted } = checkSheets(
      registrations([
        { unit: 'Chi bộ A', name: 'A1', status: 'Được công nhận', decision: '1' },
        { unit: 'Chi bộ A', name: 'A2', status: 'Tiêu biểu', decision: '1' },
        { unit: 'chi bộ a', name: 'A3', field: 1 },
        { unit: 'Chi bộ B', name: 'B1' },
        { unit: 'Chi bộ B', name: 'B2', status: 'Không đạt' },
        { unit: 'Chi bộ C', name: 'C1', status: 'Được công nhận', decision: '1', field: 1 },
      ]),
    );
    const s = summarize(counted, ['field']);
    expect(s.total).toEqual({ registered: 6, eligible: 4, proposed: 3, recognized: 3, exemplary: 1, unitsRegistered: 3, unitsRecognized: 2 });
    expect(s.groups).toEqual([
      {
        values: { field: 1 },
        measures: { registered: 2, eligible: 1, proposed: 1, recognized: 1, exemplary: 0, unitsRegistered: 2, unitsRecognized: 1 },
      },
      {
        values: { field: 3 },
        measures: { registered: 4, eligible: 3, proposed: 2, recognized: 2, exemplary: 1, unitsRegistered: 2, unitsRecognized: 1 },
      },
    ]);
  });

  it('without dimensions there are no groups, only the total', () => {
    const { counted } = checkSheets(registrations([{}]));
    expect(summarize(counted, [])).toEqual({
      total: { registered: 1, eligible: 0, proposed: 0, recognized: 0, exemplary: 0, unitsRegistered: 1, unitsRecognized: 0 },
      excluded: 0,
      groups: [],
    });
  });
});

describe('the order of the groups', () => {
  it('fields by code, years ascending', () => {
    const { counted } = checkSheets(
      registrations([
        { name: 'a', field: 4, year: 2024 },
        { name: 'b', field: 2, year: 2022 },
        { name: 'c', field: 'LV1', year: 2023 },
        { name: 'd', field: 3, year: 2021 },
        { name: 'e', field: 1, year: 2024 },
      ]),
    );
    expect(order(summarize(counted, ['field']), 'field')).toEqual([1, 2, 3, 4]);
    expect(order(summarize(counted, ['year']), 'year')).toEqual([2021, 2022, 2023, 2024]);
    expect(summarize(counted, ['year', 'field']).groups.map((g) => [g.values.year, g.values.field])).toEqual([
      [2021, 3],
      [2022, 2],
      [2023, 1],
      [2024, 1],
      [2024, 4],
    ]);
  });

  it('kinds, registrations and statuses in the spec order', () => {
    const { counted } = checkSheets(
      registrations([
        { name: 'a', kind: 'Cá nhân', registration: 'Đăng ký mới', status: 'Dừng thực hiện' },
        { name: 'b', kind: 'Tập thể', registration: 'Duy trì', status: 'Không đạt' },
        { name: 'c', status: 'Tiêu biểu', decision: '1' },
        { name: 'd', status: 'Được công nhận', decision: '1' },
        { name: 'e', status: 'Đề nghị công nhận' },
        { name: 'f', status: 'Đủ điều kiện bình xét' },
        { name: 'g', status: null },
      ]),
    );
    expect(order(summarize(counted, ['kind']), 'kind')).toEqual(['Tập thể', 'Cá nhân']);
    expect(order(summarize(counted, ['registration']), 'registration')).toEqual(['Duy trì', 'Đăng ký mới']);
    expect(order(summarize(counted, ['status']), 'status')).toEqual([
      'Đăng ký',
      'Đủ điều kiện bình xét',
      'Đề nghị công nhận',
      'Được công nhận',
      'Tiêu biểu',
      'Không đạt',
      'Dừng thực hiện',
    ]);
  });

  it('units and communes in Vietnamese order, empty last', () => {
    const communes = ['Xuất Hóa', 'Đức Xuân', 'Dương Quang', 'Ân Thi', 'An Bình', 'Ăn Cư', 'Sông Cầu', 'Bằng Lũng'];
    const models: Model[] = [
      { name: 'x', unit: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
      ...communes.map((c) => ({ name: c, unit: c, bloc: 'Xã, phường', commune: c })),
    ];
    const { counted } = checkSheets(registrations(models));
    const sorted = ['An Bình', 'Ăn Cư', 'Ân Thi', 'Bằng Lũng', 'Dương Quang', 'Đức Xuân', 'Sông Cầu', 'Xuất Hóa'];
    expect(order(summarize(counted, ['commune']), 'commune')).toEqual([...sorted, null]);
    expect(order(summarize(counted, ['unit']), 'unit')).toEqual([
      'An Bình',
      'Ăn Cư',
      'Ân Thi',
      'Bằng Lũng',
      'Chi bộ Văn phòng',
      'Dương Quang',
      'Đức Xuân',
      'Sông Cầu',
      'Xuất Hóa',
    ]);
  });

  it('blocs in the order of the set (standard blocs, then those Danh mục adds), empty last', () => {
    const { counted, dataset } = check(
      book([
        registrations([
          { name: 'a', unit: 'Đảng bộ xã Xuất Hóa', commune: 'Xuất Hóa' },
          { name: 'b', unit: 'Chi bộ Hội Nông dân' },
          { name: 'c', unit: 'Chi bộ Công an' },
          { name: 'd', unit: 'Chi bộ Văn phòng' },
          { name: 'e', unit: 'Chi bộ Công ty Điện lực' },
          { name: 'f', unit: 'Chi bộ mới lập' },
        ]),
        unitList([
          { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
          { name: 'Chi bộ Hội Nông dân', bloc: 'Đoàn thể' },
          { name: 'Chi bộ Công an', bloc: 'Nội chính' },
          { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
          { name: 'Chi bộ Công ty Điện lực', bloc: 'Doanh nghiệp' },
        ]),
      ]),
    );
    expect(dataset.blocs).toEqual(['Hành chính sự nghiệp', 'Nội chính', 'Doanh nghiệp', 'Xã, phường', 'Đoàn thể']);
    expect(order(summarize(counted, ['bloc'], { blocs: dataset.blocs }), 'bloc')).toEqual([
      'Hành chính sự nghiệp',
      'Nội chính',
      'Doanh nghiệp',
      'Xã, phường',
      'Đoàn thể',
      null,
    ]);
  });

  it('the order does not depend on the order of the rows', () => {
    const models: Model[] = [
      { name: 'a', year: 2023, field: 2, unit: 'Đức Xuân', kind: 'Cá nhân' },
      { name: 'b', year: 2021, field: 4, unit: 'Ân Thi', registration: 'Duy trì' },
      { name: 'c', year: 2022, field: 1, unit: 'Xuất Hóa', status: 'Không đạt' },
      { name: 'd', year: 2021, field: 3, unit: 'An Bình', status: 'Đề nghị công nhận' },
    ];
    const forward = checkSheets(registrations(models)).counted;
    const backward = checkSheets(registrations([...models].reverse())).counted;
    for (const dim of DIMENSIONS) {
      expect(summarize(backward, [dim]).groups).toEqual(summarize(forward, [dim]).groups);
    }
    expect(summarize(backward, ['unit', 'year']).groups).toEqual(summarize(forward, ['unit', 'year']).groups);
  });
});

describe('the groups add up', () => {
  const { counted, dataset } = check(
    book([
      registrations([
        { name: 'a', year: 2022, field: 1, unit: 'Đảng bộ xã Xuất Hóa', status: 'Được công nhận', decision: '1' },
        { name: 'b', year: 2022, field: 3, unit: 'Đảng bộ xã Xuất Hóa', kind: 'Cá nhân', status: 'Tiêu biểu', decision: '1' },
        { name: 'c', year: 2023, field: 3, unit: 'Đảng bộ xã Đức Xuân', registration: 'Duy trì', status: 'Không đạt' },
        { name: 'd', year: 2023, field: 2, unit: 'Chi bộ Văn phòng', status: 'Đề nghị công nhận' },
        { name: 'e', year: 2024, field: 4, unit: 'Chi bộ Văn phòng', status: 'Đủ điều kiện bình xét' },
        { name: 'f', year: 2024, field: 3, unit: 'Chi bộ Công an', kind: 'Cá nhân', status: 'Dừng thực hiện' },
        { name: 'g', year: 2024, field: 3, unit: 'Chi bộ chưa có', status: null },
        { name: 'h', year: 2024, field: 3, unit: 'Chi bộ Công an', status: 'Được công nhận', decision: '2' },
      ]),
      unitList([
        { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
        { name: 'Đảng bộ xã Đức Xuân', bloc: 'Xã, phường', commune: 'Đức Xuân' },
        { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
        { name: 'Chi bộ Công an', bloc: 'Nội chính' },
      ]),
    ]),
  );

  it.each(DIMENSIONS.map((d) => [d]))('the five row measures of the %s groups add up to the total', (dim) => {
    const s = summarize(counted, [dim], { blocs: dataset.blocs });
    expect(s.total).toEqual({ registered: 8, eligible: 6, proposed: 4, recognized: 3, exemplary: 1, unitsRegistered: 5, unitsRecognized: 2 });
    for (const m of ROW_MEASURES) {
      expect([m, s.groups.reduce((sum, g) => sum + g.measures[m], 0)]).toEqual([m, s.total[m]]);
    }
  });

  it('also for two dimensions at once', () => {
    const s = summarize(counted, ['bloc', 'kind'], { blocs: dataset.blocs });
    for (const m of ROW_MEASURES) expect(s.groups.reduce((sum, g) => sum + g.measures[m], 0)).toBe(s.total[m]);
    expect(s.groups.map((g) => [g.values.bloc, g.values.kind, g.measures.registered])).toEqual([
      ['Hành chính sự nghiệp', 'Tập thể', 2],
      ['Nội chính', 'Tập thể', 1],
      ['Nội chính', 'Cá nhân', 1],
      ['Xã, phường', 'Tập thể', 2],
      ['Xã, phường', 'Cá nhân', 1],
      [null, 'Tập thể', 1],
    ]);
  });

  it('the unit measures of the groups need not add up (a unit in two years counts once in the total)', () => {
    const s = summarize(counted, ['year']);
    expect(s.groups.map((g) => [g.values.year, g.measures.unitsRegistered, g.measures.unitsRecognized])).toEqual([
      [2022, 1, 1],
      [2023, 2, 0],
      [2024, 3, 1],
    ]);
  });
});

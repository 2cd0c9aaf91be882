/** Unit names Danh mục does not list: once per name, with the listed names they are most like, and the edits that settle them. */
import { consolidate, nearestUnits, planAddUnit, planOtherName, unknownUnits, type SheetGrid } from '../../src/engine';
import { similarity } from '../../src/engine/unit-suggest';
import { book, checkSheets, ofRule, registrations, unitList } from './builder';

const CONG_AN = 'Đảng bộ Công an thành phố';
const LIST = [
  { name: CONG_AN, bloc: 'Nội chính' },
  { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
  { name: 'Đảng bộ xã Nông Thượng', bloc: 'Xã, phường', commune: 'Nông Thượng' },
];
const units = LIST.map((u) => ({ name: u.name, bloc: u.bloc, commune: u.commune ?? null, otherNames: [], successor: null }));

describe('nearestUnits', () => {
  it('finds the listed unit a short or careless spelling means', () => {
    expect(nearestUnits('Đảng bộ Công an TP', units)).toEqual([CONG_AN]);
    expect(nearestUnits('dang bo cong an thanh pho', units)).toEqual([CONG_AN]);
    expect(nearestUnits('Chi bộ Văn Phòng Huyện ủy', units)).toEqual(['Chi bộ Văn phòng']);
  });

  it('offers nothing for a name unlike every listed one', () => {
    expect(nearestUnits('Chi bộ Trường Mầm non Hoa Sen', units)).toEqual([]);
    expect(similarity('Công an', 'Công an')).toBe(1);
    expect(similarity('', 'Công an')).toBe(0);
  });
});

describe('unknownUnits', () => {
  it('groups the rows of an unlisted unit under one name, with its bloc and the nearest listed names', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      unit: i % 2 ? 'Đảng bộ Công an TP' : 'Đảng bộ  công an TP',
      bloc: 'Nội chính',
      name: `Mô hình ${i}`,
    }));
    const result = checkSheets(registrations([...rows, { unit: 'Chi bộ Văn phòng', name: 'Hũ gạo' }]), unitList(LIST));
    expect(ofRule(result.findings, 'unit-unknown')).toHaveLength(12);
    expect(unknownUnits(result.dataset)).toEqual([
      {
        name: 'Đảng bộ công an TP',
        rows: 12,
        first: { file: 'test.xlsx', sheet: 'Đăng ký', row: 2 },
        bloc: 'Nội chính',
        commune: null,
        suggestions: [CONG_AN],
      },
    ]);
  });

  it('is empty, and no row is warned, when Danh mục has a header but no unit (just after Thiết lập)', () => {
    const result = checkSheets(registrations([{ unit: 'Đảng bộ Công an TP' }]), unitList([]));
    expect(result.dataset.hasUnitList).toBe(false);
    expect(ofRule(result.findings, 'unit-unknown')).toEqual([]);
    expect(unknownUnits(result.dataset)).toEqual([]);
  });
});

describe('submission tracking against Danh mục', () => {
  it('counts only listed units; files of an unlisted unit are set apart with the names they may mean', () => {
    const file = (name: string, unit: string) => ({
      name,
      grids: book([registrations([{ unit, name: `Mô hình ${name}` }])], name),
      modified: new Date('2024-11-05T03:00:00Z'),
    });
    const c = consolidate([file('ca.xlsx', 'Đảng bộ Công an TP'), file('vp.xlsx', 'Chi bộ Văn phòng')], {
      base: { name: 'huyen.xlsx', grids: book([unitList(LIST)], 'huyen.xlsx') },
    });
    expect(c.tracking.units.map((u) => u.unit)).toEqual(LIST.map((u) => u.name));
    // The file names the unit otherwise: the unit stays not submitted until the name is settled.
    expect(c.tracking.units.map((u) => u.state)).toEqual(['missing', 'received', 'missing']);
    expect(c.tracking.unknown).toEqual([
      { unit: 'Đảng bộ Công an TP', files: [{ name: 'ca.xlsx', date: new Date('2024-11-05T03:00:00Z') }], rows: 1, suggestions: [CONG_AN] },
    ]);
  });
});

describe('settling an unknown name in Danh mục', () => {
  const sheets = (rows: Array<Array<string | null>>): SheetGrid[] => [{ name: 'Danh mục', grid: rows }];

  it('adds the unit after the last listed one, with its bloc and commune', () => {
    const edit = planAddUnit(sheets([['Đơn vị', 'Khối'], ['Chi bộ Văn phòng', 'Hành chính sự nghiệp'], [], []]), {
      name: 'Chi bộ Trường Mầm non',
      bloc: 'Hành chính sự nghiệp',
      commune: 'Lục Bình',
    });
    expect(edit).toEqual({
      sheet: 'Danh mục',
      create: false,
      cells: [
        { row: 1, col: 2, value: 'Xã/phường', before: null },
        { row: 3, col: 0, value: 'Chi bộ Trường Mầm non', before: null },
        { row: 3, col: 1, value: 'Hành chính sự nghiệp', before: null },
        { row: 3, col: 2, value: 'Lục Bình', before: null },
      ],
    });
    expect(planAddUnit(sheets([['Đơn vị'], ['Chi bộ Văn phòng']]), { name: 'chi bộ văn phòng', bloc: null, commune: null })).toBeNull();
  });

  it('makes the sheet when the workbook has none', () => {
    const edit = planAddUnit([], { name: 'Chi bộ A', bloc: null, commune: null });
    expect(edit?.create).toBe(true);
    expect(edit?.cells.filter((c) => c.row === 2)).toEqual([{ row: 2, col: 0, value: 'Chi bộ A', before: null }]);
  });

  it('records another name in Tên khác, after those already there, adding the column when missing', () => {
    const withColumn = sheets([
      ['Đơn vị', 'Tên khác'],
      [CONG_AN, 'Công an TP'],
    ]);
    expect(planOtherName(withColumn, CONG_AN, 'Đảng bộ Công an TP')?.cells).toEqual([
      { row: 2, col: 1, value: 'Công an TP; Đảng bộ Công an TP', before: 'Công an TP' },
    ]);
    expect(planOtherName(withColumn, CONG_AN, 'công an tp')).toBeNull();
    const without = sheets([
      ['Đơn vị', 'Khối'],
      [CONG_AN, 'Nội chính'],
    ]);
    expect(planOtherName(without, CONG_AN, 'Đảng bộ Công an TP')?.cells).toEqual([
      { row: 1, col: 2, value: 'Tên khác', before: null },
      { row: 2, col: 2, value: 'Đảng bộ Công an TP', before: null },
    ]);
    expect(planOtherName(without, 'Chi bộ không có', 'X')).toBeNull();
  });
});

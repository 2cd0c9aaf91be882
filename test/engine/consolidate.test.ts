/** Consolidation in the engine: grids in, the consolidated set, each file's outcome and the units' submissions out. */
import { consolidate, summarize, type ConsolidationInput, type Consolidation, type WorkbookGrids } from '../../src/engine';
import { book, infoSheet, registrations, unitList, type Model } from './builder';

const X = 'Đảng bộ phường Xuất Hóa';
const Z = 'Chi bộ Văn phòng';
const UNITS = unitList([
  { name: Z, bloc: 'Hành chính sự nghiệp' },
  { name: X, bloc: 'Xã, phường', commune: 'Xuất Hóa' },
  { name: 'Đảng bộ xã Nông Thượng', bloc: 'Xã, phường', commune: 'Nông Thượng' },
]);

/** `n` models of a unit and year alike but for their names. */
const models = (n: number, model: Model, prefix = 'Mô hình'): Model[] =>
  Array.from({ length: n }, (_, i) => ({ ...model, name: `${prefix} ${model.unit ?? ''} ${model.year ?? ''} ${i + 1}` }));

const input = (name: string, grids: WorkbookGrids, dates: { modified?: string; file?: string } = {}): ConsolidationInput => ({
  name,
  grids,
  modified: dates.modified ? new Date(dates.modified) : null,
  fileDate: dates.file ? new Date(dates.file) : null,
});
const unitFile = (name: string, rows: Model[], dates: { modified?: string; file?: string } = {}) => input(name, book([registrations(rows)], name), dates);
const base = (info: Record<string, string | number> = {}) => input('huyen.xlsx', book([UNITS, infoSheet(info)], 'huyen.xlsx'));

const fileOf = (c: Consolidation, name: string) => c.files.find((f) => f.name === name) as Consolidation['files'][number];
const sources = (c: Consolidation): string[] => c.dataset.rows.map((r) => r.source);
const unitOf = (c: Consolidation, unit: string) => c.tracking.units.find((u) => u.unit === unit) as Consolidation['tracking']['units'][number];

describe('newer replaces older for a unit and year', () => {
  const first = models(3, { unit: X, year: 2024 }, 'Bản đầu');
  const second = models(4, { unit: X, year: 2024 }, 'Bản sửa');

  it('by the workbook’s modified date: the newer file’s rows stand, the older’s are replaced, not duplicated', () => {
    const c = consolidate(
      [
        unitFile('a.xlsx', first, { modified: '2024-11-10T03:00:00Z', file: '2024-11-20T03:00:00Z' }),
        unitFile('b.xlsx', second, { modified: '2024-11-12T03:00:00Z', file: '2024-11-13T03:00:00Z' }),
      ],
      { base: base() },
    );
    expect(c.dataset.rows.map((r) => r.name)).toEqual(second.map((m) => m.name));
    expect(sources(c)).toEqual(['b.xlsx', 'b.xlsx', 'b.xlsx', 'b.xlsx']);
    expect(fileOf(c, 'a.xlsx')).toMatchObject({ rows: 3, merged: 0, replacedBy: [{ file: 'b.xlsx', rows: 3 }], supersededBy: [], dateKind: 'modified' });
    expect(fileOf(c, 'b.xlsx')).toMatchObject({ rows: 4, merged: 4, replaces: [{ file: 'a.xlsx', rows: 3 }], units: [X], years: [2024] });
  });

  it('the modified date wins over a later file date', () => {
    const c = consolidate([
      unitFile('a.xlsx', first, { modified: '2024-11-14T03:00:00Z', file: '2024-11-30T03:00:00Z' }),
      unitFile('b.xlsx', second, { modified: '2024-11-12T03:00:00Z', file: '2024-11-13T03:00:00Z' }),
    ]);
    expect(c.dataset.rows.map((r) => r.name)).toEqual(first.map((m) => m.name));
    expect(fileOf(c, 'b.xlsx')).toMatchObject({ merged: 0, supersededBy: [{ file: 'a.xlsx', rows: 4 }] });
  });

  it('equal modified dates: the file’s date decides', () => {
    const same = '2024-11-10T03:00:00Z';
    const c = consolidate([
      unitFile('a.xlsx', first, { modified: same, file: '2024-11-14T03:00:00Z' }),
      unitFile('b.xlsx', second, { modified: same, file: '2024-11-13T03:00:00Z' }),
    ]);
    expect(sources(c)).toEqual(['a.xlsx', 'a.xlsx', 'a.xlsx']);
  });

  it('no modified date: the file’s date; equal dates: the later import', () => {
    const byFileDate = consolidate([unitFile('a.xlsx', first, { file: '2024-11-14T03:00:00Z' }), unitFile('b.xlsx', second, { file: '2024-11-13T03:00:00Z' })]);
    expect(sources(byFileDate)).toEqual(['a.xlsx', 'a.xlsx', 'a.xlsx']);
    expect(fileOf(byFileDate, 'a.xlsx').dateKind).toBe('file');
    const same = { modified: '2024-11-10T03:00:00Z', file: '2024-11-10T03:00:00Z' };
    const byOrder = consolidate([unitFile('a.xlsx', first, same), unitFile('b.xlsx', second, same)]);
    expect(sources(byOrder)).toEqual(['b.xlsx', 'b.xlsx', 'b.xlsx', 'b.xlsx']);
    expect(fileOf(byOrder, 'a.xlsx').replacedBy).toEqual([{ file: 'b.xlsx', rows: 3 }]);
  });

  it('an older file imported later never replaces the newer one: its rows are superseded', () => {
    const c = consolidate([
      unitFile('moi.xlsx', second, { modified: '2024-11-12T03:00:00Z' }),
      unitFile('cu.xlsx', first, { modified: '2024-11-10T03:00:00Z' }),
    ]);
    expect(sources(c)).toEqual(['moi.xlsx', 'moi.xlsx', 'moi.xlsx', 'moi.xlsx']);
    expect(fileOf(c, 'cu.xlsx')).toMatchObject({ merged: 0, supersededBy: [{ file: 'moi.xlsx', rows: 3 }], replacedBy: [] });
    expect(fileOf(c, 'moi.xlsx').replaces).toEqual([]);
  });

  it('replaces only the years the newer file holds, and only its own unit’s rows', () => {
    const older = unitFile('a.xlsx', [...models(2, { unit: X, year: 2023 }, 'Cũ'), ...first], { modified: '2024-11-10T03:00:00Z' });
    const newer = unitFile('b.xlsx', second, { modified: '2024-11-12T03:00:00Z' });
    const other = unitFile('c.xlsx', models(2, { unit: Z, year: 2024 }), { modified: '2024-11-01T03:00:00Z' });
    const c = consolidate([older, newer, other], { base: base() });
    expect(c.dataset.rows.map((r) => [r.unit, r.year, r.source])).toEqual([
      [X, 2023, 'a.xlsx'],
      [X, 2023, 'a.xlsx'],
      ...second.map(() => [X, 2024, 'b.xlsx']),
      [Z, 2024, 'c.xlsx'],
      [Z, 2024, 'c.xlsx'],
    ]);
    expect(fileOf(c, 'a.xlsx')).toMatchObject({ rows: 5, merged: 2, years: [2023, 2024] });
  });
});

describe('a model in two files', () => {
  it('is merged from both and flagged, naming both files', () => {
    const shared = { unit: X, year: 2024, name: 'Vận động Nhân dân hiến đất làm đường' };
    const xFile = unitFile('xuat-hoa.xlsx', [...models(3, { unit: X, year: 2024 }), shared], { modified: '2024-11-10T03:00:00Z' });
    // The office's file copies one row of Xuất Hóa's (other spacing and case): it is from Z, so it replaces nothing.
    const zFile = unitFile('van-phong.xlsx', [...models(3, { unit: Z, year: 2024 }), { ...shared, name: 'vận động nhân dân  hiến đất làm đường' }], {
      modified: '2024-11-12T03:00:00Z',
    });
    const c = consolidate([xFile, zFile], { base: base() });
    expect(c.dataset.rows).toHaveLength(8);
    expect(fileOf(c, 'van-phong.xlsx')).toMatchObject({ ownUnits: [Z], units: [Z, X], replaces: [] });
    expect(c.duplicates).toHaveLength(1);
    expect(c.duplicates[0]).toMatchObject({ file: 'van-phong.xlsx', cell: 'D5', row: 5, rule: 'duplicate-across-files', severity: 'warning' });
    expect(c.duplicates[0].message).toContain('“van-phong.xlsx”');
    expect(c.duplicates[0].message).toContain('“xuat-hoa.xlsx” (dòng 5)');
    expect(fileOf(c, 'van-phong.xlsx').findings).toContainEqual(c.duplicates[0]);
    // Sent back to the unit whose file holds the copied row.
    expect(unitOf(c, Z).findings.map((f) => f.rule)).toContain('duplicate-across-files');
  });
});

describe('submission tracking against Danh mục and Hạn nộp', () => {
  const units = unitList([
    { name: 'Chi bộ Đúng hạn', bloc: 'Hành chính sự nghiệp' },
    { name: 'Chi bộ Nộp muộn', bloc: 'Hành chính sự nghiệp' },
    { name: 'Chi bộ Chưa nộp', bloc: 'Nội chính' },
    { name: 'Chi bộ Có lỗi', bloc: 'Doanh nghiệp' },
    { name: 'Chi bộ Sửa lại', bloc: 'Doanh nghiệp' },
  ]);
  const district = input('huyen.xlsx', book([units, infoSheet({ 'Năm báo cáo': 2024, 'Hạn nộp': '15/11/2024' })], 'huyen.xlsx'));
  const files = [
    // 23:59 on the deadline day in Vietnam (16:59 UTC): on time.
    unitFile('dung-han.xlsx', models(2, { unit: 'Chi bộ Đúng hạn' }), { modified: '2024-11-15T16:59:00Z' }),
    // 00:30 the day after, in Vietnam: late.
    unitFile('muon.xlsx', models(2, { unit: 'Chi bộ Nộp muộn' }), { file: '2024-11-15T17:30:00Z' }),
    unitFile('loi.xlsx', [...models(1, { unit: 'Chi bộ Có lỗi' }), { unit: 'Chi bộ Có lỗi', name: 'Thiếu lĩnh vực', field: null }], {
      modified: '2024-11-14T03:00:00Z',
    }),
    unitFile('sua-1.xlsx', [{ unit: 'Chi bộ Sửa lại', name: 'Mô hình', kind: 'Tập thể' }], { modified: '2024-11-14T03:00:00Z' }),
    unitFile('sua-2.xlsx', [{ unit: 'Chi bộ Sửa lại', name: 'Mô hình', kind: 'Nhóm' }], { modified: '2024-11-18T03:00:00Z' }),
  ];
  const c = consolidate(files, { base: district });

  it('gives every unit of Danh mục its state', () => {
    expect(c.tracking.deadline).toEqual({ day: 15, month: 11, year: 2024 });
    expect(c.tracking.year).toBe(2024);
    expect(c.tracking.units.map((u) => [u.unit, u.label])).toEqual([
      ['Chi bộ Đúng hạn', 'Đã nộp đúng hạn'],
      ['Chi bộ Nộp muộn', 'Nộp muộn'],
      ['Chi bộ Chưa nộp', 'Chưa nộp'],
      ['Chi bộ Có lỗi', 'Đã nộp đúng hạn; Có lỗi'],
      ['Chi bộ Sửa lại', 'Đã nộp đúng hạn; Có lỗi'],
    ]);
    expect(unitOf(c, 'Chi bộ Đúng hạn')).toMatchObject({
      state: 'onTime',
      hasErrors: false,
      submitted: { day: 15, month: 11, year: 2024 },
      rows: 2,
      files: [{ name: 'dung-han.xlsx' }],
    });
    expect(unitOf(c, 'Chi bộ Nộp muộn')).toMatchObject({ state: 'late', submitted: { day: 16, month: 11, year: 2024 } });
    expect(unitOf(c, 'Chi bộ Chưa nộp')).toMatchObject({ state: 'missing', files: [], rows: 0, findings: [] });
  });

  it('judges a unit that sent again by its first file, and sends back the findings of the rows that count', () => {
    const resent = unitOf(c, 'Chi bộ Sửa lại');
    expect(resent.files.map((f) => f.name)).toEqual(['sua-1.xlsx', 'sua-2.xlsx']);
    expect(resent.findings.map((f) => [f.file, f.cell, f.rule])).toEqual([['sua-2.xlsx', 'F2', 'invalid-value']]);
  });

  it('lists for a unit with errors the findings to send back: cell, rule and message', () => {
    const faulty = unitOf(c, 'Chi bộ Có lỗi');
    expect(faulty).toMatchObject({ errors: 1, rows: 2 });
    expect(faulty.findings).toEqual([expect.objectContaining({ file: 'loi.xlsx', cell: 'J3', rule: 'required', severity: 'error' })]);
    expect(faulty.findings[0].message).toMatch(/^Ô J3: thiếu Lĩnh vực/);
  });

  it('without a base there is no deadline: units that sent a file are `Đã nộp`', () => {
    const loose = consolidate(files.slice(0, 2));
    expect(loose.tracking.deadline).toBeNull();
    expect(loose.tracking.units.map((u) => [u.unit, u.label, u.listed])).toEqual([
      ['Chi bộ Đúng hạn', 'Đã nộp', false],
      ['Chi bộ Nộp muộn', 'Đã nộp', false],
    ]);
  });

  it('a unit sending a file without being in Danh mục is set apart, not counted as one more unit', () => {
    const extra = consolidate([...files, unitFile('la.xlsx', models(1, { unit: 'Chi bộ Mới lập' }), { modified: '2024-11-01T03:00:00Z' })], { base: district });
    const plain = consolidate(files, { base: district });
    expect(extra.tracking.units).toEqual(plain.tracking.units);
    expect(extra.tracking.unknown).toEqual([
      { unit: 'Chi bộ Mới lập', files: [{ name: 'la.xlsx', date: new Date('2024-11-01T03:00:00Z') }], rows: 1, suggestions: [] },
    ]);
  });
});

describe('the consolidated workbook', () => {
  it('writes Đăng ký with Nguồn, canonical spellings, and values not understood as typed', () => {
    const c = consolidate(
      [
        unitFile('a.xlsx', [
          { unit: 'đảng bộ  phường xuất hoá', name: 'A', status: 'Công nhận', decision: '1', field: 'LV3' },
          { unit: X, name: 'B', kind: 'Nhóm' },
        ]),
      ],
      { base: base({ 'Hạn nộp': '15/11/2024' }), output: 'tong-hop.xlsx' },
    );
    const [header, a, b] = c.workbook.sheets[0].grid;
    const at = (row: unknown[], h: string) => row[header.indexOf(h)];
    expect(at(a, 'Chi, đảng bộ')).toBe(X);
    expect(at(a, 'Kết quả')).toBe('Được công nhận');
    expect(at(a, 'Lĩnh vực')).toBe('Nông thôn mới, đô thị văn minh');
    expect(at(a, 'Nguồn')).toBe('a.xlsx');
    expect(at(b, 'Loại')).toBe('Nhóm');
    expect(c.analysis.excluded).toBe(1);
    expect(c.workbook.sheets.map((s) => s.name)).toEqual(['Đăng ký', 'Danh mục', 'Thông tin']);
    expect(c.workbook.sheets[2].grid).toContainEqual(['Hạn nộp', '15/11/2024']);
    expect(c.dataset.info.deadline).toEqual({ day: 15, month: 11, year: 2024 });
  });

  it('keeps the base’s own rows, older than every file', () => {
    const district = input('huyen.xlsx', book([registrations(models(2, { unit: X, year: 2024 }, 'Gốc')), UNITS], 'huyen.xlsx'));
    const c = consolidate([unitFile('x.xlsx', models(1, { unit: X, year: 2024 }))], { base: district });
    expect(sources(c)).toEqual(['x.xlsx']);
    expect(c.base).toMatchObject({ rows: 2, merged: 0, replacedBy: [{ file: 'x.xlsx', rows: 2 }] });
  });
});

describe('name variants merge into the Danh mục name', () => {
  // Case, decomposed diacritics (NFD), spacing, old tone placement (Hoá), a `Tên khác`.
  const variants = ['ĐẢNG BỘ PHƯỜNG XUẤT HÓA', X.normalize('NFD'), '  Đảng bộ   phường Xuất Hóa ', 'Đảng bộ phường Xuất Hoá'];
  const communes = ['xuất hóa', 'Xuất Hoá', 'Xuất  Hóa'.normalize('NFD'), null];
  const files = variants.map((unit, i) =>
    unitFile(`x-${i}.xlsx`, [{ unit, commune: communes[i], name: `Mô hình ${i}`, year: 2020 + i, status: 'Được công nhận', decision: '1' }]),
  );
  files.push(unitFile('nt.xlsx', [{ unit: 'Đảng ủy xã Nông Thượng', name: 'M', year: 2021, bloc: 'Xã phường', commune: 'Nông Thượng' }]));
  const units = unitList([
    { name: X, bloc: 'Xã, phường', commune: 'Xuất Hóa' },
    { name: 'Đảng bộ xã Nông Thượng', bloc: 'Xã, phường', commune: 'Nông Thượng', other: 'Đảng ủy xã Nông Thượng' },
  ]);
  const c = consolidate(files, { base: input('huyen.xlsx', book([units], 'huyen.xlsx')) });

  it('counts by unit and by commune under the Danh mục spelling, across files', () => {
    const byUnit = summarize(c.analysis.counted, ['unit']).groups.map((g) => [g.values.unit, g.measures.registered]);
    expect(byUnit).toEqual([
      [X, 4],
      ['Đảng bộ xã Nông Thượng', 1],
    ]);
    const byCommune = summarize(c.analysis.counted, ['commune']).groups.map((g) => [g.values.commune, g.measures.registered]);
    expect(byCommune).toEqual([
      ['Nông Thượng', 1],
      ['Xuất Hóa', 4],
    ]);
    expect(c.analysis.findings.filter((f) => f.rule === 'unit-unknown')).toEqual([]);
  });

  it('sees each file as a file of the one unit', () => {
    expect(c.files.slice(0, 4).map((f) => f.ownUnits)).toEqual([[X], [X], [X], [X]]);
    expect(c.tracking.units.map((u) => [u.unit, u.files.length])).toEqual([
      [X, 1],
      ['Đảng bộ xã Nông Thượng', 0],
    ]);
  });

  it('without Danh mục: the first spelling met wins across files', () => {
    const loose = consolidate(files.slice(0, 4));
    expect(summarize(loose.analysis.counted, ['unit']).groups.map((g) => g.values.unit)).toEqual(['ĐẢNG BỘ PHƯỜNG XUẤT HÓA']);
    expect(summarize(loose.analysis.counted, ['commune']).groups.map((g) => g.values.commune)).toEqual(['xuất hóa', null]);
  });
});

describe('the particulars of a consolidated report', () => {
  const unitWithInfo = (name: string) =>
    input(
      name,
      book(
        [
          registrations(models(1, { unit: X, year: 2024 })),
          infoSheet({ 'Cơ quan báo cáo': 'Đảng ủy phường Xuất Hóa', 'Người ký': 'Nguyễn Văn A', 'Số ký hiệu': '12-BC/ĐU', 'Năm báo cáo': 2024 }),
        ],
        name,
      ),
    );

  it('never takes who issues, numbers or signs the report from a unit’s file, only its year', () => {
    const loose = consolidate([unitWithInfo('x.xlsx')]);
    expect(loose.dataset.info).toMatchObject({ agency: null, signer: null, number: null, reportYear: 2024 });
    const withBase = consolidate([unitWithInfo('x.xlsx')], { base: base({ 'Cơ quan báo cáo': 'Thành ủy Bắc Kạn' }) });
    expect(withBase.dataset.info).toMatchObject({ agency: 'Thành ủy Bắc Kạn', signer: null, number: null, reportYear: 2024 });
  });

  it('keeps the base’s own particulars', () => {
    const c = consolidate([unitWithInfo('x.xlsx')], {
      base: base({ 'Cơ quan báo cáo': 'Thành ủy Bắc Kạn', 'Người ký': 'Phạm Ngọc San', 'Năm báo cáo': 2025 }),
    });
    expect(c.dataset.info).toMatchObject({ agency: 'Thành ủy Bắc Kạn', signer: 'Phạm Ngọc San', reportYear: 2025 });
  });
});

describe('the year of a consolidation of several years', () => {
  const yearFile = (name: string, year: number) => input(name, book([registrations(models(2, { unit: X, year })), infoSheet({ 'Năm báo cáo': year })], name));

  it('is the latest year present when the units’ files disagree, not the first file’s', () => {
    const c = consolidate([yearFile('2021.xlsx', 2021), yearFile('2022.xlsx', 2022), yearFile('2023.xlsx', 2023)]);
    expect(c.dataset.info.reportYear).toBeNull();
    expect(c.tracking.year).toBe(2023);
  });

  it('is the units’ year when they agree', () => {
    const c = consolidate([
      yearFile('a.xlsx', 2022),
      input('b.xlsx', book([registrations(models(1, { unit: Z, year: 2022 })), infoSheet({ 'Năm báo cáo': 2022 })], 'b.xlsx')),
    ]);
    expect(c.dataset.info.reportYear).toBe(2022);
  });
});

describe('the communes’ Khối Dân vận in a consolidation', () => {
  const H = ['Năm', 'Xã/phường', 'Số thành viên', 'Thành viên được tập huấn'];
  const khoiFile = (name: string, rows: Array<[number, string, number, number]>, modified: string) =>
    input(name, book([{ name: 'Khối Dân vận', rows: [H, ...rows] }], name), { modified });

  it('brings each commune’s row in, the newer file’s for a commune and year, with Nguồn', () => {
    const c = consolidate(
      [
        khoiFile('xuat-hoa-1.xlsx', [[2024, 'Phường Xuất Hóa', 11, 5]], '2024-11-01T03:00:00Z'),
        khoiFile('xuat-hoa-2.xlsx', [[2024, 'Xuất Hóa', 12, 12]], '2024-11-05T03:00:00Z'),
        khoiFile('nong-thuong.xlsx', [[2024, 'Xã Nông Thượng', 9, 9]], '2024-11-02T03:00:00Z'),
      ],
      { base: base() },
    );
    const sheet = c.workbook.sheets.find((s) => s.name === 'Khối Dân vận')!;
    const header = sheet.grid[0];
    const at = (row: unknown[], h: string) => row[header.indexOf(h)];
    expect(sheet.grid.slice(1).map((r) => [at(r, 'Xã/phường'), at(r, 'Số thành viên'), at(r, 'Nguồn')])).toEqual([
      ['Xuất Hóa', 12, 'xuat-hoa-2.xlsx'],
      ['Xã Nông Thượng', 9, 'nong-thuong.xlsx'],
    ]);
    expect(c.dataset.khoi).toHaveLength(2);
    // The files hold no models: no "no registration sheet" finding for them.
    expect(c.files.flatMap((f) => f.findings)).toEqual([]);
  });

  it('says per file how many Khối rows it brings, replaces, or loses to a newer file', () => {
    const older = khoiFile('xuat-hoa-1.xlsx', [[2024, 'Phường Xuất Hóa', 11, 5]], '2024-11-01T03:00:00Z');
    const newer = khoiFile('xuat-hoa-2.xlsx', [[2024, 'Xuất Hóa', 12, 12]], '2024-11-05T03:00:00Z');
    const inOrder = consolidate([older, newer, unitFile('x.xlsx', models(1, { unit: X, year: 2024 }))]);
    expect(fileOf(inOrder, 'xuat-hoa-1.xlsx').khoi).toEqual({
      rows: 1,
      merged: 0,
      replaces: [],
      replacedBy: [{ file: 'xuat-hoa-2.xlsx', rows: 1 }],
      supersededBy: [],
    });
    expect(fileOf(inOrder, 'xuat-hoa-2.xlsx').khoi).toEqual({
      rows: 1,
      merged: 1,
      replaces: [{ file: 'xuat-hoa-1.xlsx', rows: 1 }],
      replacedBy: [],
      supersededBy: [],
    });
    expect(fileOf(inOrder, 'x.xlsx').khoi).toBeNull();
    const reversed = consolidate([newer, older]);
    expect(fileOf(reversed, 'xuat-hoa-1.xlsx').khoi).toEqual({
      rows: 1,
      merged: 0,
      replaces: [],
      replacedBy: [],
      supersededBy: [{ file: 'xuat-hoa-2.xlsx', rows: 1 }],
    });
    expect(reversed.mergedKhoi.map((r) => [r.file, r.rowNumber])).toEqual([['xuat-hoa-2.xlsx', 2]]);
  });

  it('tracks which communes of Danh mục have not sent their row of the year', () => {
    const c = consolidate([khoiFile('xuat-hoa.xlsx', [[2024, 'Xuất Hóa', 12, 12]], '2024-11-05T03:00:00Z')], { base: base() });
    expect(c.tracking.khoi).toEqual({ of: 2, missing: ['Nông Thượng'] });
    expect(consolidate([unitFile('x.xlsx', models(1, { unit: X, year: 2024 }))], { base: base() }).tracking.khoi).toBeUndefined();
  });
});

/** Several years consolidated: Biểu 03 and the period paragraph of seed 000, and units counted under their successors across 2025. */
import {
  consolidate,
  periodRows,
  reportDocument,
  reportTables,
  spansReorganisation,
  summarize,
  type ConsolidationInput,
  type RegistrationRow,
} from '../../src/engine';
import { book, infoSheet, registrations, unitList, type Model } from './builder';

const X = 'Đảng bộ phường Xuất Hóa';
const NT = 'Đảng bộ xã Nông Thượng';
const Z = 'Chi bộ Văn phòng';

const file = (name: string, models: Model[]): ConsolidationInput => ({
  name,
  grids: book([registrations(models)], name),
  fileDate: new Date('2024-11-10T03:00:00Z'),
});
const baseOf = (...sheets: Parameters<typeof book>[0]): ConsolidationInput => ({ name: 'huyen.xlsx', grids: book(sheets, 'huyen.xlsx') });

/** `n` models of a unit, year, kind and status. */
const many = (n: number, m: Model): Model[] =>
  Array.from({ length: n }, (_, i) => ({ ...m, name: `${m.unit} ${m.year} ${m.kind} ${m.status ?? ''} ${i + 1}`, decision: m.status ? '1-QĐ/TU' : null }));

/** One year's models spread over three units' files: collective (some recognised) and individual. */
function yearFiles(year: number, collective: number, individual: number, recognised: number): ConsolidationInput[] {
  const units = [X, NT, Z];
  const share = (n: number, i: number) => Math.floor(n / 3) + (i < n % 3 ? 1 : 0);
  return units.map((unit, i) =>
    file(`${year}-${i + 1}.xlsx`, [
      ...many(share(recognised, i), { unit, year, kind: 'Tập thể', status: 'Được công nhận' }),
      ...many(share(collective - recognised, i), { unit, year, kind: 'Tập thể' }),
      ...many(share(individual, i), { unit, year, kind: 'Cá nhân' }),
    ]),
  );
}

const UNITS = unitList([
  { name: Z, bloc: 'Hành chính sự nghiệp' },
  { name: X, bloc: 'Xã, phường', commune: 'Xuất Hóa', successor: 'Phường Bắc Kạn' },
  { name: NT, bloc: 'Xã, phường', commune: 'Nông Thượng', successor: 'Phường Bắc Kạn' },
  { name: 'Đảng bộ phường Sông Cầu', bloc: 'Xã, phường', commune: 'Sông Cầu', successor: 'đảng bộ phường bắc kạn' },
  { name: 'Đảng bộ phường Bắc Kạn', bloc: 'Xã, phường', commune: 'Bắc Kạn' },
]);

describe('several years consolidated (seed 000)', () => {
  // Seed 000: 2021: 127, 2022: 190, 2023: 279 (542 collective, 54 individual); recognised 66, 129, 202.
  const period = [...yearFiles(2021, 115, 12, 66), ...yearFiles(2022, 172, 18, 129), ...yearFiles(2023, 255, 24, 202)];
  // 2018-2020: 243 models (596 - 353). The seed's "353 tập thể, kém 01 cá nhân" does not add up to 353; these data: 188 + 55.
  const earlier = [...yearFiles(2018, 60, 20, 30), ...yearFiles(2019, 60, 20, 30), ...yearFiles(2020, 68, 15, 30)];
  const district = baseOf(UNITS, infoSheet({ 'Năm báo cáo': 2023, 'Giai đoạn': '2021-2025', 'Cơ quan báo cáo': 'Thành ủy Bắc Kạn' }));
  const PERIOD =
    'Giai đoạn 2021-2023, có 596 lượt mô hình đăng ký thực hiện (có 542 tập thể, 54 cá nhân) cụ thể: năm 2021: 127; năm 2022: 190; năm 2023: 279 mô hình';

  it('writes the period paragraph with the comparison to 2018-2020 computed from the data', () => {
    const c = consolidate([...earlier, ...period], { base: district });
    expect(c.files.every((f) => f.merged === f.rows)).toBe(true);
    const doc = reportDocument(c.dataset, c.analysis.counted);
    expect(doc.paragraphs.at(-1)).toBe(`${PERIOD}; tăng 353 lượt mô hình so với cùng kỳ giai đoạn 2018-2020 (tăng 354 tập thể, giảm 01 cá nhân).`);
    expect(doc.subtitle).toBe('kết quả thực hiện phong trào “Dân vận khéo” năm 2023');
  });

  it('fills Biểu 03 year by year for the period', () => {
    const c = consolidate([...period, ...earlier], { base: district });
    const bieu03 = reportTables(c.dataset, c.analysis.counted)[2];
    expect(bieu03.caption).toBe('Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo năm, giai đoạn 2021-2023');
    expect(bieu03.body).toEqual([
      [1, 'Năm 2021', 127, 115, 12, 66, 66, 0],
      [2, 'Năm 2022', 190, 172, 18, 129, 129, 0],
      [3, 'Năm 2023', 279, 255, 24, 202, 202, 0],
      [null, 'Tổng cộng', 596, 542, 54, 397, 397, 0],
    ]);
  });

  it('compares only when every year of the earlier period has data', () => {
    const c = consolidate([...yearFiles(2020, 68, 15, 30), ...period], { base: district });
    expect(reportDocument(c.dataset, c.analysis.counted).paragraphs.at(-1)).toBe(`${PERIOD}.`);
  });

  it('without the earlier years: no comparison', () => {
    const c = consolidate(period, { base: district });
    expect(reportDocument(c.dataset, c.analysis.counted).paragraphs.at(-1)).toBe(`${PERIOD}.`);
  });
});

describe('a period spanning the 2025 reorganisation', () => {
  const before = [
    file('x-2023.xlsx', many(3, { unit: X, year: 2023, kind: 'Tập thể' })),
    file('nt-2023.xlsx', many(2, { unit: NT, year: 2023, kind: 'Tập thể' })),
    file('sc-2023.xlsx', many(1, { unit: 'Đảng bộ phường Sông Cầu', year: 2023, kind: 'Cá nhân' })),
    file('z-2023.xlsx', many(2, { unit: Z, year: 2023, kind: 'Tập thể' })),
  ];
  const after = [
    file('bk-2026.xlsx', many(7, { unit: 'Đảng bộ phường Bắc Kạn', year: 2026, kind: 'Tập thể' })),
    file('z-2026.xlsx', many(1, { unit: Z, year: 2026, kind: 'Tập thể' })),
  ];
  const pairs = (rows: RegistrationRow[], dim: 'unit' | 'commune') =>
    summarize(rows, ['year', dim]).groups.map((g) => [g.values.year, g.values[dim], g.measures.registered]);

  it('counts 2023’s units and communes under their Đơn vị mới, like 2026’s', () => {
    const c = consolidate([...before, ...after], { base: baseOf(UNITS, infoSheet({ 'Năm báo cáo': 2026 })) });
    const rows = periodRows(c.analysis.counted, c.dataset.info, c.dataset.units);
    expect(pairs(rows, 'unit')).toEqual([
      [2023, Z, 2],
      [2023, 'Đảng bộ phường Bắc Kạn', 6],
      [2026, Z, 1],
      [2026, 'Đảng bộ phường Bắc Kạn', 7],
    ]);
    expect(pairs(rows, 'commune')).toEqual([
      [2023, 'Bắc Kạn', 6],
      [2023, null, 2],
      [2026, 'Bắc Kạn', 7],
      [2026, null, 1],
    ]);
    expect(summarize(rows, ['year']).groups.map((g) => g.measures.unitsRegistered)).toEqual([2, 2]);
    // The year's tables keep the year's own units; the period's totals are the same either way.
    expect(reportTables(c.dataset, c.analysis.counted)[2].body.map((r) => r.slice(1, 5))).toEqual([
      ['Năm 2023', 8, 7, 1],
      ['Năm 2026', 8, 8, 0],
      ['Tổng cộng', 16, 15, 1],
    ]);
  });

  it('does not map a period on one side of 2025', () => {
    const c = consolidate(before, { base: baseOf(UNITS) });
    const rows = periodRows(c.analysis.counted, c.dataset.info, c.dataset.units);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set([X, NT, 'Đảng bộ phường Sông Cầu', Z]));
    expect(pairs(rows, 'commune')).toContainEqual([2023, 'Xuất Hóa', 3]);
  });

  it('maps a successor not listed to the place it names; 2025 counts as after', () => {
    const units = unitList([{ name: X, bloc: 'Xã, phường', commune: 'Xuất Hóa', successor: 'Phường Bắc Kạn' }]);
    const c = consolidate(
      [
        file('x.xlsx', many(2, { unit: X, year: 2024, kind: 'Tập thể' })),
        file('y.xlsx', many(1, { unit: 'Phường Bắc Kạn', commune: 'Bắc Kạn', year: 2025, kind: 'Tập thể' })),
      ],
      {
        base: baseOf(units),
      },
    );
    expect(spansReorganisation(c.analysis.counted)).toBe(true);
    const rows = periodRows(c.analysis.counted, c.dataset.info, c.dataset.units);
    expect(pairs(rows, 'unit')).toEqual([
      [2024, 'Phường Bắc Kạn', 2],
      [2025, 'Phường Bắc Kạn', 1],
    ]);
    expect(pairs(rows, 'commune')).toEqual([
      [2024, 'Bắc Kạn', 2],
      [2025, 'Bắc Kạn', 1],
    ]);
  });

  it('does not expect a file in 2026 from a unit that was taken over', () => {
    const c = consolidate(after, { base: baseOf(UNITS, infoSheet({ 'Năm báo cáo': 2026, 'Hạn nộp': '15/11/2026' })) });
    expect(c.tracking.units.map((u) => [u.unit, u.state])).toEqual([
      [Z, 'onTime'],
      ['Đảng bộ phường Bắc Kạn', 'onTime'],
    ]);
  });
});

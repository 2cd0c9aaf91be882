/**
 * The layouts clerks really use (issue 5, point 2): title blocks, two-row headers with merged group
 * cells over tick columns, tick columns side by side, blank rows, `Tổng cộng` lines, hidden rows and
 * filters, numbers and years stored as text. Grids are given as Office.js gives them: a merged
 * area's value in its top-left cell only, the rest empty.
 */
import { analyse, readWorkbooks, summarize, type CellValue, type Finding, type SheetGrid } from '../../src/engine';
import { book, check, checkSheets, ofRule, registrations } from './builder';
import { TICK_HEADER_SUB, TICK_HEADER_TOP } from '../fixtures/tick-header';

const TITLE: CellValue[][] = [
  ['ĐẢNG ỦY XÃ LỤC BÌNH', null, null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024'],
  [],
];

/** Rows 4-5: the unit's two-row header with tick columns (test/fixtures/tick-header.ts). */
const TOP = [...TICK_HEADER_TOP];
const SUB = [...TICK_HEADER_SUB];

interface TickModel {
  name: string;
  field?: number[];
  kind?: number[];
  registration?: number[];
  status?: CellValue;
  mark?: CellValue;
  year?: CellValue;
}

/** A data row of the two-row layout: `field` [3] puts the mark under 3, [1, 3] under 1 and 3. */
function tickRow(stt: number, m: TickModel): CellValue[] {
  const mark = m.mark ?? 'x';
  const ticks = (count: number, marked: number[] = []) => Array.from({ length: count }, (_, i) => (marked.includes(i + 1) ? mark : null));
  return [
    stt,
    m.name,
    'Chi hội Phụ nữ',
    'Chi bộ Văn phòng',
    m.year ?? 2024,
    ...ticks(4, m.field ?? [3]),
    ...ticks(2, m.kind ?? [1]),
    ...ticks(2, m.registration ?? [2]),
    m.status ?? null,
  ];
}

const twoRowSheet = (rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({
  name: 'Đăng ký',
  grid: [...TITLE, TOP, SUB, ...rows],
  ...extra,
});

const run = (...sheets: SheetGrid[]) => check({ file: 'don-vi.xlsx', sheets });
const parsed = (dataset: ReturnType<typeof readWorkbooks>) =>
  dataset.rows.map((r) => ({ row: r.rowNumber, field: r.field, kind: r.kind, registration: r.registration }));
const places = (findings: readonly Finding[]) => findings.map((f) => [f.rule, f.severity, f.cell, f.key]);

describe('a two-row header with merged group cells over tick columns', () => {
  const rows = [
    tickRow(1, { name: 'Hũ gạo tình thương' }),
    tickRow(2, { name: 'Sân chơi cho em', field: [1], kind: [2], registration: [1], status: 'Được công nhận' }),
    tickRow(3, { name: 'Con đường hoa', field: [4], mark: 'X' }),
  ];

  it('is found under the title block: data from the row after the sub-headers', () => {
    const { dataset, findings, counted } = run(twoRowSheet(rows));
    expect(dataset.sources).toEqual([{ file: 'don-vi.xlsx', sheet: 'Đăng ký', headerRow: 5 }]);
    expect(dataset.readFindings).toEqual([]);
    expect(parsed(dataset)).toEqual([
      { row: 6, field: 3, kind: 'collective', registration: 'new' },
      { row: 7, field: 1, kind: 'individual', registration: 'maintained' },
      { row: 8, field: 4, kind: 'collective', registration: 'new' },
    ]);
    expect(dataset.rows.map((r) => [r.name, r.implementer, r.unit, r.year, r.status])).toEqual([
      ['Hũ gạo tình thương', 'Chi hội Phụ nữ', 'Chi bộ Văn phòng', 2024, 'registered'],
      ['Sân chơi cho em', 'Chi hội Phụ nữ', 'Chi bộ Văn phòng', 2024, 'recognized'],
      ['Con đường hoa', 'Chi hội Phụ nữ', 'Chi bộ Văn phòng', 2024, 'registered'],
    ]);
    expect(findings.filter((f) => f.rule !== 'decision-missing')).toEqual([]);
    expect(counted).toHaveLength(3);
  });

  it('counts by field, kind and registration from the marks', () => {
    const { counted } = run(twoRowSheet(rows));
    const byField = summarize(counted, ['field']).groups.map((g) => [g.values.field, g.measures.registered]);
    expect(byField).toEqual([
      [1, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(summarize(counted, ['kind', 'registration']).groups.map((g) => [g.values.kind, g.values.registration, g.measures.registered])).toEqual([
      ['Tập thể', 'Đăng ký mới', 2],
      ['Cá nhân', 'Duy trì', 1],
    ]);
  });

  it('a finding on a typed column still points at its own cell', () => {
    const { findings } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo', year: 1999 })]));
    expect(places(ofRule(findings, 'year'))).toEqual([['year', 'error', 'E6', 'year']]);
  });

  it.each([
    ['LV1…LV4, Loại over Tập thể/Cá nhân, Đăng ký over Duy trì/Mới', ['LV1', 'LV2', 'LV3', 'LV4'], 'Loại', 'Đăng ký', 'Mới'],
    [
      'field titles, Lĩnh vực thực hiện',
      [
        'Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
        'Cải cách hành chính, xây dựng công sở',
        'Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh',
        'Bản sắc văn hóa, du lịch, dịch vụ',
      ],
      'Loại mô hình',
      'Hình thức đăng ký',
      'Đăng ký mới',
    ],
    ['codes as text, Lĩnh vực 1…4', ['Lĩnh vực 1', '2', '3', 'Lĩnh vực 4'], 'Tập thể/Cá nhân', 'Hình thức', 'Đăng ký mới'],
  ])('sub-headers as %s', (_, fields, kindGroup, registrationGroup, newLabel) => {
    const top = [...TOP];
    top[9] = kindGroup;
    top[11] = registrationGroup;
    if (fields[0].startsWith('Xây')) top[5] = 'Lĩnh vực thực hiện';
    const sub = [...SUB];
    sub.splice(5, 4, ...fields);
    sub[12] = newLabel;
    const { dataset, findings } = run({ name: 'Đăng ký', grid: [top, sub, ...rows] });
    expect(dataset.sources[0].headerRow).toBe(2);
    expect(parsed(dataset).map((r) => [r.field, r.kind, r.registration])).toEqual([
      [3, 'collective', 'new'],
      [1, 'individual', 'maintained'],
      [4, 'collective', 'new'],
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([['x'], ['X'], ['✓'], ['√'], ['v'], [1], ['1'], [true], [' x ']])('%p is a mark', (mark) => {
    const { dataset } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo', mark, field: [2] })]));
    expect(parsed(dataset)).toEqual([{ row: 6, field: 2, kind: 'collective', registration: 'new' }]);
  });

  it('0, a dash and “không” are no marks', () => {
    const row = tickRow(1, { name: 'Hũ gạo', field: [2] });
    row.splice(5, 4, 0, 'x', '-', 'không');
    const { dataset, findings } = run(twoRowSheet([row]));
    expect(parsed(dataset)[0].field).toBe(2);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('two marks in one group: invalid-value naming both cells, and the row is not counted', () => {
    const { findings, counted, excluded } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo' }), tickRow(2, { name: 'Sân chơi', field: [1, 3] })]));
    const invalid = ofRule(findings, 'invalid-value');
    expect(places(invalid)).toEqual([['invalid-value', 'error', 'F7', 'field']]);
    expect(invalid[0].message).toBe('Ô F7: Lĩnh vực được đánh dấu ở nhiều ô: F7 (1), H7 (3); chỉ đánh dấu một ô, dòng này chưa được tính.');
    expect(counted.map((r) => r.name)).toEqual(['Hũ gạo']);
    expect(excluded).toBe(1);
  });

  it('two marks in the kind and registration groups are errors of those columns', () => {
    const { findings } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo', kind: [1, 2], registration: [1, 2] })]));
    expect(places(ofRule(findings, 'invalid-value'))).toEqual([
      ['invalid-value', 'error', 'J6', 'kind'],
      ['invalid-value', 'error', 'L6', 'registration'],
    ]);
    expect(ofRule(findings, 'invalid-value')[0].message).toMatch(/J6 \(Tập thể\), K6 \(Cá nhân\)/);
  });

  it('no mark in a group: required at the group’s first cell, naming the cells to mark; the row is not counted', () => {
    const { findings, counted } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo', field: [] })]));
    const required = ofRule(findings, 'required');
    expect(places(required)).toEqual([['required', 'error', 'F6', 'field']]);
    expect(required[0].message).toBe('Ô F6: chưa đánh dấu Lĩnh vực (bắt buộc); đánh dấu (x) đúng một ô trong F6 (1), G6 (2), H6 (3), I6 (4).');
    expect(counted).toEqual([]);
  });

  it('one mark per group gives no tick finding', () => {
    const { findings } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo', field: [1] })]));
    expect([...ofRule(findings, 'required'), ...ofRule(findings, 'invalid-value')]).toEqual([]);
  });

  it('a group cell over a single sub-column is no tick group (the column is missing)', () => {
    const top = ['STT', 'Tên mô hình', 'Chủ thể thực hiện', 'Đơn vị', 'Năm', 'Lĩnh vực', 'Loại', 'Hình thức'];
    const sub = [null, null, null, null, null, null, null, 'Duy trì'];
    const { dataset } = run({ name: 'Đăng ký', grid: [top, sub, [1, 'Hũ gạo', 'Chi hội', 'Chi bộ Văn phòng', 2024, 3, 'Tập thể', 'x']] });
    expect(dataset.sources[0].headerRow).toBe(1);
  });

  it('other columns named in the second row under a group cell the table does not know', () => {
    const top = ['STT', 'Năm', 'Thông tin mô hình', null, 'Đơn vị', 'Lĩnh vực', 'Loại', 'Hình thức'];
    const sub = [null, null, 'Tên mô hình', 'Người thực hiện', null, null, null, null];
    const row = [1, 2024, 'Hũ gạo', 'Chi hội Phụ nữ', 'Chi bộ Văn phòng', 3, 'Tập thể', 'Duy trì'];
    const { dataset, findings } = run({ name: 'Đăng ký', grid: [top, sub, row] });
    expect(dataset.sources[0].headerRow).toBe(2);
    expect(dataset.rows.map((r) => [r.rowNumber, r.name, r.implementer, r.field])).toEqual([[3, 'Hũ gạo', 'Chi hội Phụ nữ', 3]]);
    expect(findings).toEqual([]);
  });

  it('the first data row under a one-row header is never taken for sub-headers', () => {
    const { dataset } = checkSheets(registrations([{ kind: 'Tập thể', registration: 'Duy trì' }, { name: 'Sân chơi' }]));
    expect(dataset.sources[0].headerRow).toBe(1);
    expect(dataset.rows).toHaveLength(2);
  });
});

describe('tick columns side by side in a one-row header', () => {
  const HEADER = ['STT', 'Tên mô hình', 'Chủ thể thực hiện', 'Đơn vị', 'Năm', 'LV1', 'LV2', 'LV3', 'LV4', 'Tập thể', 'Cá nhân', 'Duy trì', 'Mới'];

  it('read like the group layout', () => {
    const row = (name: string, field: number, kind: number, registration: number): CellValue[] => {
      const cells: CellValue[] = [1, name, 'Chi hội', 'Chi bộ Văn phòng', 2024, null, null, null, null, null, null, null, null];
      cells[4 + field] = 'x';
      cells[8 + kind] = 'x';
      cells[10 + registration] = 'x';
      return cells;
    };
    const { dataset, findings } = run({ name: 'Sheet1', grid: [...TITLE, HEADER, row('Hũ gạo', 2, 1, 1), row('Sân chơi', 4, 2, 2)] });
    expect(dataset.sources[0].headerRow).toBe(4);
    expect(parsed(dataset)).toEqual([
      { row: 5, field: 2, kind: 'collective', registration: 'maintained' },
      { row: 6, field: 4, kind: 'individual', registration: 'new' },
    ]);
    expect(findings).toEqual([]);
  });

  it('a lone Tập thể column is no tick group', () => {
    const header = [...HEADER.slice(0, 9), 'Tập thể', 'Loại', 'Hình thức'];
    const { dataset } = run({
      name: 'Sheet1',
      grid: [header, [1, 'Hũ gạo', 'Chi hội', 'Chi bộ Văn phòng', 2024, 'x', null, null, null, 'x', 'Cá nhân', 'Duy trì']],
    });
    expect(dataset.rows.map((r) => [r.field, r.kind])).toEqual([[1, 'individual']]);
  });
});

describe('rows that are no models', () => {
  const HEADER = ['STT', 'Năm', 'Tên mô hình', 'Tập thể/cá nhân thực hiện', 'Loại', 'Chi, đảng bộ', 'Lĩnh vực', 'Hình thức'];
  const model = (stt: number, name: string): CellValue[] => [stt, 2024, name, 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Văn phòng', 3, 'Duy trì'];

  it('blank rows (empty, spaces, empty strings) are skipped; rows keep their sheet numbers', () => {
    const { dataset, findings } = checkSheets({
      name: 'Đăng ký',
      rows: [HEADER, model(1, 'A'), [], [null, '', ' \u00A0 '], model(2, 'B'), [null, null]],
    });
    expect(dataset.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [2, 'A'],
      [5, 'B'],
    ]);
    expect(findings).toEqual([]);
  });

  it('the column numbering under the header is skipped', () => {
    const { dataset, findings } = checkSheets({ name: 'Đăng ký', rows: [HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'], model(1, 'A')] });
    expect(dataset.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(findings).toEqual([]);
    const numbers = checkSheets({ name: 'Đăng ký', rows: [HEADER, [1, 2, 3, 4, 5, 6, 7, 8], model(1, 'A')] });
    expect(numbers.dataset.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('a first row that is not a numbering is read', () => {
    const { dataset } = checkSheets({ name: 'Đăng ký', rows: [HEADER, [1, 2, 4, 5], model(1, 'A')] });
    expect(dataset.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('a Tổng cộng line under the data: one info finding at its label, not a model, not counted, not excluded', () => {
    const { dataset, findings, counted, excluded } = checkSheets({
      name: 'Đăng ký',
      rows: [HEADER, model(1, 'A'), model(2, 'B'), [], ['Tổng cộng', null, null, null, 2, null, 1, '2']],
    });
    expect(dataset.rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(findings).toEqual([
      {
        file: 'test.xlsx',
        sheet: 'Đăng ký',
        cell: 'A5',
        row: 5,
        column: 'A',
        key: 'stt',
        rule: 'total-row',
        severity: 'info',
        message: 'Ô A5: dòng “Tổng cộng” là dòng cộng, không phải mô hình; không kiểm tra và không đếm dòng này.',
        words: { key: 'totalRow', params: { label: 'Tổng cộng' } },
      },
    ]);
    expect(counted).toHaveLength(2);
    expect(excluded).toBe(0);
  });

  it.each([['TỔNG CỘNG:'], ['Cộng'], ['Tổng'], ['Tổng số'], ['  cộng  ']])('%p inside the data, in the name column, is a total line', (label) => {
    const { dataset, findings } = checkSheets({
      name: 'Đăng ký',
      rows: [HEADER, model(1, 'A'), [null, null, label, null, null, null, null, 1], model(2, 'B')],
    });
    expect(dataset.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(places(findings)).toEqual([['total-row', 'info', 'C3', 'name']]);
  });

  it('a line reading Tổng cộng with text elsewhere is a model, checked as one', () => {
    const { dataset, findings } = checkSheets({
      name: 'Đăng ký',
      rows: [HEADER, model(1, 'A'), [null, 2024, 'Tổng cộng', 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Văn phòng', 3, null]],
    });
    expect(dataset.rows.map((r) => r.name)).toEqual(['A', 'Tổng cộng']);
    expect(places(findings)).toEqual([['required', 'error', 'H3', 'registration']]);
  });

  it('a model named like a total but longer is a model', () => {
    const { dataset, findings } = checkSheets(registrations([{ name: 'Cộng đồng chung tay' }]));
    expect(dataset.rows).toHaveLength(1);
    expect(ofRule(findings, 'total-row')).toEqual([]);
  });

  it('a total line in the tick layout (counts under the tick columns)', () => {
    const total: CellValue[] = ['Tổng cộng', null, null, null, null, 0, 0, 1, 0, 1, 0, 0, 1, null];
    const { dataset, findings, counted } = run(twoRowSheet([tickRow(1, { name: 'Hũ gạo' }), total]));
    expect(dataset.rows).toHaveLength(1);
    expect(counted).toHaveLength(1);
    expect(places(findings)).toEqual([['total-row', 'info', 'A7', 'stt']]);
  });
});

describe('hidden rows and filters', () => {
  const sheet = (extra: Partial<SheetGrid>): SheetGrid => ({
    name: 'Đăng ký',
    grid: [...TITLE, TOP, SUB, tickRow(1, { name: 'A' }), tickRow(2, { name: 'B' }), tickRow(3, { name: 'C' }), tickRow(4, { name: 'D' })],
    ...extra,
  });

  it('hidden model rows are counted, said once for the sheet', () => {
    const { findings, counted } = run(sheet({ hiddenRows: [2, 7, 8] }));
    expect(counted.map((r) => r.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(findings).toEqual([
      {
        file: 'don-vi.xlsx',
        sheet: 'Đăng ký',
        cell: null,
        row: null,
        column: null,
        key: null,
        rule: 'hidden-rows',
        severity: 'info',
        message: 'Trang “Đăng ký”: 2 dòng mô hình đang bị ẩn; các dòng ẩn vẫn được kiểm tra và đếm như mọi dòng khác.',
        words: { key: 'hiddenRows', params: { sheet: 'Đăng ký', count: 2, filtered: false } },
      },
    ]);
  });

  it('with a filter on, the message says so', () => {
    const { findings, counted } = run(sheet({ hiddenRows: [9], filtered: true }));
    expect(counted).toHaveLength(4);
    expect(findings.map((f) => f.message)).toEqual([
      'Trang “Đăng ký”: 1 dòng mô hình đang bị ẩn (trang đang bật bộ lọc); các dòng ẩn vẫn được kiểm tra và đếm như mọi dòng khác.',
    ]);
  });

  it('a filter that hides nothing (or an adapter that cannot tell) is still said', () => {
    const { findings } = run(sheet({ filtered: true }));
    expect(places(findings)).toEqual([['hidden-rows', 'info', null, null]]);
    expect(findings[0].message).toBe('Trang “Đăng ký” đang bật bộ lọc; mọi dòng, kể cả dòng bộ lọc ẩn, đều được kiểm tra và đếm.');
  });

  it('no hidden model row and no filter: nothing to say (hidden title rows do not matter)', () => {
    expect(run(sheet({ hiddenRows: [1, 2], filtered: false })).findings).toEqual([]);
    expect(run(sheet({})).findings).toEqual([]);
  });

  it('the finding comes before the sheet’s row findings', () => {
    const grid = sheet({}).grid.slice();
    grid.push(tickRow(5, { name: 'E', year: 1999 }));
    const { findings } = run({ name: 'Đăng ký', grid, hiddenRows: [10] });
    expect(findings.map((f) => f.rule)).toEqual(['hidden-rows', 'year']);
  });
});

describe('numbers and years stored as text or as dates', () => {
  it.each([
    [2024, 2024],
    ['2024', 2024],
    [' 2024 ', 2024],
    [2024.0, 2024],
    [new Date(Date.UTC(1905, 6, 16)), 2024],
    [new Date(Date.UTC(2024, 2, 15)), 2024],
  ])('year %p reads %p without a finding', (year, expected) => {
    const { dataset, findings } = checkSheets(registrations([{ year }]));
    expect(dataset.rows[0].year).toBe(expected);
    expect(findings).toEqual([]);
  });

  it.each([['2.024'], ['2024.0'], [2024.5], ['năm 2024']])('year %p is not a year', (year) => {
    const { findings, excluded } = checkSheets(registrations([{ year }]));
    expect(places(findings)).toEqual([['year', 'error', 'C2', 'year']]);
    expect(excluded).toBe(1);
  });

  it.each([['1'], [' 3 '], [4.0], ['LV2']])('field %p is read as a code', (field) => {
    const { dataset, findings } = checkSheets(registrations([{ field }]));
    expect(dataset.rows[0].field).toBe(Number(String(field).replace('LV', '')));
    expect(findings).toEqual([]);
  });

  it('STT as text (“1.”) is no problem', () => {
    const { findings } = checkSheets(registrations([{ stt: '1.' }, { stt: '2.', name: 'Sân chơi' }]));
    expect(findings).toEqual([]);
  });
});

describe('the engine reads a mixed book as one', () => {
  it('a standard file and a two-row tick file count the same way', () => {
    const standard = book([registrations([{ name: 'Hũ gạo' }, { name: 'Sân chơi', field: 1, kind: 'Cá nhân', registration: 'Duy trì' }])], 'chuan.xlsx');
    const ticks: ReturnType<typeof book> = {
      file: 'tick.xlsx',
      sheets: [twoRowSheet([tickRow(1, { name: 'Hũ gạo' }), tickRow(2, { name: 'Sân chơi', field: [1], kind: [2], registration: [1] })])],
    };
    const counts = (b: ReturnType<typeof book>) => {
      const analysis = analyse(readWorkbooks([b]));
      return summarize(analysis.counted, ['field', 'kind', 'registration']).groups.map((g) => [g.values, g.measures.registered]);
    };
    expect(counts(ticks)).toEqual(counts(standard));
  });
});

import { bieu05 } from './khoi/bieu05';
import { compareVi } from './normalize';
import { isRecognized, measure } from './count';
import type { Dataset } from './dataset';
import type { ColumnFormat, HeaderMerge, ReportTable, RowKind, TableCell } from './report-table';
import { periodRows, reportYear, yearRows, yearsPresent } from './report-scope';
import type { RegistrationRow } from './types';
import { FIELDS, KIND_LABELS } from './vocabulary';

const MODEL = 'mô hình “Dân vận khéo”';

/** The measure columns shared by Biểu 01 and 02. */
function measureCells(rows: readonly RegistrationRow[]): TableCell[] {
  const m = measure(rows);
  const count = (pred: (r: RegistrationRow) => boolean): number => rows.filter(pred).length;
  const recognized = rows.filter(isRecognized);
  return [
    m.registered,
    count((r) => r.registration === 'maintained'),
    count((r) => r.registration === 'new'),
    count((r) => r.kind === 'collective'),
    count((r) => r.kind === 'individual'),
    m.eligible,
    m.proposed,
    m.recognized,
    recognized.filter((r) => r.kind === 'collective').length,
    recognized.filter((r) => r.kind === 'individual').length,
    m.exemplary,
    m.registered === 0 ? null : m.recognized / m.registered,
  ];
}

const MEASURE_HEADER: TableCell[][] = [
  [
    'Số mô hình đăng ký',
    null,
    null,
    null,
    null,
    'Đủ điều kiện bình xét',
    'Đề nghị công nhận',
    'Được công nhận',
    null,
    null,
    'Tiêu biểu',
    'Tỷ lệ công nhận (%)',
  ],
  ['Tổng số', 'Duy trì', 'Đăng ký mới', 'Tập thể', 'Cá nhân', null, null, 'Tổng số', 'Tập thể', 'Cá nhân', null, null],
];
/** Merges of the measure header, relative to its first column. */
const MEASURE_MERGES: HeaderMerge[] = [
  { row: 0, col: 0, rowSpan: 1, colSpan: 5 },
  { row: 0, col: 5, rowSpan: 2, colSpan: 1 },
  { row: 0, col: 6, rowSpan: 2, colSpan: 1 },
  { row: 0, col: 7, rowSpan: 1, colSpan: 3 },
  { row: 0, col: 10, rowSpan: 2, colSpan: 1 },
  { row: 0, col: 11, rowSpan: 2, colSpan: 1 },
];
const MEASURE_FORMATS: ColumnFormat[] = [...Array<ColumnFormat>(11).fill('integer'), 'percent'];

const shift = (merges: HeaderMerge[], by: number): HeaderMerge[] => merges.map((m) => ({ ...m, col: m.col + by }));
/** STT and the label column span both header rows. */
const LEAD_MERGES: HeaderMerge[] = [
  { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
  { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
];
/** Widths in characters; never 9, which exceljs takes for its default and leaves out of the file. */
const columns = (formats: ColumnFormat[], widths: number[]) => formats.map((format, i) => ({ format, width: widths[i] }));

export function bieu01(dataset: Dataset, rows: readonly RegistrationRow[]): ReportTable {
  const year = yearRows(rows, dataset.info);
  const body: TableCell[][] = FIELDS.map((f) => [f.code, f.reportTitle, ...measureCells(year.filter((r) => r.field === f.code))]);
  body.push([null, 'Tổng cộng', ...measureCells(year)]);
  return {
    id: 'bieu-01',
    title: 'Biểu 01',
    caption: `Kết quả đăng ký, công nhận ${MODEL} theo lĩnh vực năm ${reportYear(rows, dataset.info) ?? ''}`.trim(),
    header: [
      ['STT', 'Lĩnh vực', ...MEASURE_HEADER[0]],
      [null, null, ...MEASURE_HEADER[1]],
    ],
    headerMerges: [...LEAD_MERGES, ...shift(MEASURE_MERGES, 2)],
    body,
    rowKinds: [...FIELDS.map((): RowKind => 'data'), 'total'],
    columns: columns(['integer', 'text', ...MEASURE_FORMATS], [5, 34, ...Array(11).fill(8), 10]),
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const NO_BLOC = 'Chưa xác định khối';

/** Every unit of `Danh mục` under its bloc (those without registrations too), then units found only in the data. */
export function bieu02(dataset: Dataset, rows: readonly RegistrationRow[]): ReportTable {
  const year = yearRows(rows, dataset.info);
  const blocs: Array<string | null> = [...dataset.blocs, null];
  const body: TableCell[][] = [];
  const rowKinds: RowKind[] = [];
  let blocNumber = 0;
  for (const bloc of blocs) {
    const listed = dataset.units.filter((u) => (u.bloc ?? null) === bloc).map((u) => u.name);
    const unlisted = [...new Set(year.filter((r) => r.bloc === bloc && r.unit !== null && !listed.includes(r.unit)).map((r) => r.unit as string))].sort(
      compareVi,
    );
    const units = [...listed, ...unlisted];
    if (units.length === 0) continue;
    const blocRows = year.filter((r) => r.bloc === bloc);
    const m = measure(blocRows);
    body.push([ROMAN[blocNumber++] ?? null, bloc === null ? NO_BLOC : `Khối ${bloc}`, ...measureCells(blocRows), m.unitsRegistered, m.unitsRecognized]);
    rowKinds.push('subtotal');
    units.forEach((unit, i) => {
      body.push([i + 1, unit, ...measureCells(blocRows.filter((r) => r.unit === unit)), null, null]);
      rowKinds.push('data');
    });
  }
  const total = measure(year);
  body.push([null, 'Tổng cộng', ...measureCells(year), total.unitsRegistered, total.unitsRecognized]);
  rowKinds.push('total');
  return {
    id: 'bieu-02',
    title: 'Biểu 02',
    caption: `Kết quả đăng ký, công nhận ${MODEL} theo khối và chi, đảng bộ năm ${reportYear(rows, dataset.info) ?? ''}`.trim(),
    header: [
      ['STT', 'Khối, chi, đảng bộ', ...MEASURE_HEADER[0], 'Số đơn vị có đăng ký', 'Số đơn vị được công nhận'],
      [null, null, ...MEASURE_HEADER[1], null, null],
    ],
    headerMerges: [...LEAD_MERGES, ...shift(MEASURE_MERGES, 2), { row: 0, col: 14, rowSpan: 2, colSpan: 1 }, { row: 0, col: 15, rowSpan: 2, colSpan: 1 }],
    body,
    rowKinds,
    columns: columns(['text', 'text', ...MEASURE_FORMATS, 'integer', 'integer'], [5, 32, ...Array(11).fill(8), 10, 10, 10]),
  };
}

/** A row per year of the period present in the data, and the total. */
export function bieu03(dataset: Dataset, rows: readonly RegistrationRow[]): ReportTable {
  const period = periodRows(rows, dataset.info, dataset.units);
  const years = yearsPresent(period);
  const cells = (group: readonly RegistrationRow[]): TableCell[] => {
    const recognized = group.filter(isRecognized);
    return [
      group.length,
      group.filter((r) => r.kind === 'collective').length,
      group.filter((r) => r.kind === 'individual').length,
      recognized.length,
      recognized.filter((r) => r.kind === 'collective').length,
      recognized.filter((r) => r.kind === 'individual').length,
    ];
  };
  const body: TableCell[][] = years.map((y, i) => [i + 1, `Năm ${y}`, ...cells(period.filter((r) => r.year === y))]);
  body.push([null, 'Tổng cộng', ...cells(period)]);
  const span = years.length === 0 ? '' : years.length === 1 ? `năm ${years[0]}` : `giai đoạn ${years[0]}-${years[years.length - 1]}`;
  return {
    id: 'bieu-03',
    title: 'Biểu 03',
    caption: `Kết quả đăng ký, công nhận ${MODEL} theo năm${span ? `, ${span}` : ''}`,
    header: [
      ['STT', 'Năm', 'Số mô hình đăng ký', null, null, 'Được công nhận', null, null],
      [null, null, 'Tổng số', 'Tập thể', 'Cá nhân', 'Tổng số', 'Tập thể', 'Cá nhân'],
    ],
    headerMerges: [...LEAD_MERGES, { row: 0, col: 2, rowSpan: 1, colSpan: 3 }, { row: 0, col: 5, rowSpan: 1, colSpan: 3 }],
    body,
    rowKinds: [...years.map((): RowKind => 'data'), 'total'],
    columns: columns(['integer', 'text', ...Array<ColumnFormat>(6).fill('integer')], [5, 14, 12, 12, 12, 12, 12, 12]),
  };
}

/** The year's recognised models, exemplary ones marked. */
export function bieu04(dataset: Dataset, rows: readonly RegistrationRow[]): ReportTable {
  const recognized = yearRows(rows, dataset.info)
    .filter(isRecognized)
    .sort((a, b) => (a.field ?? 0) - (b.field ?? 0) || compareVi(a.unit ?? '', b.unit ?? '') || compareVi(a.name, b.name));
  const body: TableCell[][] = recognized.map((r, i) => [
    i + 1,
    r.name,
    r.implementer,
    r.unit,
    r.field === null ? null : FIELDS[r.field - 1].shortTitle,
    r.kind && KIND_LABELS[r.kind],
    r.decision || null,
    r.status === 'exemplary' ? 'Tiêu biểu' : null,
  ]);
  return {
    id: 'bieu-04',
    title: 'Biểu 04',
    caption: `Danh sách ${MODEL} được công nhận năm ${reportYear(rows, dataset.info) ?? ''}`.trim(),
    header: [['STT', 'Tên mô hình', 'Chủ thể thực hiện', 'Đơn vị', 'Lĩnh vực', 'Loại', 'Số quyết định', 'Tiêu biểu']],
    headerMerges: [],
    body,
    rowKinds: body.map((): RowKind => 'data'),
    columns: columns(['integer', 'text', 'text', 'text', 'text', 'text', 'text', 'text'], [5, 40, 28, 26, 22, 10, 14, 10]),
  };
}

/** What the tables count, when not `Thông tin`'s `Năm báo cáo` and `Giai đoạn` (the command line's `--year`, `--period`). */
export interface TableScope {
  year?: number;
  period?: { from: number; to: number };
}

/** `Thông tin` as a scope sees it: a period's year tables are of its last year present. */
function scopedInfo(dataset: Dataset, counted: readonly RegistrationRow[], scope: TableScope): Dataset['info'] {
  const { info } = dataset;
  if (scope.period) {
    const { from, to } = scope.period;
    const years = yearsPresent(counted.filter((r) => r.year !== null && r.year >= from && r.year <= to));
    return { ...info, period: scope.period, reportYear: years[years.length - 1] ?? to };
  }
  return scope.year === undefined ? info : { ...info, reportYear: scope.year };
}

/** Biểu 01-04 for the counted rows of a dataset, and Biểu 05 when it keeps the Khối Dân vận. */
export function reportTables(dataset: Dataset, counted: readonly RegistrationRow[], scope: TableScope = {}): ReportTable[] {
  const scoped = scope.year === undefined && !scope.period ? dataset : { ...dataset, info: scopedInfo(dataset, counted, scope) };
  const khoi = bieu05(scoped, scope.year);
  return [bieu01(scoped, counted), bieu02(scoped, counted), bieu03(scoped, counted), bieu04(scoped, counted), ...(khoi ? [khoi] : [])];
}

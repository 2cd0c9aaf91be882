import type { Dataset } from '../dataset';
import { compareVi, normText } from '../normalize';
import type { ColumnFormat, HeaderMerge, ReportTable, RowKind, TableCell } from '../report-table';
import { analyseKhoi, khoiFigures, khoiYear, missedTargets, type TargetNumber } from './khoi-figures';
import type { KhoiRow } from './read-khoi';

const TARGETS: TargetNumber[] = [1, 2, 3, 4, 5, 6, 7];
const HEAD_LABELS = { secretary: 'Bí thư', deputy: 'Phó Bí thư', other: 'Khác' } as const;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The counts of a group of communes: Khối, members, education, theory, trained; then each target met (target 5: a pilot Khối). */
function groupCells(rows: readonly KhoiRow[]): TableCell[] {
  const sum = (pick: (r: KhoiRow) => number | null): number => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
  const meets = (t: TargetNumber, r: KhoiRow): boolean => (t === 5 ? r.pilot === true : !missedTargets(r).includes(t));
  return [
    sum((r) => r.members),
    sum((r) => r.intermediate),
    sum((r) => r.college),
    sum((r) => r.university),
    sum((r) => r.politicalTheory),
    sum((r) => r.trained),
    null,
    ...TARGETS.map((t) => rows.filter((r) => meets(t, r)).length),
  ];
}

function communeCells(r: KhoiRow): TableCell[] {
  const missed = missedTargets(r);
  return [
    r.members,
    r.intermediate,
    r.college,
    r.university,
    r.politicalTheory,
    r.trained,
    r.head === null ? null : HEAD_LABELS[r.head],
    ...TARGETS.map((t) => ((t === 5 ? r.pilot === true : !missed.includes(t)) ? 'Đạt' : 'Chưa đạt')),
  ];
}

/**
 * Biểu 05: a row per commune's Khối of the year (grouped by district when the sheet gives one), the
 * members by education and theory, who heads it, each of the seven targets met or not (target 5: the
 * commune's Khối is a pilot); group and total rows count the communes meeting each target. Null when
 * the workbook keeps no Khối rows.
 */
export function bieu05(dataset: Dataset, year?: number): ReportTable | null {
  if (dataset.khoi.length === 0) return null;
  const { counted } = analyseKhoi(dataset);
  const theYear = khoiYear(counted, dataset.info, year);
  const rows = counted
    .filter((r) => r.year === theYear)
    .sort((a, b) => compareVi(a.district ?? '', b.district ?? '') || compareVi(a.commune ?? '', b.commune ?? ''));
  const body: TableCell[][] = [];
  const rowKinds: RowKind[] = [];
  const districts = [...new Map(rows.filter((r) => r.district).map((r) => [normText(r.district as string), r.district as string])).values()];
  const groups =
    districts.length > 0
      ? [...districts.map((d) => rows.filter((r) => r.district && normText(r.district) === normText(d))), rows.filter((r) => !r.district)]
      : [rows];
  groups.forEach((group, g) => {
    if (group.length === 0) return;
    if (districts.length > 0) {
      body.push([ROMAN[g] ?? null, districts[g] ?? 'Chưa rõ huyện', ...groupCells(group)]);
      rowKinds.push('subtotal');
    }
    group.forEach((r, i) => {
      body.push([i + 1, r.commune, ...communeCells(r)]);
      rowKinds.push('data');
    });
  });
  const figures = khoiFigures(counted, theYear);
  const total = groupCells(rows);
  // Target 5 is counted by district (or for the province): as the figures count it.
  total[7 + 4] = figures.targets[4].met;
  body.push([null, `Tổng cộng (${rows.length} Khối)`, ...total]);
  rowKinds.push('total');
  const header: TableCell[][] = [
    [
      'STT',
      'Xã, phường, thị trấn',
      'Số thành viên',
      'Trình độ chuyên môn',
      null,
      null,
      'LLCT trung cấp trở lên',
      'Được tập huấn',
      'Trưởng khối',
      'Mục tiêu của Đề án',
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, 'Trung cấp', 'Cao đẳng', 'Đại học trở lên', null, null, null, ...TARGETS.map((t) => `(${t})`)],
  ];
  const merges: HeaderMerge[] = [
    { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 2, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 3, rowSpan: 1, colSpan: 3 },
    { row: 0, col: 6, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 7, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 8, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 9, rowSpan: 1, colSpan: 7 },
  ];
  const formats: ColumnFormat[] = [
    'text',
    'text',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'text',
    ...TARGETS.map((): ColumnFormat => 'text'),
  ];
  const widths = [5, 26, 10, 10, 10, 10, 11, 10, 11, ...TARGETS.map(() => 8)];
  return {
    id: 'bieu-05',
    title: 'Biểu 05',
    caption: `Khối Dân vận cơ sở và kết quả thực hiện các mục tiêu${theYear === null ? '' : ` năm ${theYear}`}`,
    header,
    headerMerges: merges,
    body,
    rowKinds,
    columns: formats.map((format, i) => ({ format, width: widths[i] })),
  };
}

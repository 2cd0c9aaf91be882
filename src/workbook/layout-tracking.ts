import { cellText, type CellValue, type Grid, type ReportDate, type TableCell, type Tracking, type UnitTracking, type WorkbookGrids } from '../engine';
import { vi } from '../i18n/vi';
import type { SheetContent } from './sheet-content';
import { standardSheets } from './standard-template';

export const TRACKING_SHEET = 'Theo dõi nộp';

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const formatDay = (d: ReportDate): string => `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;

const HEADER_STYLE = { bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true } as const;

/** `Theo dõi nộp`: a title, one row per unit with its state, files, day, models, errors and warnings; then files of units `Danh mục` does not list. */
export function layoutTrackingSheet(tracking: Tracking, messages = vi): SheetContent {
  const m = messages.consolidate.trackingSheet;
  const title = m.title({
    year: tracking.year === null ? '' : m.year({ year: tracking.year }),
    deadline: tracking.deadline ? m.deadline({ date: formatDay(tracking.deadline) }) : '',
  });
  const body: TableCell[][] = tracking.units.map((u, i) => [
    i + 1,
    u.unit,
    u.bloc,
    u.label,
    u.files.map((f) => f.name).join('; ') || null,
    u.submitted ? formatDay(u.submitted) : null,
    u.state === 'missing' ? null : u.rows,
    u.state === 'missing' ? null : u.errors,
    u.state === 'missing' ? null : u.warnings,
    [u.listed ? '' : m.notListed, u.files.length > 1 ? m.resubmitted({ count: u.files.length }) : ''].filter(Boolean).join('; ') || null,
  ]);
  const width = m.header.length;
  const last = 2 + body.length;
  const khoi = tracking.khoi ? [[], [m.khoi({ missing: tracking.khoi.missing.length, of: tracking.khoi.of, names: tracking.khoi.missing.join(', ') })]] : [];
  const unknown = tracking.unknown ?? [];
  const unknownRows: TableCell[][] =
    unknown.length > 0
      ? [
          [],
          [m.unknownHeading],
          ...unknown.map((u) => [
            m.unknownRow({
              unit: u.unit,
              rows: u.rows,
              files: u.files.map((f) => f.name).join('; '),
              suggestions: u.suggestions.map((n) => `“${n}”`).join(', '),
            }),
          ]),
        ]
      : [];
  const unknownAt = last + 1;
  return {
    name: TRACKING_SHEET,
    values: [[title], [...m.header], ...body, ...unknownRows, ...khoi],
    styles: [
      { range: { r1: 0, c1: 0, r2: 0, c2: 0 }, style: { bold: true, fontSize: 12 } },
      ...(unknown.length > 0 ? [{ range: { r1: unknownAt, c1: 0, r2: unknownAt, c2: 0 }, style: { bold: true } }] : []),
      { range: { r1: 1, c1: 0, r2: 1, c2: width - 1 }, style: HEADER_STYLE },
      ...(body.length > 0
        ? [
            { range: { r1: 2, c1: 0, r2: last - 1, c2: width - 1 }, style: { border: true, vertical: 'top' as const, wrap: true } },
            { range: { r1: 2, c1: 6, r2: last - 1, c2: 8 }, style: { horizontal: 'right' as const, numberFormat: '#,##0' } },
          ]
        : []),
    ],
    merges: [],
    columnWidths: [6, 44, 22, 26, 36, 12, 11, 8, 10, 24],
    freezeRows: 2,
    page: { orientation: 'landscape', fitToWidth: true },
  };
}

/** The workbook sent back to a unit: who, which files, the state, and its findings as a table (cell, rule, message). */
export function layoutFeedbackSheet(unit: UnitTracking, messages = vi): SheetContent {
  const m = messages.consolidate.feedbackSheet;
  const files = unit.files.map((f) => f.name).join('; ');
  const top: TableCell[][] = [[m.title], [m.unit({ unit: unit.unit })], [m.files({ files })], [m.state({ state: unit.label })], [m.ask], []];
  const body: TableCell[][] = unit.findings.map((f, i) => [i + 1, f.file ?? null, f.sheet, f.cell, f.rule, messages.severity[f.severity], f.message]);
  const headerRow = top.length;
  const width = m.header.length;
  return {
    name: m.name,
    values: [...top, [...m.header], ...body],
    styles: [
      { range: { r1: 0, c1: 0, r2: 0, c2: 0 }, style: { bold: true, fontSize: 12 } },
      { range: { r1: headerRow, c1: 0, r2: headerRow, c2: width - 1 }, style: HEADER_STYLE },
      ...(body.length > 0
        ? [{ range: { r1: headerRow + 1, c1: 0, r2: headerRow + body.length, c2: width - 1 }, style: { border: true, vertical: 'top' as const, wrap: true } }]
        : []),
    ],
    merges: [],
    columnWidths: [6, 24, 12, 8, 22, 10, 90],
    freezeRows: headerRow + 1,
    page: { orientation: 'landscape', fitToWidth: true },
  };
}

const tableCell = (v: CellValue): TableCell => (typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : cellText(v));
const tableRows = (grid: Grid): TableCell[][] => grid.map((row) => Array.from(row, tableCell));

/**
 * The standard workbook filled with a consolidation's `Đăng ký`, `Danh mục`, `Thông tin` and `Khối Dân
 * vận` (with the template's dropdowns and frozen header); `Báo cáo` empty, to be written next.
 */
export function consolidatedSheets(workbook: WorkbookGrids): SheetContent[] {
  const grids = new Map(workbook.sheets.map((s) => [s.name, s.grid]));
  return standardSheets().map((content) => {
    const grid = grids.get(content.name);
    return grid ? { ...content, values: tableRows(grid) } : content;
  });
}

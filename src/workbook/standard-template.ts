import {
  FIELDS,
  INFO_LABELS,
  KHOI_COLUMNS,
  KHOI_RATINGS,
  KHOI_SHEET,
  KIND_LABELS,
  REGISTRATION_COLUMNS,
  REGISTRATION_LABELS,
  STANDARD_BLOCS,
  STATUS_LABELS,
  UNIT_LIST_COLUMNS,
  columnLetters,
  type ColumnKey,
} from '../engine';
import { REPORT_SHEET } from './layout-report';
import type { SheetContent } from './sheet-content';

export const REGISTRATION_SHEET = 'Đăng ký';
export const UNIT_SHEET = 'Danh mục';
export const INFO_SHEET = 'Thông tin';
/** Lists behind the dropdowns whose values hold commas (blocs, field titles); hidden. */
export const LISTS_SHEET = 'DVK_DanhSach';

/** Rows prepared with dropdowns below the header. */
export const PREPARED_ROWS = 2000;

const REGISTRATION_WIDTHS: Record<ColumnKey, number> = {
  stt: 6,
  code: 14,
  year: 8,
  name: 50,
  implementer: 36,
  kind: 11,
  unit: 34,
  bloc: 22,
  commune: 20,
  field: 36,
  registration: 14,
  status: 22,
  decision: 16,
  source: 24,
  note: 24,
};

const HEADER_STYLE = { bold: true, border: true, horizontal: 'center', vertical: 'middle', wrap: true } as const;
const listRef = (column: string, count: number): { reference: string } => ({
  reference: `'${LISTS_SHEET}'!$${column}$2:$${column}$${count + 1}`,
});

function registrationSheet(): SheetContent {
  const keys = REGISTRATION_COLUMNS.map((c) => c.key);
  const col = (key: ColumnKey): number => keys.indexOf(key);
  const rows = (key: ColumnKey) => ({ r1: 1, c1: col(key), r2: PREPARED_ROWS, c2: col(key) });
  return {
    name: REGISTRATION_SHEET,
    values: [REGISTRATION_COLUMNS.map((c) => c.header)],
    styles: [{ range: { r1: 0, c1: 0, r2: 0, c2: keys.length - 1 }, style: HEADER_STYLE }],
    merges: [],
    columnWidths: keys.map((k) => REGISTRATION_WIDTHS[k]),
    freezeRows: 1,
    validations: [
      { range: rows('kind'), list: Object.values(KIND_LABELS) },
      { range: rows('registration'), list: Object.values(REGISTRATION_LABELS) },
      { range: rows('status'), list: Object.values(STATUS_LABELS) },
      { range: rows('field'), list: listRef('B', FIELDS.length), prompt: 'Chọn lĩnh vực (hoặc gõ mã 1-4)' },
      { range: rows('bloc'), list: listRef('A', STANDARD_BLOCS.length) },
      { range: rows('unit'), list: { reference: `'${UNIT_SHEET}'!$A$2:$A$${PREPARED_ROWS}` }, prompt: 'Chọn đơn vị trong Danh mục' },
    ],
  };
}

export function unitSheetContent(): SheetContent {
  return {
    name: UNIT_SHEET,
    values: [UNIT_LIST_COLUMNS.map((c) => c.header)],
    styles: [{ range: { r1: 0, c1: 0, r2: 0, c2: UNIT_LIST_COLUMNS.length - 1 }, style: HEADER_STYLE }],
    merges: [],
    columnWidths: [40, 22, 22, 40, 30],
    freezeRows: 1,
    validations: [{ range: { r1: 1, c1: 1, r2: PREPARED_ROWS, c2: 1 }, list: listRef('A', STANDARD_BLOCS.length) }],
  };
}

/** `Danh mục` made for a workbook without one: the standard header and widths, no dropdown (its list sheet may be missing). */
export const bareUnitSheet = (): SheetContent => ({ ...unitSheetContent(), validations: [] });

function infoSheet(): SheetContent {
  const labels = Object.values(INFO_LABELS);
  return {
    name: INFO_SHEET,
    values: labels.map((label) => [label, null]),
    styles: [{ range: { r1: 0, c1: 0, r2: labels.length - 1, c2: 0 }, style: { bold: true } }],
    merges: [],
    columnWidths: [22, 50],
    validations: [{ range: { r1: 1, c1: 1, r2: 1, c2: 1 }, list: ['Xã', 'Huyện', 'Tỉnh'] }],
  };
}

/** Khối rows are few (one per commune and year): a few hundred prepared rows. */
const KHOI_ROWS = 500;

/** `Khối Dân vận` (seed 002): one row per commune per year, ticks and ratings by dropdown. */
export function khoiSheetContent(): SheetContent {
  const rows = (key: string) => {
    const c = KHOI_COLUMNS.findIndex((col) => col.key === key);
    return { r1: 1, c1: c, r2: KHOI_ROWS, c2: c };
  };
  const yesNo = KHOI_COLUMNS.filter((c) => c.kind === 'yesNo').map((c) => ({ range: rows(c.key), list: ['Có', 'Không'] }));
  return {
    name: KHOI_SHEET,
    values: [KHOI_COLUMNS.map((c) => c.header)],
    styles: [{ range: { r1: 0, c1: 0, r2: 0, c2: KHOI_COLUMNS.length - 1 }, style: HEADER_STYLE }],
    merges: [],
    columnWidths: KHOI_COLUMNS.map((c) => (c.key === 'commune' || c.key === 'district' ? 24 : c.key === 'rating' ? 28 : 12)),
    freezeRows: 1,
    validations: [...yesNo, { range: rows('head'), list: ['Bí thư', 'Phó Bí thư'] }, { range: rows('rating'), list: [...KHOI_RATINGS] }],
  };
}

const emptySheet = (name: string): SheetContent => ({ name, values: [], styles: [], merges: [], columnWidths: [] });

function listsSheet(): SheetContent {
  const rows = Math.max(STANDARD_BLOCS.length, FIELDS.length);
  return {
    name: LISTS_SHEET,
    values: [['Khối', 'Lĩnh vực'], ...Array.from({ length: rows }, (_, i) => [STANDARD_BLOCS[i] ?? null, FIELDS[i]?.shortTitle ?? null])],
    styles: [],
    merges: [],
    columnWidths: [24, 44],
    visibility: 'hidden',
  };
}

/** The sheets a clerk keeps (`Đăng ký`, `Danh mục`, `Thông tin`, `Khối Dân vận`), the report's `Báo cáo` (the Biểu sheets come with the first report), and the hidden lists behind the dropdowns. */
export function standardSheets(): SheetContent[] {
  return [registrationSheet(), unitSheetContent(), infoSheet(), khoiSheetContent(), emptySheet(REPORT_SHEET), listsSheet()];
}

export const dropdownColumn = (key: ColumnKey): string => columnLetters(REGISTRATION_COLUMNS.findIndex((c) => c.key === key));

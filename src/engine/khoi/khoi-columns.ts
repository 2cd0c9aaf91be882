import { headerIndex, type SimpleColumnSpec } from '../columns';

/** The columns of the `Khối Dân vận` sheet (seed 002), one row per commune per year. */
export type KhoiKey =
  | 'year'
  | 'commune'
  | 'members'
  | 'intermediate'
  | 'college'
  | 'university'
  | 'politicalTheory'
  | 'head'
  | 'complete'
  | 'regulation'
  | 'assigned'
  | 'trained'
  | 'briefedRate'
  | 'dialogues'
  | 'pilot'
  | 'meetings'
  | 'plan'
  | 'rating'
  | 'district';

/** How a column's value is read. */
export type KhoiValueKind = 'year' | 'text' | 'count' | 'yesNo' | 'rate' | 'rating';

export interface KhoiColumnSpec extends SimpleColumnSpec<KhoiKey> {
  kind: KhoiValueKind;
  required: boolean;
}

export const KHOI_SHEET = 'Khối Dân vận';

/** The spec's table, in its order (the standard sheet's column order). */
export const KHOI_COLUMNS: readonly KhoiColumnSpec[] = [
  { key: 'year', header: 'Năm', aliases: [], kind: 'year', required: true },
  { key: 'commune', header: 'Xã/phường', aliases: ['Xã, phường, thị trấn', 'Đơn vị', 'Xã, phường'], kind: 'text', required: true },
  { key: 'district', header: 'Huyện', aliases: ['Huyện/thành phố'], kind: 'text', required: false },
  { key: 'members', header: 'Số thành viên', aliases: ['Thành viên'], kind: 'count', required: true },
  { key: 'intermediate', header: 'Trung cấp', aliases: ['Chuyên môn trung cấp'], kind: 'count', required: false },
  { key: 'college', header: 'Cao đẳng', aliases: [], kind: 'count', required: false },
  { key: 'university', header: 'Đại học trở lên', aliases: ['Đại học'], kind: 'count', required: false },
  { key: 'politicalTheory', header: 'LLCT trung cấp trở lên', aliases: ['Lý luận chính trị'], kind: 'count', required: false },
  { key: 'head', header: 'Trưởng khối', aliases: ['Chức vụ trưởng khối'], kind: 'text', required: false },
  { key: 'complete', header: 'Kiện toàn đủ thành phần', aliases: ['Kiện toàn'], kind: 'yesNo', required: false },
  { key: 'regulation', header: 'Quy chế hoạt động', aliases: ['Có quy chế'], kind: 'yesNo', required: false },
  { key: 'assigned', header: 'Phân công nhiệm vụ', aliases: [], kind: 'yesNo', required: false },
  { key: 'trained', header: 'Thành viên được tập huấn', aliases: ['Đã tập huấn'], kind: 'count', required: false },
  { key: 'briefedRate', header: 'Tỷ lệ quán triệt (%)', aliases: ['Tỷ lệ quán triệt'], kind: 'rate', required: false },
  { key: 'dialogues', header: 'Số cuộc đối thoại', aliases: ['Tiếp xúc, đối thoại'], kind: 'count', required: false },
  { key: 'pilot', header: 'Mô hình Khối điểm', aliases: ['Làm điểm'], kind: 'yesNo', required: false },
  { key: 'meetings', header: 'Giao ban định kỳ', aliases: ['Giao ban'], kind: 'yesNo', required: false },
  { key: 'plan', header: 'Kế hoạch công tác dân vận', aliases: ['Kế hoạch năm'], kind: 'yesNo', required: false },
  { key: 'rating', header: 'Xếp loại', aliases: ['Đánh giá, xếp loại'], kind: 'rating', required: false },
];

export const KHOI_HEADERS = headerIndex(KHOI_COLUMNS);
export const KHOI_COLUMN_BY_KEY: ReadonlyMap<KhoiKey, KhoiColumnSpec> = new Map(KHOI_COLUMNS.map((c) => [c.key, c]));

/** A Khối header names the commune, the members and at least two other columns. */
export const isKhoiHeader = (cols: ReadonlyMap<KhoiKey, number>): boolean => cols.has('commune') && cols.has('members') && cols.size >= 4;

/** The four ratings of a Khối's year, in order. */
export const KHOI_RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'] as const;
export type KhoiRating = (typeof KHOI_RATINGS)[number];

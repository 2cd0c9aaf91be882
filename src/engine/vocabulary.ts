import { cellText } from './cell-text';
import { normLoose } from './normalize';
import type { CellValue, FieldCode, Kind, Registration, Status } from './types';

export interface FieldInfo {
  code: FieldCode;
  shortTitle: string;
  reportTitle: string;
  officialTitle: string;
}

/** The four official fields; reports write `reportTitle` (seed 004), the plan of 2024 uses `officialTitle`. */
export const FIELDS: readonly FieldInfo[] = [
  {
    code: 1,
    shortTitle: 'Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
    reportTitle: 'Dân vận khéo trong xây dựng Đảng, chính quyền, MTTQ, các đoàn thể, đoàn viên, hội viên',
    officialTitle: 'Dân vận khéo trong xây dựng Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể, đoàn viên, hội viên',
  },
  {
    code: 2,
    shortTitle: 'Cải cách hành chính, xây dựng công sở',
    reportTitle: 'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức',
    officialTitle:
      'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức trong thực thi công vụ',
  },
  {
    code: 3,
    shortTitle: 'Nông thôn mới, đô thị văn minh',
    reportTitle: 'Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh',
    officialTitle: 'Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh',
  },
  {
    code: 4,
    shortTitle: 'Bản sắc văn hóa, du lịch, dịch vụ',
    reportTitle: 'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với du lịch, dịch vụ',
    officialTitle: 'Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với phát triển du lịch, dịch vụ',
  },
];

export const KIND_LABELS: Readonly<Record<Kind, string>> = { collective: 'Tập thể', individual: 'Cá nhân' };
export const KINDS: readonly Kind[] = ['collective', 'individual'];

export const REGISTRATION_LABELS: Readonly<Record<Registration, string>> = {
  maintained: 'Duy trì',
  new: 'Đăng ký mới',
};
export const REGISTRATIONS: readonly Registration[] = ['maintained', 'new'];

/** Statuses in the spec's order: the evaluation ladder, then the two that end a model's year. */
export const STATUSES: readonly Status[] = ['registered', 'eligible', 'proposed', 'recognized', 'exemplary', 'failed', 'stopped'];
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  registered: 'Đăng ký',
  eligible: 'Đủ điều kiện bình xét',
  proposed: 'Đề nghị công nhận',
  recognized: 'Được công nhận',
  exemplary: 'Tiêu biểu',
  failed: 'Không đạt',
  stopped: 'Dừng thực hiện',
};

export const BLOC_COMMUNE = 'Xã, phường';
/** The standard blocs; a `Danh mục` may add others. */
export const STANDARD_BLOCS: readonly string[] = ['Hành chính sự nghiệp', 'Nội chính', 'Doanh nghiệp', BLOC_COMMUNE];

function lookup<T>(entries: Array<[string, T]>): ReadonlyMap<string, T> {
  return new Map(entries.map(([text, value]) => [normLoose(text), value]));
}

const FIELD_LOOKUP = lookup<FieldCode>([
  ...FIELDS.flatMap(
    (f): Array<[string, FieldCode]> => [
      [f.shortTitle, f.code],
      [f.reportTitle, f.code],
      [f.officialTitle, f.code],
    ],
  ),
  // Seed 000 spells field 4 "cổ kết cộng đồng".
  [FIELDS[3].reportTitle.replace('cố kết', 'cổ kết'), 4],
  [FIELDS[3].officialTitle.replace('cố kết', 'cổ kết'), 4],
]);

const KIND_LOOKUP = lookup<Kind>([
  ['Tập thể', 'collective'],
  ['Cá nhân', 'individual'],
]);

const REGISTRATION_LOOKUP = lookup<Registration>([
  ['Duy trì', 'maintained'],
  ['Đăng ký mới', 'new'],
  ['Mới', 'new'],
]);

const STATUS_LOOKUP = lookup<Status>([
  ...STATUSES.map((s): [string, Status] => [STATUS_LABELS[s], s]),
  ['Đủ điều kiện', 'eligible'],
  ['Công nhận', 'recognized'],
  ['Điển hình tiêu biểu', 'exemplary'],
  ['Không được công nhận', 'failed'],
  ['Dừng', 'stopped'],
]);

const BLOC_ALIASES: Array<[string, string]> = [
  ['Xã phường', BLOC_COMMUNE],
  ['Xã, phường, thị trấn', BLOC_COMMUNE],
];

/** The field of a cell: a number 1-4, or text (`3`, `LV3`, `Lĩnh vực 3`, a title); `text` is the cell's `cellText`. */
export function fieldOf(value: CellValue, text: string): FieldCode | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 4 ? (value as FieldCode) : null;
  const key = normLoose(text);
  const code = /^(?:lv|linh vuc)?\s*([1-4])$/.exec(key);
  if (code) return Number(code[1]) as FieldCode;
  return FIELD_LOOKUP.get(key) ?? null;
}

export const parseField = (value: CellValue): FieldCode | null => fieldOf(value, cellText(value));

/** The kind named by a cell's text (`cellText`). */
export const kindOf = (text: string): Kind | null => KIND_LOOKUP.get(normLoose(text)) ?? null;
export const parseKind = (value: CellValue): Kind | null => kindOf(cellText(value));

export const registrationOf = (text: string): Registration | null => REGISTRATION_LOOKUP.get(normLoose(text)) ?? null;
export const parseRegistration = (value: CellValue): Registration | null => registrationOf(cellText(value));

/** An empty status means `Đăng ký`. */
export function statusOf(text: string): Status | null {
  const key = normLoose(text);
  if (key === '') return 'registered';
  return STATUS_LOOKUP.get(key) ?? null;
}
export const parseStatus = (value: CellValue): Status | null => statusOf(cellText(value));

/** Blocs known to a workbook: the standard four and those its `Danh mục` adds. */
export function blocLookup(extraBlocs: readonly string[]): ReadonlyMap<string, string> {
  return lookup<string>([...STANDARD_BLOCS.map((b): [string, string] => [b, b]), ...BLOC_ALIASES, ...extraBlocs.map((b): [string, string] => [b, b])]);
}

export function fieldInfo(code: FieldCode): FieldInfo {
  return FIELDS[code - 1];
}

import { analyseKhoi, khoiFigures, khoiYear } from './khoi/khoi-figures';
import { khoiParagraphs } from './khoi/khoi-text';
import { isProposed, isRecognized, isEligible } from './count';
import type { Dataset } from './dataset';
import { formatCount as n } from './format-number';
import { compareVi } from './normalize';
import type { ReportDate, ReportDocument } from './report-document';
import { periodRows, reportYear, yearRows, yearsPresent } from './report-scope';
import type { RegistrationRow } from './types';
import { vi } from '../i18n/vi';
import { BLOC_COMMUNE, FIELDS } from './vocabulary';

type Rows = readonly RegistrationRow[];
const count = (rows: Rows, pred: (r: RegistrationRow) => boolean): number => rows.filter(pred).length;
const maintained = (r: RegistrationRow): boolean => r.registration === 'maintained';
const isNew = (r: RegistrationRow): boolean => r.registration === 'new';
const collective = (r: RegistrationRow): boolean => r.kind === 'collective';
const individual = (r: RegistrationRow): boolean => r.kind === 'individual';

type Part = readonly [label: string, pred: (r: RegistrationRow) => boolean];
const BY_REGISTRATION: readonly Part[] = [
  ['duy trì', maintained],
  ['đăng ký mới', isNew],
];
const BY_KIND: readonly Part[] = [
  ['tập thể', collective],
  ['cá nhân', individual],
];

/**
 * The counts of `parts` among rows, a part that is zero left out, as the seeds write them:
 * "duy trì 10, đăng ký mới 10" (label first) or "187 tập thể và 15 cá nhân" (count first).
 */
function partsOf(rows: Rows, parts: readonly Part[], style: { countFirst?: boolean; separator?: string } = {}): string {
  return parts
    .map(([label, pred]) => [label, count(rows, pred)] as const)
    .filter(([, c]) => c !== 0)
    .map(([label, c]) => (style.countFirst ? `${n(c)} ${label}` : `${label} ${n(c)}`))
    .join(style.separator ?? ', ');
}

/** "duy trì 10, đăng ký mới 10", leaving out a part that is zero. */
const registrationParts = (rows: Rows): string => partsOf(rows, BY_REGISTRATION);

/** Seed 004: "… có 20 mô hình (duy trì 10, đăng ký mới 10)", or "có 04 mô hình đăng ký mới" when one part is zero. */
function fieldClause(title: string, rows: Rows): string {
  const [m, nw] = [count(rows, maintained), count(rows, isNew)];
  if (m === 0) return `${title} có ${n(nw)} mô hình đăng ký mới`;
  if (nw === 0) return `${title} có ${n(m)} mô hình duy trì`;
  return `${title} có ${n(rows.length)} mô hình (${registrationParts(rows)})`;
}

function yearParagraph(rows: Rows, year: number): string {
  const fields = FIELDS.map((f) => ({ f, rows: rows.filter((r) => r.field === f.code) })).filter((x) => x.rows.length > 0);
  const eligible = rows.filter(isEligible);
  const kinds = partsOf(eligible, BY_KIND);
  const first =
    `Trong năm, đã có ${n(rows.length)} mô hình đăng ký thực hiện (trong đó ${registrationParts(rows)} mô hình), cụ thể: ` +
    `${fields.map((x) => fieldClause(x.f.reportTitle, x.rows)).join('; ')}.`;
  const second =
    eligible.length === 0 ? '' : ` Số mô hình đủ điều kiện để bình xét, đánh giá, phân loại năm ${year} là ${n(eligible.length)} (${kinds} mô hình).`;
  return first + second;
}

function recognitionParagraph(rows: Rows, year: number): string {
  const recognized = rows.filter(isRecognized);
  const units = new Set(recognized.map((r) => r.unit)).size;
  const exemplary = count(recognized, (r) => r.status === 'exemplary');
  return (
    `Qua bình xét, đánh giá, phân loại, đã công nhận ${n(recognized.length)} mô hình “Dân vận khéo” của ${n(units)} chi, đảng bộ năm ${year}.` +
    (exemplary > 0 ? ` Trong đó, có ${n(exemplary)} mô hình, điển hình tiêu biểu.` : '')
  );
}

/** How seed 004 names a bloc in running text, and what it calls the bloc's units. */
const BLOC_TEXT: Record<string, { name: string; units: string }> = {
  'Hành chính sự nghiệp': { name: 'hành chính sự nghiệp', units: 'chi, đảng bộ' },
  'Nội chính': { name: 'Nội chính', units: 'chi, đảng bộ' },
  'Doanh nghiệp': { name: 'doanh nghiệp', units: 'doanh nghiệp' },
  [BLOC_COMMUNE]: { name: 'xã phường', units: 'xã, phường' },
};

function blocClause(bloc: string, rows: Rows): string {
  const text = BLOC_TEXT[bloc] ?? { name: bloc, units: 'chi, đảng bộ' };
  const individuals = count(rows, individual);
  const tail = individuals > 0 ? ` (trong đó ${n(individuals)} mô hình cá nhân)` : '';
  if (bloc !== BLOC_COMMUNE) {
    return `khối ${text.name} có ${n(rows.length)} mô hình/${n(new Set(rows.map((r) => r.unit)).size)} ${text.units}${tail}`;
  }
  const byCommune = new Map<string, number>();
  for (const r of rows) if (r.commune) byCommune.set(r.commune, (byCommune.get(r.commune) ?? 0) + 1);
  const communes = [...byCommune]
    .sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0]))
    .map(([name, c]) => `${name} ${n(c)}`)
    .join(', ');
  return `khối ${text.name} có ${n(rows.length)} mô hình${communes ? `, cụ thể: ${communes}` : ''}${tail}`;
}

function kindsAndBlocsParagraph(dataset: Dataset, rows: Rows): string {
  const recognized = rows.filter(isRecognized);
  const kinds = [
    ['tập thể', recognized.filter(collective)],
    ['cá nhân', recognized.filter(individual)],
  ] as const;
  const byKind = kinds
    .filter(([, group]) => group.length > 0)
    .map(([label, group]) => `đối với mô hình ${label}: ${registrationParts(group)}`)
    .join('; ');
  const blocs = [...dataset.blocs, null]
    .map((bloc) => ({ bloc, rows: recognized.filter((r) => r.bloc === bloc) }))
    .filter((x) => x.rows.length > 0 && x.bloc !== null)
    .map((x) => blocClause(x.bloc as string, x.rows));
  const first = byKind.charAt(0).toUpperCase() + byKind.slice(1);
  return `${first}.` + (blocs.length > 0 ? ` Trong đó, ${blocs.join('; ')}.` : '');
}

/** Seed 001: the commune's own form. */
function communeParagraphs(rows: Rows, year: number): string[] {
  const proposed = rows.filter(isProposed);
  const top = FIELDS.map((f) => ({ f, c: count(rows, (r) => r.field === f.code) })).sort((a, b) => b.c - a.c)[0];
  const focus = top && top.c * 2 > rows.length ? `, các mô hình chủ yếu tập trung trong ${top.f.reportTitle.replace(/^Dân vận khéo trong /, '')}` : '';
  const higher = year >= 2025 ? 'tỉnh' : 'huyện';
  return [
    `Trong năm ${year}, có ${n(count(rows, collective))} tập thể, ${n(count(rows, individual))} cá nhân đăng ký thực hiện mô hình dân vận khéo${focus}.`,
    `Qua bình xét, đề nghị ${higher} xem xét công nhận ${n(count(proposed, collective))} mô hình tập thể và ${n(count(proposed, individual))} mô hình cá nhân.`,
  ];
}

/** Seed 000: the period's registrations by kind and year, compared with the earlier period of the same length. */
function periodParagraph(dataset: Dataset, all: Rows, info = dataset.info): string | null {
  const rows = periodRows(all, info, dataset.units);
  const years = yearsPresent(rows);
  if (years.length < 2) return null;
  const [from, to] = [years[0], years[years.length - 1]];
  const perYear = years.map((y) => `năm ${y}: ${n(count(rows, (r) => r.year === y))}`).join('; ');
  let text =
    `Giai đoạn ${from}-${to}, có ${n(rows.length)} lượt mô hình đăng ký thực hiện ` +
    `(có ${n(count(rows, collective))} tập thể, ${n(count(rows, individual))} cá nhân) cụ thể: ${perYear} mô hình`;
  const span = to - from + 1;
  const earlier = all.filter((r) => r.year !== null && r.year >= from - span && r.year < from);
  // The earlier period is compared only when each of its years has data.
  if (yearsPresent(earlier).length === span) {
    const diff = (a: number, b: number): string => (a >= b ? `tăng ${n(a - b)}` : `giảm ${n(b - a)}`);
    text +=
      `; ${diff(rows.length, earlier.length)} lượt mô hình so với cùng kỳ giai đoạn ${from - span}-${from - 1} ` +
      `(${diff(count(rows, collective), count(earlier, collective))} tập thể, ${diff(count(rows, individual), count(earlier, individual))} cá nhân)`;
  }
  return `${text}.`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
/** Room left for a word the clerk writes by hand. */
const BLANK = '\u00a0'.repeat(8);

/** The date line: only what `Thông tin` gives; the rest left blank for the clerk's pen (`ngày    tháng    năm 2024`). */
function dateLine(place: string | null, date: ReportDate | null, year: number | null): string {
  const where = place ?? BLANK;
  if (date) return `${where}, ngày ${pad2(date.day)} tháng ${pad2(date.month)} năm ${date.year}`;
  return `${where}, ngày${BLANK}tháng${BLANK}năm ${year ?? BLANK}`;
}

/** `Nơi nhận`'s lines, each `- …`, the last one the archive (`- Lưu …`, added when missing). */
function recipientLines(recipients: readonly string[] | null): string[] {
  const list = [...(recipients ?? [])];
  if (!list.some((r) => /^lưu\b/iu.test(r))) list.push(vi.report.archive);
  return list.map((r, i) => `- ${r.replace(/[.,;]+$/, '')}${i === list.length - 1 ? '.' : ','}`);
}

/** Seed 004: after the figures, the exemplary models by name. */
function exemplaryParagraph(rows: Rows): string | null {
  const exemplary = rows.filter((r) => r.status === 'exemplary' && r.name);
  if (exemplary.length === 0) return null;
  const items = exemplary.map((r) => (r.implementer ? `${r.implementer} với mô hình “${r.name}”` : `mô hình “${r.name}”`));
  return `Điển hình là ${items.join('; ')}.`;
}

export interface ReportOptions {
  /** The year of a year report, instead of `Năm báo cáo`. */
  year?: number;
  /** A period report ("sơ kết") of these years, instead of the year report (seed 000). */
  period?: { from: number; to: number };
}

/** Seed 000: "187 tập thể và 15 cá nhân", a part that is zero left out. */
const kindParts = (rows: Rows): string => partsOf(rows, BY_KIND, { countFirst: true, separator: ' và ' });

/** `2021-2023`, or one year alone. */
const spanOf = (years: readonly number[]): string => {
  const [from, to] = [years[0], years[years.length - 1]];
  return from === to ? String(from) : `${from}-${to}`;
};

/** Seed 000: the period's recognised models year by year, the last year's by kind and field, the exemplary ones by kind. */
function periodRecognitionParagraphs(rows: Rows): string[] {
  const recognized = rows.filter(isRecognized);
  const years = yearsPresent(rows);
  if (recognized.length === 0 || years.length === 0) return [];
  const span = spanOf(years);
  const perYear = years.map((y) => `năm ${y} có ${n(count(recognized, (r) => r.year === y))} mô hình`).join('; ');
  const out = [`Giai đoạn ${span}, có ${n(recognized.length)} lượt mô hình được công nhận (${perYear}).`];
  const last = years[years.length - 1];
  const lastRows = recognized.filter((r) => r.year === last);
  if (lastRows.length > 0) {
    const byField = FIELDS.map((f) => ({ f, c: count(lastRows, (r) => r.field === f.code) }))
      .filter((x) => x.c > 0)
      .map((x) => `${x.f.reportTitle} có ${n(x.c)} mô hình`)
      .join('; ');
    out.push(
      `Năm ${last}, đã công nhận ${n(lastRows.length)} lượt mô hình, điển hình “Dân vận khéo” ` + `(trong đó có ${kindParts(lastRows)}); cụ thể: ${byField}.`,
    );
  }
  const exemplary = recognized.filter((r) => r.status === 'exemplary');
  if (exemplary.length > 0) {
    out.push(`Giai đoạn ${span}, có ${n(exemplary.length)} mô hình điển hình “Dân vận khéo” tiêu biểu ` + `(${kindParts(exemplary)}).`);
  }
  return out;
}

/** The period report's body: registrations by kind and year (with the earlier period), then recognition. */
function periodReportParagraphs(dataset: Dataset, counted: Rows, period: { from: number; to: number }): { paragraphs: string[]; span: string } {
  const info = { ...dataset.info, period };
  const rows = periodRows(counted, info, dataset.units);
  const years = yearsPresent(rows);
  const span = years.length > 0 ? spanOf(years) : spanOf([period.from, period.to]);
  const registration = periodParagraph(dataset, counted, info);
  return { paragraphs: [...(registration ? [registration] : []), ...periodRecognitionParagraphs(rows)], span };
}

/** The report of the spec's "Report text" section, every figure from the counted rows; nothing made up. */
export function reportDocument(dataset: Dataset, counted: Rows, options: ReportOptions = {}): ReportDocument {
  const { info } = dataset;
  const scopeInfo = options.year === undefined ? info : { ...info, reportYear: options.year };
  const khoi = dataset.khoi.length > 0 ? analyseKhoi(dataset) : null;
  // A commune's file may hold its Khối alone: the year is then the Khối's.
  const year = reportYear(counted, scopeInfo) ?? (khoi ? khoiYear(khoi.counted, scopeInfo) : null);
  const rows = yearRows(counted, scopeInfo);
  const paragraphs: string[] = [];
  let subtitle = vi.report.subtitle({ year: year ?? BLANK });
  if (options.period) {
    const period = periodReportParagraphs(dataset, counted, options.period);
    paragraphs.push(...period.paragraphs);
    subtitle = vi.report.periodSubtitle({ span: period.span });
  } else if (year !== null) {
    if (info.level === 'Xã') paragraphs.push(...communeParagraphs(rows, year));
    else {
      if (rows.length > 0) paragraphs.push(yearParagraph(rows, year));
      if (rows.some(isRecognized)) paragraphs.push(recognitionParagraph(rows, year), kindsAndBlocsParagraph(dataset, rows));
      const exemplary = exemplaryParagraph(rows);
      if (exemplary) paragraphs.push(exemplary);
    }
  }
  const period = options.period ? null : periodParagraph(dataset, counted);
  if (period) paragraphs.push(period);
  // Seed 002: the Khối Dân vận cơ sở of the year, when the workbook keeps them.
  if (khoi && !options.period) paragraphs.push(...khoiParagraphs(khoiFigures(khoi.counted, year, khoi.excluded), info.level));
  const upper = (text: string | null): string | null => (text ? text.toLocaleUpperCase('vi') : null);
  return {
    header: {
      superior: upper(info.superior),
      issuer: upper(info.agency) ?? '',
      number: info.number ? `Số ${info.number}` : `Số${BLANK}-BC`,
      party: vi.report.party,
      dateLine: dateLine(info.place, info.reportDate, info.reportDate?.year ?? year),
    },
    title: vi.report.title,
    subtitle,
    basis: info.basis,
    paragraphs,
    recipientsLabel: vi.report.recipients,
    recipients: recipientLines(info.recipients),
    authority: upper(info.authority),
    signerTitle: upper(info.signerTitle),
    signer: info.signer,
  };
}

import { KHOI_TARGETS_VI } from '../../i18n/khoi-targets.vi';
import { formatCount as n, formatPercent } from '../format-number';
import type { ReportInfo } from '../types';
import type { KhoiFigures, KhoiTarget, TargetNumber } from './khoi-figures';

/** The seven targets of seed 002 ("Mục tiêu cụ thể"), as the report names them. */
export const TARGET_TITLES: Readonly<Record<TargetNumber, string>> = KHOI_TARGETS_VI;

/** `Toàn tỉnh` / `Toàn huyện` / `Toàn xã`, as `Cấp` says. */
const WHOLE: Record<NonNullable<ReportInfo['level']>, string> = { Tỉnh: 'Toàn tỉnh', Huyện: 'Toàn huyện', Xã: 'Toàn xã' };

const COMMUNES = 'xã, phường, thị trấn';
/** The most communes named as missing a target; more are counted. */
export const NAMED_AT_MOST = 20;

function targetSentence(t: KhoiTarget, year: number | null): string {
  const whom = t.target === 5 ? (year !== null && year >= 2025 ? 'tỉnh' : 'huyện, thành phố') : COMMUNES;
  if (t.met === 0) return `(${t.target}) ${TARGET_TITLES[t.target]}: chưa có ${whom} nào đạt (0/${n(t.of)}).`;
  const rate = t.of === 0 ? '' : ` (${formatPercent(t.met / t.of)})`;
  // Names while they are few enough to read; beyond that, how many.
  const missing =
    t.missing.length === 0 ? '' : t.missing.length <= NAMED_AT_MOST ? `; chưa đạt: ${t.missing.join(', ')}` : `; ${n(t.missing.length)} ${whom} chưa đạt`;
  return `(${t.target}) ${TARGET_TITLES[t.target]}: ${n(t.met)}/${n(t.of)} ${whom} đạt${rate}${missing}.`;
}

/**
 * The Khối Dân vận cơ sở in seed 002's words: the Khối and their members by education and political
 * theory, who heads them, the share of members not yet trained, then each target met out of how
 * many, its rate, and the communes that miss it. Nothing when no Khối was counted.
 */
export function khoiParagraphs(f: KhoiFigures, level: ReportInfo['level']): string[] {
  if (f.khoi === 0) return [];
  const out = [
    `${level ? WHOLE[level] : 'Toàn địa bàn'} hiện nay có ${n(f.khoi)} Khối Dân vận cơ sở (sau đây viết tắt là Khối) với ${n(f.members)} thành viên. ` +
      `Số thành viên có trình độ chuyên môn trung cấp là ${n(f.intermediate)} người; cao đẳng là ${n(f.college)} người; ` +
      `đại học trở lên là ${n(f.university)} người; số thành viên có trình độ lý luận chính trị từ trung cấp trở lên là ${n(f.politicalTheory)} người.`,
  ];
  if (f.headSecretary + f.headDeputy > 0) {
    out.push(
      `Trưởng khối là Bí thư Đảng ủy: có ${n(f.headSecretary)}/${n(f.khoi)} xã chiếm tỷ lệ ${formatPercent(f.headSecretary / f.khoi)}; ` +
        `Trưởng khối là Phó Bí thư Đảng ủy: có ${n(f.headDeputy)}/${n(f.khoi)} ${COMMUNES} chiếm tỷ lệ ${formatPercent(f.headDeputy / f.khoi)}.`,
    );
  }
  if (f.members > 0) {
    out.push(
      `Tỷ lệ thành viên của Khối chưa qua tập huấn, bồi dưỡng về kỹ năng, nghiệp vụ công tác dân vận là ${formatPercent((f.members - f.trained) / f.members)}.`,
    );
  }
  out.push(`Kết quả thực hiện các mục tiêu của Đề án${f.year === null ? '' : ` năm ${f.year}`}:`);
  for (const t of f.targets) out.push(targetSentence(t, f.year));
  return out;
}

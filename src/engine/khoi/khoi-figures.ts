import { rowFinding } from '../check';
import type { Dataset } from '../dataset';
import { normText } from '../normalize';
import { REORGANISATION_YEAR } from '../report-scope';
import { RULES } from '../rules';
import type { KhoiRule } from '../rules/rule-types';
import type { Finding, ReportInfo } from '../types';
import type { KhoiRow } from './read-khoi';

export interface KhoiAnalysis {
  findings: Finding[];
  /** Rows without an error: those the figures count. */
  counted: KhoiRow[];
  excluded: number;
}

/** Runs the `khoi-` rules of the rule table over the Khối rows; a row with an error is left out of the figures. */
export function analyseKhoi(dataset: Dataset): KhoiAnalysis {
  const rules = RULES.filter((r): r is KhoiRule => r.scope === 'khoi');
  const findings: Finding[] = [];
  const bad = new Set<KhoiRow>();
  for (const rule of rules) {
    for (const draft of rule.check(dataset.khoi, { dataset })) {
      const { row, key } = draft;
      const col = key === null ? undefined : (row.cells[key]?.col ?? row.cells.commune?.col);
      findings.push(rowFinding(rule, { file: row.file, sheet: row.sheet, rowNumber: row.rowNumber, col, key }, draft.words));
      if (rule.severity === 'error') bad.add(row);
    }
  }
  findings.sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
  const counted = dataset.khoi.filter((r) => !bad.has(r));
  return { findings, counted, excluded: dataset.khoi.length - counted.length };
}

/** The year of the Khối figures: the one asked for, `Năm báo cáo`, else the latest year of the rows. */
export function khoiYear(rows: readonly KhoiRow[], info: ReportInfo, year?: number): number | null {
  if (year !== undefined) return year;
  if (info.reportYear !== null) return info.reportYear;
  let latest: number | null = null;
  for (const r of rows) if (r.year !== null && (latest === null || r.year > latest)) latest = r.year;
  return latest;
}

export type TargetNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface KhoiTarget {
  target: TargetNumber;
  /** Communes (for target 5: districts, or the province after July 2025) that meet it. */
  met: number;
  of: number;
  /** The communes (districts) that do not, by name. */
  missing: string[];
}

export interface KhoiFigures {
  year: number | null;
  /** Communes counted. */
  khoi: number;
  members: number;
  intermediate: number;
  college: number;
  university: number;
  politicalTheory: number;
  headSecretary: number;
  headDeputy: number;
  trained: number;
  /** Rows left out for an error. */
  excluded: number;
  targets: KhoiTarget[];
}

/** The briefing rate target 3 asks for, in percent. */
export const BRIEFED_TARGET = 90;

/** Per commune, the targets 1-4, 6 and 7 of seed 002 ("Mục tiêu cụ thể"). */
const COMMUNE_TARGETS: ReadonlyArray<[TargetNumber, (r: KhoiRow) => boolean]> = [
  [1, (r) => r.complete === true && r.regulation === true && r.assigned === true],
  [2, (r) => r.members !== null && r.trained === r.members],
  [3, (r) => r.briefedRate !== null && r.briefedRate >= BRIEFED_TARGET],
  [4, (r) => r.dialogues !== null && r.dialogues >= 1],
  [6, (r) => r.meetings === true],
  [7, (r) => r.plan === true && r.rating !== null],
];

/** The targets a commune's Khối misses. */
export const missedTargets = (row: KhoiRow): TargetNumber[] => COMMUNE_TARGETS.filter(([, meets]) => !meets(row)).map(([n]) => n);

const sum = (rows: readonly KhoiRow[], pick: (r: KhoiRow) => number | null): number => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
const communeName = (r: KhoiRow): string => r.commune ?? `dòng ${r.rowNumber}`;

/**
 * Target 5, one pilot Khối per district: before the 2025 reorganisation per `Huyện` (rows without
 * one taken together), from 2025 on, districts gone, one for the province.
 */
function pilotTarget(rows: readonly KhoiRow[], year: number | null): KhoiTarget {
  const groups = new Map<string, { name: string; pilot: boolean }>();
  const byProvince = year !== null && year >= REORGANISATION_YEAR;
  for (const r of rows) {
    const name = byProvince ? '' : (r.district ?? '');
    const key = normText(name);
    const group = groups.get(key) ?? { name, pilot: false };
    group.pilot ||= r.pilot === true;
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return {
    target: 5,
    met: all.filter((g) => g.pilot).length,
    of: Math.max(all.length, 1),
    missing: all
      .filter((g) => !g.pilot)
      .map((g) => g.name)
      .filter(Boolean),
  };
}

/** The figures and the seven targets of the Khối rows of one year (spec, `dvk khoi --json`). */
export function khoiFigures(counted: readonly KhoiRow[], year: number | null, excluded = 0): KhoiFigures {
  const rows = counted.filter((r) => r.year === year);
  const targets: KhoiTarget[] = COMMUNE_TARGETS.map(([target, meets]) => {
    const missing = rows.filter((r) => !meets(r));
    return { target, met: rows.length - missing.length, of: rows.length, missing: missing.map(communeName) };
  });
  targets.splice(4, 0, pilotTarget(rows, year));
  return {
    year,
    khoi: rows.length,
    members: sum(rows, (r) => r.members),
    intermediate: sum(rows, (r) => r.intermediate),
    college: sum(rows, (r) => r.college),
    university: sum(rows, (r) => r.university),
    politicalTheory: sum(rows, (r) => r.politicalTheory),
    headSecretary: rows.filter((r) => r.head === 'secretary').length,
    headDeputy: rows.filter((r) => r.head === 'deputy').length,
    trained: sum(rows, (r) => r.trained),
    excluded,
    targets,
  };
}

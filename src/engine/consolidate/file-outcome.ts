import type { FileReport } from './types';

/** One thing a file's import does to the registrations (`models`) or the Khối rows (`khoi`). */
export type OutcomePart =
  | { part: 'models' | 'khoi'; kind: 'merged'; rows: number }
  | { part: 'models' | 'khoi'; kind: 'replaces'; rows: number; file: string; own: boolean }
  | { part: 'models' | 'khoi'; kind: 'replacedBy' | 'supersededBy'; rows: number; file: string };

/**
 * What a file's import does, part by part, in one order for every reader (the pane's file card, the
 * command line's line per file): its rows merged, then the rows it replaces, those that replace its
 * own, those it cannot replace (a newer file holds them); the registrations first, then the Khối rows.
 * `own`: the file it replaces is the base (the workbook's own rows, asked about first).
 */
export function fileOutcome(report: FileReport, baseName?: string): OutcomePart[] {
  const parts: OutcomePart[] = [];
  const of = (part: 'models' | 'khoi', counts: Pick<FileReport, 'merged' | 'replaces' | 'replacedBy' | 'supersededBy'>): void => {
    parts.push({ part, kind: 'merged', rows: counts.merged });
    for (const r of counts.replaces) parts.push({ part, kind: 'replaces', rows: r.rows, file: r.file, own: r.file === baseName });
    for (const r of counts.replacedBy) parts.push({ part, kind: 'replacedBy', rows: r.rows, file: r.file });
    for (const r of counts.supersededBy) parts.push({ part, kind: 'supersededBy', rows: r.rows, file: r.file });
  };
  if (report.hasRegistrations) of('models', report);
  if (report.khoi) of('khoi', report.khoi);
  return parts;
}

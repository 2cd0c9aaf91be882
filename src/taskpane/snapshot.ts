import { analyse, findRegistrationSheet, readWorkbooks, vietnamDay, type Analysis, type Dataset, type Finding, type SheetGrid } from '../engine';
import type { OpenWorkbook } from '../engine/consolidate/open-workbook';
import type { FoundRegistrations } from '../engine/read-workbooks';
import type { WorkbookPort } from '../workbook/workbook';

/** The workbook as the engine sees it at one moment: its sheets, rows, findings and counted rows. */
export interface Snapshot {
  sheets: SheetGrid[];
  dataset: Dataset;
  analysis: Analysis;
  /** The registration sheet and its header, when there is one. */
  found: FoundRegistrations | null;
  /** Why there is none. */
  problem: Finding | null;
}

/** The workbook as the engine's consolidation into the open workbook takes it. */
export const openWorkbookOf = (snapshot: Snapshot): OpenWorkbook => ({ sheets: snapshot.sheets, found: snapshot.found, rows: snapshot.dataset.rows });

/** This year in Vietnam, by the pane's clock (the engine has none). */
export const thisYear = (): number => vietnamDay(new Date()).year;

/** Runs the engine over sheets already read. */
export function analyseSheets(sheets: SheetGrid[]): Snapshot {
  const workbook = { sheets };
  const found = findRegistrationSheet(workbook);
  const dataset = readWorkbooks([workbook]);
  return {
    sheets,
    dataset,
    analysis: analyse(dataset, { thisYear: thisYear() }),
    found: 'header' in found ? found : null,
    problem: 'header' in found ? null : found,
  };
}

/** One `readWorkbook()`, then the engine. */
export async function readSnapshot(workbook: WorkbookPort): Promise<Snapshot> {
  return analyseSheets(await workbook.readWorkbook());
}

/** The same sheets with one sheet's grid replaced. */
export const replaceGrid = (sheets: readonly SheetGrid[], name: string, grid: SheetGrid['grid']): SheetGrid[] =>
  sheets.map((s) => (s.name === name ? { name, grid } : s));

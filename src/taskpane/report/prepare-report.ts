import { FIELDS, reportDocument, reportTables, type ReportDocument, type ReportTable } from '../../engine';
import { uiVi } from '../../i18n/ui.vi';
import { bieuSheetName, layoutBieuSheets } from '../../workbook/layout-bieu';
import { layoutReportSheet } from '../../workbook/layout-report';
import type { SheetContent } from '../../workbook/sheet-content';
import type { ChartSpec } from '../../workbook/workbook';
import { today } from '../locale';
import type { Snapshot } from '../snapshot';
import { reportOptions, type ReportChoice } from './report-choice';

export interface PreparedReport {
  /** `Biểu 01` … `Biểu 04`, then `Báo cáo`. */
  contents: SheetContent[];
  document: ReportDocument;
  chart: ChartSpec;
  date: { day: number; month: number; year: number };
}

/** Models registered by field, from Biểu 01, under its table (so that the sheet still prints one page wide). */
export function fieldChart(bieu01: ReportTable, sheet: SheetContent): ChartSpec {
  const rows = bieu01.body.filter((_, i) => bieu01.rowKinds[i] === 'data');
  const year = /(\d{4})$/.exec(bieu01.caption)?.[1] ?? '';
  return {
    sheet: bieuSheetName(bieu01),
    title: uiVi.report.chartTitle({ year }),
    categories: rows.map((r, i) => FIELDS[i]?.shortTitle ?? String(r[1])),
    values: rows.map((r) => Number(r[2] ?? 0)),
    anchor: { row: sheet.values.length + 1, col: 1 },
  };
}

/** Biểu 01-04 and the report of the chosen year or period, from the same counted rows, laid out for their sheets. */
export function prepareReport(snapshot: Snapshot, choice: ReportChoice | null, now = new Date()): PreparedReport {
  const { dataset, analysis } = snapshot;
  const options = reportOptions(choice);
  const tables = reportTables(dataset, analysis.counted, options);
  const document = reportDocument(dataset, analysis.counted, options);
  const sheets = layoutBieuSheets(tables, dataset.info.agency);
  return { contents: [...sheets, layoutReportSheet(document)], document, chart: fieldChart(tables[0], sheets[0]), date: today(now) };
}

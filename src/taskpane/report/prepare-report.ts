import { FIELDS, reportDocument, reportTables, type ReportDocument, type ReportTable } from '../../engine';
import { reportYear } from '../../engine/report-scope';
import { uiVi } from '../../i18n/ui.vi';
import { layoutReportSheet } from '../../workbook/layout-report';
import { layoutSummarySheet, SUMMARY_SHEET } from '../../workbook/layout-summary';
import type { SheetContent } from '../../workbook/sheet-content';
import type { ChartSpec } from '../../workbook/workbook';
import { today } from '../locale';
import type { Snapshot } from '../snapshot';

export interface PreparedReport {
  /** `Tổng hợp` then `Báo cáo`. */
  contents: SheetContent[];
  document: ReportDocument;
  chart: ChartSpec;
  date: { day: number; month: number; year: number };
}

/** Models registered by field, from Biểu 01, beside the tables of `Tổng hợp`. Workbook text is Vietnamese. */
export function fieldChart(bieu01: ReportTable, summary: SheetContent, year: number): ChartSpec {
  const rows = bieu01.body.filter((_, i) => bieu01.rowKinds[i] === 'data');
  return {
    sheet: SUMMARY_SHEET,
    title: uiVi.report.chartTitle({ year: String(year) }),
    categories: rows.map((r, i) => FIELDS[i]?.shortTitle ?? String(r[1])),
    values: rows.map((r) => Number(r[2] ?? 0)),
    anchor: { row: 0, col: summary.columnWidths.length + 1 },
  };
}

/** Biểu 01-04 and the report, from the same counted rows, laid out for their sheets. */
export function prepareReport(snapshot: Snapshot, now = new Date()): PreparedReport {
  const { dataset, analysis } = snapshot;
  const date = today(now);
  const tables = reportTables(dataset, analysis.counted);
  const document = reportDocument(dataset, analysis.counted);
  const summary = layoutSummarySheet(tables);
  const year = reportYear(analysis.counted, dataset.info) ?? date.year;
  return { contents: [summary, layoutReportSheet(document)], document, chart: fieldChart(tables[0], summary, year), date };
}

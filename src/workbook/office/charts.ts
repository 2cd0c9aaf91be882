import type { ChartSpec } from '../workbook';
import { cellAddress, rangeAddress } from './addresses';
import { API, type Supports } from './capabilities';
import { Batch } from './payload';
import { writeValues } from './write-values';

/** Cells a chart covers: wide enough for the four fields' long names, tall enough for its bars. */
const CHART_COLUMNS = 8;
const MIN_CHART_ROWS = 16;

/**
 * A clustered column chart of one series (ExcelApi 1.1). An Excel chart draws from cells, so its
 * data is written as a small table (a header, then category and value per row) at the anchor, and
 * the chart is placed over it, top-left at the anchor: the chart stays an ordinary chart the clerk
 * can edit, and its numbers are there for printing or copying. False, with nothing written, where
 * the host has no charts.
 */
export async function addChart(context: Excel.RequestContext, chart: ChartSpec, supports: Supports): Promise<boolean> {
  if (!supports(API.charts)) return false;
  const { row, col } = chart.anchor;
  const sheet = context.workbook.worksheets.getItem(chart.sheet);
  const batch = new Batch(context);
  const table = [['', chart.title], ...chart.categories.map((category, i) => [category, chart.values[i] ?? null])];
  await writeValues(sheet, row, col, table, batch);
  await batch.actions(6);
  const added = sheet.charts.add('ColumnClustered', sheet.getRange(rangeAddress(row, col, table.length, 2)), 'Columns');
  added.title.text = chart.title;
  added.legend.visible = false;
  const rows = Math.max(MIN_CHART_ROWS, table.length + 2);
  added.setPosition(cellAddress(row, col), cellAddress(row + rows - 1, col + CHART_COLUMNS - 1));
  await batch.sync();
  return true;
}

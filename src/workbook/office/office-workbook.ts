import type { WorkbookPort } from '../workbook';
import { addChart } from './charts';
import { officeCapabilities, supportsOf } from './capabilities';
import { mapErrors } from './errors';
import { clearMarks, markCells } from './marks';
import type { OfficeHost } from './office-host';
import { readSheets } from './read';
import { deleteRows, insertRows } from './insert-rows';
import { getSelection, onSelectionChanged, selectCell } from './selection';
import { writeCells } from './write-cells';
import { writeRows } from './write-rows';
import { writeSheet } from './write-sheet';

/**
 * The workbook open in Excel, through Office.js. Every call is one `Excel.run` with few syncs (see
 * each module); what Excel reports becomes a `WorkbookError` with the clerk's message, while bugs
 * (a property used before `load`, an API missing from the host) are thrown as they are.
 */
export function officeWorkbook(host: OfficeHost): WorkbookPort {
  const supports = supportsOf(host);
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => mapErrors(() => host.run(batch));
  return {
    sheetNames: () =>
      run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        return worksheets.items.map((ws) => ws.name);
      }),
    readSheet: (name) => run(async (context) => (await readSheets(context, supports, name))[0]?.grid ?? []),
    readWorkbook: () => run((context) => readSheets(context, supports)),
    writeSheet: (content) => run((context) => writeSheet(context, content, supports)),
    deleteSheet: (name) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      }),
    writeRows: (sheet, firstRow, rows) => run((context) => writeRows(context, sheet, firstRow, rows)),
    writeCells: (sheet, cells, options) => run((context) => writeCells(context, sheet, cells, options?.font)),
    insertRows: (sheet, beforeRow, rows) => run((context) => insertRows(context, sheet, beforeRow, rows)),
    deleteRows: (sheet, firstRow, count) => run((context) => deleteRows(context, sheet, firstRow, count)),
    selectCell: (position) => run((context) => selectCell(context, position)),
    getSelection: () => run((context) => getSelection(context)),
    onSelectionChanged: (handler) => onSelectionChanged(host, handler),
    markCells: (sheet, marks) => run((context) => markCells(context, sheet, marks, supports)),
    clearMarks: (sheet) => run((context) => clearMarks(context, sheet, supports)),
    addChart: (chart) => run((context) => addChart(context, chart, supports)),
    capabilities: () => officeCapabilities(host),
  };
}

import { type CellPosition, WorkbookError } from '../workbook';
import { cellAddress, topLeft } from './addresses';
import { API, supportsOf } from './capabilities';
import { officeCode, toWorkbookError } from './errors';
import type { OfficeHost } from './office-host';

/** Shows the sheet and selects the cell (1 sync). */
export async function selectCell(context: Excel.RequestContext, position: CellPosition): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(position.sheet);
  sheet.activate();
  sheet.getRange(cellAddress(position.row - 1, position.col)).select();
  await context.sync();
}

/** The top-left cell of the selection with its sheet (1 sync); null when no cell range is selected (a chart, a shape). */
export async function getSelection(context: Excel.RequestContext): Promise<CellPosition | null> {
  const range = context.workbook.getSelectedRange();
  range.load('address');
  const sheet = range.worksheet;
  sheet.load('name');
  try {
    await context.sync();
  } catch (error) {
    if (officeCode(error) === 'InvalidSelection') return null;
    throw error;
  }
  const { row, col } = topLeft(range.address);
  return { sheet: sheet.name, row: row + 1, col };
}

/**
 * Calls `handler` with the new selection whenever it changes: ExcelApi 1.2's
 * `workbook.onSelectionChanged` (the 1.2 event; `worksheets.onSelectionChanged` needs 1.9), else the
 * Office document's `DocumentSelectionChanged`. Returns the unsubscribe function, which may be called
 * before the registration has finished.
 */
export function onSelectionChanged(host: OfficeHost, handler: (position: CellPosition) => void): () => void {
  let stopped = false;
  const notify = () => {
    host
      .run((context) => getSelection(context))
      .then((position) => {
        if (position && !stopped) handler(position);
      })
      // Excel busy or in cell-edit mode: this change is skipped, the next one reports the selection again.
      .catch((error) => {
        if (!(toWorkbookError(error) instanceof WorkbookError)) throw error;
      });
  };
  if (!supportsOf(host)(API.selectionEvent)) {
    const remove = host.onDocumentSelectionChanged(notify);
    return () => {
      stopped = true;
      remove();
    };
  }
  const registered = host
    .run(async (context) => {
      const result = context.workbook.onSelectionChanged.add(async () => notify());
      await context.sync();
      return { result, context };
    })
    .catch((error) => {
      if (!(toWorkbookError(error) instanceof WorkbookError)) throw error;
      return null;
    });
  return () => {
    if (stopped) return;
    stopped = true;
    void registered.then((registration) =>
      registration
        ? host.run(async (context) => {
            registration.result.remove();
            await context.sync();
          }, registration.context)
        : undefined,
    );
  };
}

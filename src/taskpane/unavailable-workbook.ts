import { uiVi } from '../i18n/ui.vi';
import { WorkbookError, type WorkbookPort } from '../workbook/workbook';

const fail = async (): Promise<never> => {
  throw new WorkbookError('unknown', uiVi.status.noExcel);
};

/** Stands in for the workbook until the Office adapter is connected: every action explains what to do. */
export function unavailableWorkbook(): WorkbookPort {
  return {
    sheetNames: fail,
    readSheet: fail,
    readWorkbook: fail,
    writeSheet: fail,
    deleteSheet: fail,
    writeRows: fail,
    writeCells: fail,
    insertRows: fail,
    deleteRows: fail,
    selectCell: fail,
    getSelection: async () => null,
    onSelectionChanged: () => () => undefined,
    markCells: fail,
    clearMarks: fail,
    addChart: async () => false,
    capabilities: () => ({
      fitColumns: false,
      hideSheets: false,
      conditionalFormats: false,
      freezePanes: false,
      dropdowns: false,
      pageSetup: false,
      charts: false,
    }),
  };
}

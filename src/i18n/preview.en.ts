import type { previewVi } from './preview.vi';

/** The browser version's strings (English), the same keys as `previewVi`. */
export const previewEn: typeof previewVi = {
  pageTitle: 'Dân vận khéo — browser version',
  toolbarLabel: 'Workbook',
  openFile: 'Open .xlsx file…',
  openSample: 'Open sample workbook',
  download: 'Download .xlsx',
  fileInputLabel: 'Choose an .xlsx file to open',
  newWorkbookName: 'new-workbook.xlsx',
  newSheetName: 'Sheet1',
  sampleFileName: 'mau-dan-van-kheo.xlsx',
  documentName: (p: { name: string }) => `Open workbook: ${p.name}`,
  unsaved: 'changes not downloaded',
  discardTitle: 'Discard the changes not downloaded?',
  discardBody: (p: { name: string; next: string }) =>
    `Workbook “${p.name}” has changes not yet downloaded (the browser version does not save by itself). Opening “${p.next}” discards them.`,
  discardSave: 'Download first, then open',
  discardConfirm: 'Discard and open',
  discardCancel: 'Do not open',
  busy: 'Working…',
  opened: (p: { name: string }) => `Opened “${p.name}”.`,
  downloaded: (p: { name: string }) => `Created “${p.name}”.`,
  unreadable: (p: { name: string; problem: string }) => `Cannot open “${p.name}”: ${p.problem}.`,
  lossy: (p: { parts: string }) => `The workbook has ${p.parts}: the browser version does not show them and the downloaded file will not have them.`,
  formulas: (p: { count: number }) =>
    `The workbook has ${p.count === 1 ? '1 formula cell' : `${p.count.toLocaleString('en')} formula cells`}: the browser version keeps their current results without recalculating, and the downloaded file will hold those results instead of the formulas.`,
  sampleMissing: 'The sample workbook could not be loaded. Check that the browser version’s server is still running (npm start).',
  downloadFailed: 'The .xlsx file could not be created. Try again.',
  sheetTabsLabel: 'Sheets',
  gridLabel: (p: { sheet: string }) => `Sheet “${p.sheet}”`,
  cornerLabel: 'Corner',
  workbookRegion: 'Workbook in the page',
  taskPaneRegion: 'Dân vận khéo task pane',
  noSheets: 'The workbook has no visible sheet.',
  markedCell: (p: { severity: string }) => `Marked: ${p.severity}`,
};

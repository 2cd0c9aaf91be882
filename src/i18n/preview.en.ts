import type { previewVi } from './preview.vi';

/** Browser preview strings (English), the same keys as `previewVi`. */
export const previewEn: typeof previewVi = {
  pageTitle: 'Dân vận khéo — preview',
  toolbarLabel: 'Workbook',
  openFile: 'Open .xlsx file…',
  openSample: 'Open sample workbook',
  download: 'Download .xlsx',
  fileInputLabel: 'Choose an .xlsx file to open',
  newWorkbookName: 'new-workbook.xlsx',
  newSheetName: 'Sheet1',
  sampleFileName: 'mau-dan-van-kheo.xlsx',
  documentName: (p: { name: string }) => `Open workbook: ${p.name}`,
  busy: 'Working…',
  opened: (p: { name: string }) => `Opened “${p.name}”.`,
  downloaded: (p: { name: string }) => `Created “${p.name}”.`,
  unreadable: (p: { name: string; problem: string }) => `Cannot open “${p.name}”: ${p.problem}.`,
  lossy: (p: { parts: string }) =>
    `The workbook has ${p.parts}: the preview does not show them and the downloaded file will not have them.`,
  sampleMissing: 'The sample workbook could not be loaded. Check that the preview server is still running (npm start).',
  downloadFailed: 'The .xlsx file could not be created. Try again.',
  sheetTabsLabel: 'Sheets',
  gridLabel: (p: { sheet: string }) => `Sheet “${p.sheet}”`,
  cornerLabel: 'Corner',
  workbookRegion: 'Workbook in the page',
  taskPaneRegion: 'Dân vận khéo task pane',
  noSheets: 'The workbook has no visible sheet.',
  markedCell: (p: { severity: string }) => `Marked: ${p.severity}`,
};

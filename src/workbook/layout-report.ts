import type { ReportDocument } from '../engine';
import type { SheetContent } from './sheet-content';

export const REPORT_SHEET = 'Báo cáo';

/** Two columns that together fill an A4 portrait page's width. */
const WIDTHS = [44, 50];
const CHARS_PER_LINE = 100;
const LINE_HEIGHT = 16.5;

const heightFor = (text: string, chars = CHARS_PER_LINE): number =>
  Math.max(1, Math.ceil(text.length / chars)) * LINE_HEIGHT + 3;

/** The drafted report laid out for A4 printing: header block, title, paragraphs, closing block. */
export function layoutReportSheet(doc: ReportDocument): SheetContent {
  const content: SheetContent = {
    name: REPORT_SHEET,
    values: [],
    styles: [],
    merges: [],
    columnWidths: WIDTHS,
    rowHeights: {},
    page: { orientation: 'portrait', fitToWidth: true },
  };
  const add = (row: Array<string | null>): number => content.values.push(row) - 1;
  const lines = Math.max(doc.headerLeft.length, doc.headerRight.length);
  for (let i = 0; i < lines; i++) add([doc.headerLeft[i] ?? null, doc.headerRight[i] ?? null]);
  content.styles.push({ range: { r1: 0, c1: 0, r2: lines - 1, c2: 1 }, style: { horizontal: 'center', bold: true } });
  content.styles.push({ range: { r1: lines - 1, c1: 1, r2: lines - 1, c2: 1 }, style: { bold: false, italic: true } });
  add([]);
  const merged = (text: string, style: SheetContent['styles'][number]['style'], height = true): void => {
    const r = add([text, null]);
    content.merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
    content.styles.push({ range: { r1: r, c1: 0, r2: r, c2: 1 }, style: { wrap: true, vertical: 'top', ...style } });
    if (height && content.rowHeights) content.rowHeights[r] = heightFor(text);
  };
  merged(doc.title, { bold: true, horizontal: 'center', fontSize: 14 }, false);
  merged(doc.subtitle, { bold: true, horizontal: 'center' });
  add([]);
  for (const paragraph of doc.paragraphs) merged(paragraph, { horizontal: 'justify' });
  add([]);
  const closingTop = content.values.length;
  const right = doc.signerTitle || doc.signer ? [doc.signerTitle, null, null, null, doc.signer] : [];
  const rows = Math.max(doc.recipients.length, right.length);
  for (let i = 0; i < rows; i++) add([doc.recipients[i] ?? null, right[i] ?? null]);
  content.styles.push({ range: { r1: closingTop, c1: 0, r2: closingTop + rows - 1, c2: 0 }, style: { italic: true } });
  content.styles.push({ range: { r1: closingTop, c1: 1, r2: closingTop + rows - 1, c2: 1 }, style: { bold: true, horizontal: 'center' } });
  return content;
}

import type { ReportDocument } from '../engine';
import type { SheetContent } from './sheet-content';

export const REPORT_SHEET = 'Báo cáo';

/** Two columns that together fill an A4 portrait page's width. */
const WIDTHS = [44, 50];
const CHARS_PER_LINE = 100;
const LINE_HEIGHT = 16.5;

const heightFor = (text: string, chars = CHARS_PER_LINE): number =>
  Math.max(1, Math.ceil(text.length / chars)) * LINE_HEIGHT + 3;

/** The drafted report laid out for A4 printing: header block, title, `Căn cứ` and paragraphs, closing block. */
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
  const style = (r1: number, c1: number, r2: number, c2: number, s: SheetContent['styles'][number]['style']): void => {
    if (r2 >= r1) content.styles.push({ range: { r1, c1, r2, c2 }, style: s });
  };
  const { header } = doc;
  const left = [...(header.superior ? [header.superior] : []), header.issuer, '*', header.number];
  const right = [header.party, header.dateLine];
  const lines = Math.max(left.length, right.length);
  // The issuer and the party line side by side (the issuer is the last line before `*`).
  const issuerRow = left.length - 3;
  for (let i = 0; i < lines; i++) add([left[i] ?? null, i >= issuerRow ? (right[i - issuerRow] ?? null) : null]);
  style(0, 0, lines - 1, 1, { horizontal: 'center' });
  style(issuerRow, 0, issuerRow, 1, { horizontal: 'center', bold: true });
  style(issuerRow + 1, 1, issuerRow + 1, 1, { horizontal: 'center', italic: true });
  add([]);
  const merged = (text: string, s: SheetContent['styles'][number]['style'], height = true): void => {
    const r = add([text, null]);
    content.merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
    style(r, 0, r, 1, { wrap: true, vertical: 'top', ...s });
    if (height && content.rowHeights) content.rowHeights[r] = heightFor(text);
  };
  merged(doc.title, { bold: true, horizontal: 'center', fontSize: 14 }, false);
  merged(doc.subtitle, { bold: true, horizontal: 'center' });
  add([]);
  for (const paragraph of [...(doc.basis ? [doc.basis] : []), ...doc.paragraphs]) merged(paragraph, { horizontal: 'justify' });
  add([]);
  const closingTop = content.values.length;
  const recipients = [doc.recipientsLabel, ...doc.recipients];
  const signing = [doc.authority, doc.signerTitle, null, null, null, doc.signer].filter((v, i) => v !== null || (i >= 2 && i <= 4));
  const rows = Math.max(recipients.length, signing.length);
  for (let i = 0; i < rows; i++) add([recipients[i] ?? null, signing[i] ?? null]);
  style(closingTop, 0, closingTop, 0, { bold: true, italic: true });
  style(closingTop + 1, 0, closingTop + rows - 1, 0, { fontSize: 10 });
  style(closingTop, 1, closingTop + rows - 1, 1, { bold: true, horizontal: 'center' });
  return content;
}

import type { ReportDocument } from '../engine';
import { PRINT_FONT } from './layout-bieu';
import type { CellStyle, SheetContent } from './sheet-content';

export const REPORT_SHEET = 'Báo cáo';

/**
 * Two columns that together fill an A4 portrait page between margins of 30 and 15 mm (165 mm, 468 pt):
 * 82 characters of Calibri 11 are 584 px, 438 pt, with room for renderers that measure a little wider.
 */
const WIDTHS = [37, 45];
const BODY_SIZE = 13;
/** Times New Roman 13 pt across both columns, with room to spare so that no paragraph is cut. */
const CHARS_PER_LINE = 78;
const LINE_HEIGHT = 18;
/** A first-line indent: Excel has none, so the paragraph starts after these spaces (non-breaking, kept by every viewer). */
const INDENT = '\u00a0'.repeat(8);

const heightFor = (text: string, chars = CHARS_PER_LINE): number => Math.max(1, Math.ceil(text.length / chars)) * LINE_HEIGHT + 4;

/**
 * The drafted report laid out for A4 portrait printing as the Party's layout rules ask (margins
 * 20/20/30/15 mm, Times New Roman 13 pt, justified paragraphs with a first-line indent): header block,
 * title, `Căn cứ` and paragraphs, closing block. Row heights fit each paragraph, so a change of font
 * does not cut one.
 */
export function layoutReportSheet(doc: ReportDocument): SheetContent {
  const content: SheetContent = {
    name: REPORT_SHEET,
    values: [],
    styles: [],
    merges: [],
    columnWidths: WIDTHS,
    rowHeights: {},
    page: { orientation: 'portrait', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
  };
  const heights = content.rowHeights as Record<number, number>;
  const add = (row: Array<string | null>): number => content.values.push(row) - 1;
  const style = (r1: number, c1: number, r2: number, c2: number, s: CellStyle): void => {
    if (r2 >= r1) content.styles.push({ range: { r1, c1, r2, c2 }, style: s });
  };
  const { header } = doc;
  const left = [...(header.superior ? [header.superior] : []), header.issuer, '*', header.number];
  const right = [header.party, header.dateLine];
  const lines = Math.max(left.length, right.length);
  // The issuer and the party line side by side (the issuer is the last line before `*`).
  const issuerRow = left.length - 3;
  for (let i = 0; i < lines; i++) add([left[i] ?? null, i >= issuerRow ? (right[i - issuerRow] ?? null) : null]);
  style(0, 0, lines - 1, 1, { horizontal: 'center', vertical: 'top', wrap: true });
  style(issuerRow, 0, issuerRow, 0, { bold: true });
  style(issuerRow, 1, issuerRow, 1, { bold: true, underline: true });
  style(issuerRow + 1, 1, issuerRow + 1, 1, { italic: true });
  for (let i = 0; i < lines; i++) {
    const widest = Math.max(...[left[i], i >= issuerRow ? right[i - issuerRow] : null].map((text, c) => (text ? heightFor(text, WIDTHS[c]) : 0)));
    if (widest > LINE_HEIGHT + 4) heights[i] = widest;
  }
  add([]);
  const merged = (text: string, s: CellStyle, fontSize = BODY_SIZE): void => {
    const r = add([text, null]);
    content.merges.push({ r1: r, c1: 0, r2: r, c2: 1 });
    style(r, 0, r, 1, { wrap: true, vertical: 'top', ...s });
    heights[r] = Math.round(heightFor(text, Math.floor((CHARS_PER_LINE * BODY_SIZE) / fontSize)) * (fontSize / BODY_SIZE));
  };
  merged(doc.title, { bold: true, horizontal: 'center', fontSize: 14 }, 14);
  merged(doc.subtitle, { bold: true, horizontal: 'center' });
  add([]);
  for (const paragraph of [...(doc.basis ? [doc.basis] : []), ...doc.paragraphs]) merged(`${INDENT}${paragraph}`, { horizontal: 'justify' });
  add([]);
  const closingTop = content.values.length;
  const recipients = [doc.recipientsLabel, ...doc.recipients];
  const signing = [doc.authority, doc.signerTitle, null, null, null, doc.signer].filter((v, i) => v !== null || (i >= 2 && i <= 4));
  const rows = Math.max(recipients.length, signing.length);
  for (let i = 0; i < rows; i++) add([recipients[i] ?? null, signing[i] ?? null]);
  style(closingTop, 0, closingTop, 0, { bold: true, italic: true, fontSize: 12 });
  style(closingTop + 1, 0, closingTop + rows - 1, 0, { fontSize: 11, wrap: true, vertical: 'top' });
  style(closingTop, 1, closingTop + rows - 1, 1, { bold: true, horizontal: 'center', wrap: true, vertical: 'top' });
  for (let i = 1; i < rows; i++) {
    const text = recipients[i];
    if (text && text.length > WIDTHS[0] * 1.3) heights[closingTop + i] = Math.ceil(text.length / (WIDTHS[0] * 1.3)) * 15 + 3;
  }
  // The font under every other style, so that sizes and bold are laid over it.
  content.styles.unshift({ range: { r1: 0, c1: 0, r2: content.values.length - 1, c2: 1 }, style: { fontName: PRINT_FONT, fontSize: BODY_SIZE } });
  return content;
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  convertMillimetersToTwip,
  type IRunOptions,
} from 'docx';
import type { ReportDocument } from '../../engine';

/**
 * The drafted report as a Word document, laid out as the rules for Party documents (Hướng dẫn
 * 36-HD/VPTW) and the seeds show: A4 portrait, margins 20/20/30/15 mm, Times New Roman, body 14 pt
 * justified with a first-line indent and 6 pt after each paragraph; the two-column header block and
 * the closing block (`Nơi nhận` beside the signature) as borderless tables; page numbers from page 2,
 * top centre. Written with the `docx` library, not by hand.
 */
export const DOCX_LAYOUT = {
  font: 'Times New Roman',
  /** Half-points. */
  bodySize: 28,
  headerSize: 26,
  recipientsLabelSize: 24,
  recipientsSize: 22,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  /** A4 in twips. */
  page: { width: 11_906, height: 16_838 },
  firstLineIndentMm: 10,
  /** Twentieths of a point: 6 pt. */
  spaceAfter: 120,
} as const;

const mm = convertMillimetersToTwip;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

type Run = Omit<IRunOptions, 'text'>;

const line = (text: string, run: Run = {}, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): Paragraph =>
  new Paragraph({ alignment, spacing: { after: 0 }, children: [new TextRun({ text, ...run })] });

/** A borderless two-column table filling the text width, `share` of it for the left column. */
function twoColumns(left: Paragraph[], right: Paragraph[], share: number): Table {
  const width = DOCX_LAYOUT.page.width - mm(DOCX_LAYOUT.margins.left) - mm(DOCX_LAYOUT.margins.right);
  const leftWidth = Math.round(width * share);
  const cell = (children: Paragraph[], size: number) =>
    new TableCell({ children: children.length > 0 ? children : [new Paragraph('')], width: { size, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, width - leftWidth)] })],
  });
}

function headerBlock(doc: ReportDocument): Table {
  const { header } = doc;
  const size = DOCX_LAYOUT.headerSize;
  const left = [
    ...(header.superior ? [line(header.superior, { size })] : []),
    line(header.issuer, { size, bold: true }),
    line('*', { size }),
    line(header.number, { size }),
  ];
  const right = [
    line(header.party, { size: DOCX_LAYOUT.bodySize - 2, bold: true, underline: { type: UnderlineType.SINGLE } }),
    ...(header.superior ? [line('', { size })] : []),
    line(header.dateLine, { size: DOCX_LAYOUT.bodySize, italics: true }),
  ];
  return twoColumns(left, right, 0.44);
}

function closingBlock(doc: ReportDocument): Table {
  const left = [
    line(doc.recipientsLabel, { size: DOCX_LAYOUT.recipientsLabelSize, bold: true, italics: true }, AlignmentType.LEFT),
    ...doc.recipients.map((r) => line(r, { size: DOCX_LAYOUT.recipientsSize }, AlignmentType.LEFT)),
  ];
  const right = [
    ...(doc.authority ? [line(doc.authority, { bold: true })] : []),
    ...(doc.signerTitle ? [line(doc.signerTitle, { bold: true })] : []),
    // Room to sign (and stamp), then the signer's name; without a name, the room stays for the pen.
    ...['', '', '', ''].map((t) => line(t)),
    ...(doc.signer ? [line(doc.signer, { bold: true })] : []),
  ];
  return twoColumns(left, right, 0.5);
}

const bodyParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(DOCX_LAYOUT.firstLineIndentMm) },
    spacing: { after: DOCX_LAYOUT.spaceAfter },
    children: [new TextRun(text)],
  });

/** The Word document of a report description. */
export function reportDocx(doc: ReportDocument): Document {
  const { margins, page } = DOCX_LAYOUT;
  return new Document({
    creator: 'Dân vận khéo',
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.bodySize } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right), header: mm(10) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [
          headerBlock(doc),
          new Paragraph({ spacing: { after: 0 }, children: [] }),
          line(doc.title, { bold: true, size: DOCX_LAYOUT.bodySize + 2 }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, bold: true })] }),
          ...[...(doc.basis ? [doc.basis] : []), ...doc.paragraphs].map(bodyParagraph),
          new Paragraph({ spacing: { after: 0 }, children: [] }),
          closingBlock(doc),
        ],
      },
    ],
  });
}

/** The .docx bytes (works in Node and in the page). */
export async function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(doc)));
}

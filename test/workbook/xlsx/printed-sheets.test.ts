import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyse, readWorkbooks, reportDocument, reportTables, type ReportTable } from '../../../src/engine';
import { layoutBieuSheets } from '../../../src/workbook/layout-bieu';
import { layoutReportSheet } from '../../../src/workbook/layout-report';
import { newWorkbook, workbookBytes } from '../../../src/workbook/xlsx/new-workbook';
import { seed004Sheets } from '../../fixtures/seed004';
import { toGrids } from '../../helpers/grids';
import { median, pdfPages, toPdf, type PdfPage } from '../../helpers/libreoffice';

/**
 * The Biểu sheets and `Báo cáo` of seed 004 as LibreOffice Calc prints them: each Biểu on A4
 * landscape, one page wide, at a size a person reads (not the 5-pt text of v1's shared sheet), its
 * title and header on every page; `Báo cáo` on A4 portrait with every paragraph whole.
 */
jest.setTimeout(180_000);

const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/reports');

let dir: string;
let tables: ReportTable[];
const pagesOf: Record<string, PdfPage[]> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-print-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  const counted = analyse(dataset).counted;
  tables = reportTables(dataset, counted);
  const sheets = [...layoutBieuSheets(tables, dataset.info.agency), layoutReportSheet(reportDocument(dataset, counted))];
  // One workbook per sheet, so that each sheet's pages are its own PDF.
  for (const sheet of sheets) {
    const file = path.join(dir, `${sheet.name.replace(/\s+/g, '-')}.xlsx`);
    writeFileSync(file, await workbookBytes(newWorkbook([sheet])));
    const pdf = toPdf(file, dir);
    pagesOf[sheet.name] = pdfPages(pdf);
    // The first page, to look at (the README shows Biểu 02's: docs/images/bieu-02.png).
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(ARTIFACTS, sheet.name.replace(/\s+/g, '-').toLowerCase().replace('biểu', 'bieu')),
    ]);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Biểu sheets, printed', () => {
  it.each(['Biểu 01', 'Biểu 02', 'Biểu 03', 'Biểu 04'])('%s prints on A4 landscape, one page wide, at a legible size', (name) => {
    const pages = pagesOf[name];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      // Words drawn at 8 pt or more: Times New Roman 11 scaled to fit no less than about 75%.
      expect(median(page.wordHeights)).toBeGreaterThanOrEqual(8);
    }
    const table = tables.find((t) => t.title === name)!;
    const text = pages.map((p) => p.raw).join(' ');
    expect(text).toContain(`${table.title}. ${table.caption.slice(0, 40)}`);
    // Every row's label is printed: nothing cut at the right edge or lost between pages.
    for (const row of table.body) {
      const label = String(row[1] ?? '')
        .split(/\s+/)
        .slice(-3)
        .join(' ');
      if (label) expect(text).toContain(label);
    }
  });

  it('repeats the title and the header rows on every page of a long table', () => {
    const pages = pagesOf['Biểu 02'];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page.text).toContain('Biểu 02. Kết quả đăng ký');
      expect(page.text).toContain('Khối, chi, đảng bộ');
      expect(page.text).toContain('Đủ điều');
    }
  });
});

describe('the Báo cáo sheet, printed', () => {
  it('prints on A4 portrait with the header block, every paragraph whole and the signature', () => {
    const pages = pagesOf['Báo cáo'];
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    const text = pages.map((p) => p.text).join(' ');
    const dataset = readWorkbooks([toGrids(seed004Sheets())]);
    const doc = reportDocument(dataset, analyse(dataset).counted);
    for (const paragraph of [doc.basis!, ...doc.paragraphs]) {
      const words = paragraph.split(/\s+/);
      expect(text).toContain(words.slice(-4).join(' '));
      expect(text).toContain(words.slice(0, 4).join(' '));
    }
    for (const line of ['ĐẢNG BỘ TỈNH BẮC KẠN', 'THÀNH ỦY BẮC KẠN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'Nơi nhận:', 'Phạm Ngọc San'])
      expect(text).toContain(line);
    // Times New Roman 13 at full size (Excel and LibreOffice with Calibri's metrics fit the two columns in the page).
    expect(median(pages[0].wordHeights)).toBeGreaterThanOrEqual(14);
  });
});

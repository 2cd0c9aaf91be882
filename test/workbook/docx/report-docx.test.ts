import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { analyse, readWorkbooks, reportDocument, type ReportDocument } from '../../../src/engine';
import { DOCX_LAYOUT, reportDocxBytes } from '../../../src/workbook/docx/report-docx';
import { seed004Sheets } from '../../fixtures/seed004';
import { toGrids } from '../../helpers/grids';

/**
 * The Word document of seed 004's report: its layout read from the document's XML, and the document
 * as LibreOffice renders it (Debian's libreoffice-writer and poppler-utils; `npm test` installs them):
 * converted to PDF, every paragraph's last words found in the pages' text, nothing cut.
 */
jest.setTimeout(120_000);

const seedDocument = (): ReportDocument => {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  return reportDocument(dataset, analyse(dataset).counted);
};

let dir: string;
let bytes: Uint8Array;
let documentXml: string;
let stylesXml: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-docx-'));
  bytes = await reportDocxBytes(seedDocument());
  const zip = await JSZip.loadAsync(bytes);
  documentXml = await zip.file('word/document.xml')!.async('string');
  stylesXml = await zip.file('word/styles.xml')!.async('string');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

describe('the report as a Word document: layout', () => {
  it('is A4 portrait with the margins of Party documents (top/bottom 20, left 30, right 15 mm)', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1];
    for (const [side, mm] of Object.entries({ top: 20, bottom: 20, left: 30, right: 15 })) {
      expect(Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1])).toBeCloseTo(twips(mm), -1);
    }
  });

  it('sets Times New Roman 14 pt and justifies the body with a first-line indent', () => {
    expect(stylesXml).toMatch(/w:ascii="Times New Roman"/);
    expect(stylesXml).toMatch(/<w:sz w:val="28"\/>/);
    expect(documentXml).toContain('<w:jc w:val="both"/>');
    expect(Number(/<w:ind w:firstLine="(\d+)"\/>/.exec(documentXml)![1])).toBeCloseTo(twips(DOCX_LAYOUT.firstLineIndentMm), -1);
  });

  it('puts the header block in a borderless two-column table: issuer bold, the party line bold and underlined, the date italic', () => {
    const table = documentXml.slice(documentXml.indexOf('<w:tbl>'), documentXml.indexOf('</w:tbl>'));
    const run = (text: string) => {
      const at = table.indexOf(`>${text}<`);
      expect(at).toBeGreaterThan(0);
      return table.slice(table.lastIndexOf('<w:r>', at), at);
    };
    expect(table.match(/<w:tc>/g)).toHaveLength(2);
    expect(run('THÀNH ỦY BẮC KẠN')).toContain('<w:b/>');
    expect(run('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
    expect(run('*')).not.toContain('<w:b/>');
    expect(table).toContain('<w:i/>');
    expect(table).toMatch(/<w:top w:val="none"/);
  });

  it('numbers pages from page 2, at the top centre', () => {
    expect(documentXml).toContain('<w:titlePg/>');
  });
});

describe('the report as LibreOffice renders it', () => {
  it('converts to PDF whose text holds every paragraph to its last words, the header and the signature', () => {
    const docx = path.join(dir, 'bao-cao.docx');
    writeFileSync(docx, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'ignore',
    });
    const pdf = path.join(dir, 'bao-cao.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const doc = seedDocument();
    for (const paragraph of [doc.basis!, ...doc.paragraphs]) {
      const words = paragraph.split(/\s+/);
      // The last words, and the first: a paragraph is neither cut nor lost.
      expect(text).toContain(words.slice(-4).join(' '));
      expect(text).toContain(words.slice(0, 4).join(' '));
    }
    for (const line of [
      'ĐẢNG BỘ TỈNH BẮC KẠN',
      'THÀNH ỦY BẮC KẠN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BÁO CÁO',
      'Nơi nhận:',
      '- Lưu Văn phòng Thành ủy.',
      'Phạm Ngọc San',
    ]) {
      expect(text).toContain(line);
    }
    // Page 2 carries its number; page 1 none.
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).trim();
    const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }).trim();
    expect(second.split('\n')[0].trim()).toBe('2');
    expect(first.split('\n')[0].trim()).not.toBe('1');
    expect(readFileSync(pdf).length).toBeGreaterThan(10_000);
  });
});

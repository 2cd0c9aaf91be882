/**
 * The package-level copy (package-copy.ts) against its reference, the exceljs copy it replaces
 * (load, write the sheets, write the whole workbook again): the same workbook to the clerk, while
 * every part it does not write keeps its bytes. LibreOffice opens it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyse, fingerprint, readWorkbooks, reportDocument, reportTables } from '../../../src/engine';
import { layoutReportSheet } from '../../../src/workbook/layout-report';
import { layoutBieuSheets } from '../../../src/workbook/layout-bieu';
import { RECORD_SHEET, writeOwnedSheets } from '../../../src/workbook/owned-sheets';
import type { SheetContent } from '../../../src/workbook/sheet-content';
import { copyOfFile } from '../../../src/workbook/xlsx/copy-file';
import { loadXlsx } from '../../../src/workbook/xlsx/load-xlsx';
import { workbookBytes } from '../../../src/workbook/xlsx/new-workbook';
import { readFileGrids } from '../../../src/workbook/xlsx/read-file-grids';
import { xlsxWorkbook } from '../../helpers/exceljs-store';
import { seed004Sheets } from '../../fixtures/seed004';
import { toGrids } from '../../helpers/grids';
import { pdfPages, toPdf } from '../../helpers/libreoffice';
import { workbookSnapshot } from '../../helpers/workbook-snapshot';

const WRITTEN_AT = '2026-12-03T10:00:00.000Z';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A clerk's workbook as v1 left it: the seed sheets, v1's `Tổng hợp` and record, a sheet of the clerk's, names, a calculation chain. */
async function clerkWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of seed004Sheets()) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  workbook.addWorksheet('Tổng hợp').getCell('A1').value = 'Biểu 01. cũ';
  const own = workbook.addWorksheet('Ghi chép');
  own.getCell('A1').value = 'Theo dõi kinh phí';
  own.getCell('A1').font = { bold: true, size: 14 };
  own.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
  own.pageSetup.printArea = 'A1:C9';
  // A name a replacement string would misread ($& is the match, $1 a group).
  workbook.addWorksheet('Quỹ $& $1').getCell('A1').value = 'quỹ';
  const record = workbook.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  record.addRow(['Trang', 'Dấu kiểm', 'Ghi lúc', 'Phiên bản']);
  record.addRow(['Tổng hợp', fingerprint([['Biểu 01. cũ']]), '2024-01-01T00:00:00.000Z', 1]);
  workbook.definedNames.add("'Tổng hợp'!$A$1", 'TieuDeCu');
  workbook.definedNames.add("'Ghi chép'!$B$2", 'KinhPhi');
  workbook.views = [{ activeTab: 5, x: 0, y: 0, width: 10000, height: 10000, firstSheet: 0, visibility: 'visible' }];
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  // Excel's calculation chain, which exceljs does not write: it names cells by sheet id.
  zip.file('xl/calcChain.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="B2" i="5"/></calcChain>`);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels?.replace(
      '</Relationships>',
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ) ?? '',
  );
  const types = await zip.file('[Content_Types].xml')?.async('string');
  zip.file(
    '[Content_Types].xml',
    types?.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ) ?? '',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The Biểu of the seed 004 registrations and the report sheet, as `dvk report` lays them out. */
function contents(): SheetContent[] {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  const counted = analyse(dataset, { thisYear: 2022 }).counted;
  return [...layoutBieuSheets(reportTables(dataset, counted), dataset.info.agency), layoutReportSheet(reportDocument(dataset, counted))];
}

async function written(input: Uint8Array): Promise<{ copy: Uint8Array; reference: Uint8Array; result: unknown }> {
  const read = await readFileGrids(input);
  if (!read.ok) throw new Error('the input does not read');
  const copy = await copyOfFile(input, read.grids.sheets);
  if (!copy) throw new Error('the input does not open for a copy');
  const options = { writtenAt: WRITTEN_AT, retire: ['Tổng hợp'] };
  const result = await writeOwnedSheets(copy, contents(), options);
  const loaded = await loadXlsx(input);
  if (!loaded.ok) throw new Error('exceljs does not load the input');
  await writeOwnedSheets(xlsxWorkbook(loaded.workbook), contents(), options);
  return { copy: (await copy.bytes()) as Uint8Array, reference: await workbookBytes(loaded.workbook), result };
}

let input: Uint8Array;
let out: Awaited<ReturnType<typeof written>>;
beforeAll(async () => {
  input = await clerkWorkbook();
  out = await written(input);
});

describe('a copy of the package with the software’s sheets written anew', () => {
  it('is the workbook the exceljs copy gives: sheets, order, visibility, values, styles, merges, widths, page set-up', async () => {
    expect(out.result).toEqual({ ok: true, removed: ['Tổng hợp'], kept: [] });
    const [actual, expected] = await Promise.all([workbookSnapshot(out.copy), workbookSnapshot(out.reference)]);
    expect(actual.map((s) => [s.name, s.state])).toEqual(expected.map((s) => [s.name, s.state]));
    for (const [i, sheet] of actual.entries()) expect(sheet).toEqual(expected[i]);
  });

  it('keeps every part it does not write byte for byte, and drops what named the removed sheet', async () => {
    const [before, after] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(out.copy)]);
    for (const name of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet5.xml',
      'xl/sharedStrings.xml',
      'xl/theme/theme1.xml',
    ]) {
      expect([name, await after.file(name)?.async('base64')]).toEqual([name, await before.file(name)?.async('base64')]);
    }
    expect(after.file('xl/worksheets/sheet4.xml')).toBeNull(); // Tổng hợp
    expect(after.file('xl/calcChain.xml')).toBeNull();
    const workbookXml = (await after.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).not.toContain('TieuDeCu');
    expect(workbookXml).toContain('KinhPhi');
    // Ghi chép moved from the 5th tab to the 4th, Quỹ from the 6th to the 5th: the print area and the active tab follow.
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="3">/);
    expect(workbookXml).toMatch(/activeTab="4"/);
  });

  it('is a sound package: every part has a content type, every relationship a target, no id twice', async () => {
    const zip = await JSZip.loadAsync(out.copy, { checkCRC32: true });
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
    for (const name of names)
      if (name !== '[Content_Types].xml') expect([name, overrides.includes(name) || defaults.includes(name.split('.').pop() ?? '')]).toEqual([name, true]);
    for (const part of overrides) expect(names).toContain(part);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) expect(names).toContain(`xl/${target}`);
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const sheetIds = [...workbookXml.matchAll(/sheetId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(sheetIds).size).toBe(sheetIds.length);
    for (const [, id] of workbookXml.matchAll(/r:id="([^"]+)"/g)) expect(ids).toContain(id);
  });

  it('reads back as written, so the next report finds its sheets unedited', async () => {
    const read = await readFileGrids(out.copy);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const again = await copyOfFile(out.copy, read.grids.sheets);
    const second = again && (await writeOwnedSheets(again, contents(), { writtenAt: WRITTEN_AT }));
    expect(second).toEqual({ ok: true, removed: [], kept: [] });
  });

  it('puts the print titles where the schema has defined names, in a workbook that had none', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Đăng ký').addRow(['STT']);
    const plain = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readFileGrids(plain);
    const copy = read.ok ? await copyOfFile(plain, read.grids.sheets) : null;
    const [bieu] = contents();
    expect(bieu.page?.repeatRows).toBeDefined();
    await copy?.writeSheet(bieu);
    const bytes = (await copy?.bytes()) as Uint8Array;
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<\/sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">[^<]+<\/definedName><\/definedNames><calcPr/);
  });

  it('declares the relationships prefix its new sheets use, where the workbook bound the namespace to another', async () => {
    const zip = await JSZip.loadAsync(input);
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', xml.replace(/xmlns:r=/, 'xmlns:ns=').replace(/ r:id=/g, ' ns:id='));
    const other = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const read = await readFileGrids(other);
    const copy = read.ok ? await copyOfFile(other, read.grids.sheets) : null;
    await copy?.writeSheet(contents()[0]);
    const bytes = (await copy?.bytes()) as Uint8Array;
    const written = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
    expect(written).toMatch(/^[^]*<workbook [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/);
    const again = await readFileGrids(bytes);
    expect(again.ok && again.grids.sheets.find((s) => s.name === 'Biểu 01')?.grid[0]).toEqual(contents()[0].values[0].slice(0, 1));
  });

  it('copies a workbook LibreOffice saved', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-copy-lo-'));
    try {
      writeFileSync(path.join(dir, 'goc.xlsx'), input);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          path.join(dir, 'lo'),
          path.join(dir, 'goc.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const saved = new Uint8Array(readFileSync(path.join(dir, 'lo', 'goc.xlsx')));
      const read = await readFileGrids(saved);
      const copy = read.ok ? await copyOfFile(saved, read.grids.sheets) : null;
      expect(await copy?.writeSheet(contents()[0])).toBeUndefined();
      const again = await readFileGrids((await copy?.bytes()) as Uint8Array);
      expect(again.ok && again.grids.sheets.map((s) => s.name)).toEqual([...(read.ok ? read.grids.sheets.map((s) => s.name) : []), 'Biểu 01']);
      expect(again.ok && again.grids.sheets.at(-1)?.grid[0]).toEqual(contents()[0].values[0].slice(0, 1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('opens in LibreOffice with the clerk’s sheet and the Biểu', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-copy-'));
    try {
      const file = path.join(dir, 'ban-sao.xlsx');
      writeFileSync(file, out.copy);
      const text = pdfPages(toPdf(file, dir))
        .map((p) => p.text)
        .join(' ');
      expect(text).toContain('Theo dõi kinh phí');
      expect(text).toContain('Biểu 01. Kết quả đăng ký, công nhận mô hình “Dân vận khéo” theo lĩnh vực');
      expect(text).toContain('BÁO CÁO');
      expect(text).not.toContain('Biểu 01. cũ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

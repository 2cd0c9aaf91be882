import { needsRewrite, rewriteSheet } from '../../../src/workbook/xlsx/oversized-ranges';
import { XLSX_LIMITS } from '../../../src/workbook/xlsx/limits';
import { parseRef } from '../../../src/workbook/xlsx/sheet-ranges';
import { sheetScanner } from '../../../src/workbook/xlsx/sheet-scan';

const XML =
  '<worksheet><dimension ref="A1:C3"/><cols><col min="1" max="3" width="12"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" ht="20"/>' +
  '<row\n r="3"><c r="A3"><v>3</v></c></row></sheetData><rowBreaks count="1"><brk id="2"/></rowBreaks>' +
  '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
  '<dataValidations count="1"><dataValidation type="list" sqref="C:C"><formula1>"Tập thể"</formula1></dataValidation></dataValidations>' +
  '</worksheet>';

function scanIn(pieces: number): ReturnType<ReturnType<typeof sheetScanner>['end']> {
  const bytes = new TextEncoder().encode(XML);
  const scanner = sheetScanner();
  const size = Math.ceil(bytes.length / pieces);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.slice(i, i + size));
  return scanner.end();
}

describe('sheetScanner', () => {
  it.each([1, 7, 50, XML.length])('counts <row> elements (not <rowBreaks>) and keeps the sections, in %i pieces', (pieces) => {
    const scan = scanIn(pieces);
    expect(scan.rows).toBe(3);
    expect(scan.lastRow).toBe(3);
    expect(scan.cols).toBe('<cols><col min="1" max="3" width="12"/></cols>');
    expect(scan.merges).toBe('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(scan.validations).toMatch(/^<dataValidations count="1"><dataValidation type="list" sqref="C:C">.*<\/dataValidations>$/);
  });

  it.each([1, 7, 50])('finds the largest row number, rows without one following the row before, in %i pieces', (pieces) => {
    const xml = new TextEncoder().encode(`<worksheet><sheetData><row r="5"/><row/><row ht="3" r="2000000000" spans="1:2"/><row/></sheetData></worksheet>`);
    const scanner = sheetScanner();
    const size = Math.ceil(xml.length / pieces);
    for (let i = 0; i < xml.length; i += size) scanner.push(xml.slice(i, i + size));
    expect(scanner.end()).toMatchObject({ rows: 4, lastRow: 2_000_000_001 });
  });

  it('cuts a <col> past Excel’s last column to it, and drops one that starts past it, without calling it a loss', () => {
    const xml = '<worksheet><cols><col min="1" max="2000000000" width="10"/><col min="20000" max="30000"/></cols><sheetData/></worksheet>';
    const scanner = sheetScanner();
    scanner.push(new TextEncoder().encode(xml));
    expect(needsRewrite(scanner.end(), XLSX_LIMITS)).toBe(true);
    expect(rewriteSheet(xml, XLSX_LIMITS)).toEqual({
      xml: '<worksheet><cols><col min="1" max="16384" width="10"/></cols><sheetData/></worksheet>',
      stripped: [],
    });
  });

  it('asks for a rewrite for a whole-column rule, and the rewrite cuts it to the last row', () => {
    expect(needsRewrite(scanIn(1), XLSX_LIMITS)).toBe(true);
    const { xml, stripped } = rewriteSheet(XML, XLSX_LIMITS);
    expect(stripped).toEqual(['dataValidations']);
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="list" sqref="C1:C3"><formula1>"Tập thể"</formula1></dataValidation></dataValidations>',
    );
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
  });
});

describe('parseRef', () => {
  it('reads cells, ranges, whole columns and whole rows', () => {
    expect(parseRef('B3')).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(parseRef('A:C')).toEqual({ top: 1, left: 1, bottom: 1_048_576, right: 3 });
    expect(parseRef('2:5')).toEqual({ top: 2, left: 1, bottom: 5, right: 16_384 });
    expect(parseRef('XFD1048576')).toEqual({ top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 });
    expect(parseRef('not a ref')).toBeNull();
  });
});

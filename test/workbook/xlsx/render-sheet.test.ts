import JSZip from 'jszip';
import { standardSheets } from '../../../src/workbook/standard-template';
import { newWorkbook, workbookBytes } from '../../../src/workbook/xlsx/new-workbook';
import { outputBytes } from '../../../src/workbook/xlsx/node/output-workbook';

/** The `sqref` of each dropdown of a sheet, as written in the file. */
async function dropdownRanges(bytes: Uint8Array, part: string): Promise<string[]> {
  const xml = await ((await JSZip.loadAsync(bytes)).file(part) as JSZip.JSZipObject).async('string');
  return [...xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]*)"/g)].map((m) => m[1]).sort();
}

describe('dropdowns in the file', () => {
  // Excel repairs a workbook whose dropdown ranges overlap; exceljs, given them cell by cell, wrote F10:F2001 beside F2:F2001.
  it.each([
    ['exceljs (dvk template, dvk report)', () => workbookBytes(newWorkbook(standardSheets()))],
    ['written straight (dvk consolidate)', () => outputBytes(standardSheets())],
  ])('are one range per dropdown, none overlapping: %s', async (_, write) => {
    const bytes = await write();
    expect(await dropdownRanges(bytes, 'xl/worksheets/sheet1.xml')).toEqual(['F2:F2001', 'G2:G2001', 'H2:H2001', 'J2:J2001', 'K2:K2001', 'L2:L2001']);
    expect(await dropdownRanges(bytes, 'xl/worksheets/sheet2.xml')).toEqual(['B2:B2001']);
  });
});

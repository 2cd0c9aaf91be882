/**
 * The loader on hostile or broken files: each is refused with the limit it passes, or read in
 * bounded time and memory. Durations are asserted only as a guard against hangs; speed is the
 * benchmark's business.
 */
import type ExcelJS from 'exceljs';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { XLSX_LIMITS } from '../../../src/workbook/xlsx/limits';
import { zlibInflater } from '../../../src/workbook/xlsx/node/zlib-inflate';
import { loadXlsx, type LoadResult } from '../../../src/workbook/xlsx/load-xlsx';
import { unreadableProblem } from '../../../src/workbook/xlsx/unreadable-problem';
import { workbookGrids } from '../../helpers/exceljs-grids';
import { LONGEST_CELL, handWorkbook, hostileCorpus, numberedRows, seedWorkbook, sheetXml, unzipParts, zipOf } from '../../helpers/hostile-files';

const HANG_GUARD_MS = 20_000;
const MB = 1024 * 1024;

let corpus: Record<string, Uint8Array>;
beforeAll(async () => {
  corpus = await hostileCorpus();
}, 120_000);

async function timedLoad(bytes: Uint8Array, options?: Parameters<typeof loadXlsx>[1]): Promise<{ result: LoadResult; ms: number; heapMB: number }> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = Date.now();
  const result = await loadXlsx(bytes, options);
  const ms = Date.now() - start;
  return { result, ms, heapMB: (process.memoryUsage().heapUsed - heapBefore) / MB };
}

const workbookOf = (result: LoadResult): ExcelJS.Workbook => {
  if (!result.ok) throw new Error(`expected the file to load, got ${result.reason}`);
  return result.workbook;
};

describe('the stated limits', () => {
  it('are 500 MB per file, 200 MB per part, 1,000 sheets and 200,000 rows a sheet', () => {
    expect(XLSX_LIMITS).toMatchObject({ totalBytes: 500 * MB, partBytes: 200 * MB, sheets: 1_000, rows: 200_000 });
  });
});

describe('refused files', () => {
  it('text that is not a zip is not an .xlsx', async () => {
    expect(await loadXlsx(corpus['not-a-zip.xlsx'])).toEqual({ ok: false, reason: 'notXlsx' });
  });

  it('a file cut in half is damaged', async () => {
    expect(await loadXlsx(corpus['truncated.xlsx'])).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('a part declaring 1 GB is refused from the directory, before anything is inflated, naming the 500 MB limit', async () => {
    const { result, ms } = await timedLoad(corpus['bomb-declared.xlsx']);
    expect(result).toEqual({ ok: false, reason: 'tooLarge', part: null, bytes: expect.any(Number), limit: XLSX_LIMITS.totalBytes });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    if (result.ok) return;
    expect(unreadableProblem(vi, result)).toBe('giải nén ra 1.025 MB, vượt giới hạn 500 MB cho cả tệp');
    expect(unreadableProblem(en, result)).toBe('it unpacks to 1,025 MB, over the 500 MB limit for a file');
  });

  it('a part declaring 300 MB is refused, naming the part and the 200 MB limit', async () => {
    const parts = await unzipParts(await seedWorkbook());
    const file = zipOf(parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, declaredSize: 300 * MB } : p)));
    const result = await loadXlsx(file);
    expect(result).toEqual({ ok: false, reason: 'tooLarge', part: 'xl/worksheets/sheet1.xml', bytes: 300 * MB, limit: XLSX_LIMITS.partBytes });
    if (result.ok) return;
    expect(unreadableProblem(vi, result)).toBe('phần “xl/worksheets/sheet1.xml” giải nén ra 300 MB, vượt giới hạn 200 MB cho mỗi phần');
    expect(unreadableProblem(en, result)).toBe('part “xl/worksheets/sheet1.xml” unpacks to 300 MB, over the 200 MB limit for a part');
  });

  it('parts that together declare more than 500 MB are refused, naming the total', async () => {
    const parts = await unzipParts(await seedWorkbook());
    const padded = zipOf([...parts, ...[1, 2, 3].map((i) => ({ name: `xl/extra${i}.xml`, data: ' ', declaredSize: 190 * MB }))]);
    const result = await loadXlsx(padded);
    expect(result).toEqual({ ok: false, reason: 'tooLarge', part: null, bytes: expect.any(Number), limit: XLSX_LIMITS.totalBytes });
    if (!result.ok) expect(unreadableProblem(vi, result)).toMatch(/^giải nén ra 5\d\d MB, vượt giới hạn 500 MB cho cả tệp$/);
  });

  it('a 12 MB part deflated a thousand times is a zip bomb', async () => {
    const result = await loadXlsx(corpus['bomb-ratio.xlsx']);
    expect(result).toMatchObject({ ok: false, reason: 'zipBomb', part: 'xl/padding.xml', limit: XLSX_LIMITS.ratio });
    if (!result.ok && result.reason === 'zipBomb') expect(result.ratio).toBeGreaterThan(XLSX_LIMITS.ratio);
  });

  it('a part inflating to 300 MB behind a 2 KB header stops at 2 KB: damaged, in bounded time and memory', async () => {
    const { result, ms, heapMB } = await timedLoad(corpus['bomb-lying.xlsx']);
    expect(result).toEqual({ ok: false, reason: 'corrupt' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(heapMB).toBeLessThan(100);
  });

  it('more parts than the limit are refused before JSZip lists them', async () => {
    const result = await loadXlsx(await seedWorkbook(), { limits: { parts: 5 } });
    expect(result).toMatchObject({ ok: false, reason: 'tooManyParts', limit: 5 });
  });

  it('1,500 sheets are refused, naming the count and the 1,000-sheet limit', async () => {
    const { result, ms } = await timedLoad(corpus['too-many-sheets.xlsx']);
    expect(result).toEqual({ ok: false, reason: 'tooManySheets', count: 1_500, limit: 1_000 });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    if (!result.ok) expect(unreadableProblem(vi, result)).toBe('có 1.500 trang tính, vượt giới hạn 1.000 trang tính');
  });

  it('a sheet of 200,001 rows is refused, naming the sheet, the count and the 200,000-row limit', async () => {
    const { result, ms } = await timedLoad(corpus['too-many-rows.xlsx']);
    expect(result).toEqual({ ok: false, reason: 'tooManyRows', sheet: 'Đăng ký', count: 200_001, limit: 200_000 });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    if (!result.ok) {
      expect(unreadableProblem(vi, result)).toBe('trang tính “Đăng ký” có 200.001 dòng, vượt giới hạn 200.000 dòng; hãy tách thành nhiều tệp');
    }
  });

  it('the row limit counts rows, not cells: a lower limit refuses a sheet one row over it and reads one at it', async () => {
    const file = handWorkbook([
      { name: 'A', xml: sheetXml(numberedRows(3)) },
      { name: 'B', xml: sheetXml(numberedRows(4)) },
    ]);
    expect(await loadXlsx(file, { limits: { rows: 4 } })).toMatchObject({ ok: true });
    expect(await loadXlsx(file, { limits: { rows: 3 } })).toEqual({ ok: false, reason: 'tooManyRows', sheet: 'B', count: 4, limit: 3 });
  });
});

describe('files read in bounded time and memory', () => {
  it('1,000 small sheets (the limit) are read', async () => {
    const file = handWorkbook(Array.from({ length: 1_000 }, (_, i) => ({ name: `T${i + 1}`, xml: sheetXml(numberedRows(2)) })));
    const { result, ms } = await timedLoad(file);
    expect(workbookOf(result).worksheets).toHaveLength(1_000);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a sheet whose used range claims A1:XFD1048576 costs its values, not its claim', async () => {
    const { result, ms, heapMB } = await timedLoad(corpus['whole-grid.xlsx']);
    const grids = workbookGrids(workbookOf(result), 'whole-grid.xlsx');
    const grid = grids.sheets[0].grid;
    expect(grid).toHaveLength(1_048_576);
    expect(grid[1_048_575][16_383]).toBe('góc cuối');
    expect(grid[500_000]).toEqual([]);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(heapMB).toBeLessThan(250);
  });

  it('validations over whole columns are cut to the rows in use and an over-sized one is dropped; a merge of the whole grid is dropped; the result says so', async () => {
    const { result, ms } = await timedLoad(corpus['whole-column-rules.xlsx']);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    const workbook = workbookOf(result);
    expect(result.ok && result.lossy).toEqual(expect.arrayContaining(['dataValidations', 'mergedCells']));
    const sheet = workbook.worksheets[0];
    const lastRow = sheet.rowCount;
    expect(sheet.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Tập thể,Cá nhân"'] });
    expect(sheet.getCell(`K${lastRow}`).dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell(`F${lastRow + 1}`).dataValidation).toBeUndefined();
    expect(sheet.getCell('A2').dataValidation).toBeUndefined();
    expect(sheet.getCell('P1').isMerged).toBe(false);
    // The rows are all there.
    expect(workbookGrids(workbook).sheets[0].grid[0][0]).toBe('STT');
  });

  it('100,000 merged areas (one per row) load in seconds: the first 2,000 kept, the rest dropped and said', async () => {
    const merges = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="B${i + 1}:C${i + 1}"/>`).join('');
    const file = handWorkbook([{ name: 'Đăng ký', xml: sheetXml(numberedRows(100_000), `<mergeCells count="100000">${merges}</mergeCells>`) }]);
    const { result, ms } = await timedLoad(file);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(result.ok && result.lossy).toEqual(['mergedCells']);
    const sheet = workbookOf(result).worksheets[0];
    expect([sheet.getCell('C2000').isMerged, sheet.getCell('C2001').isMerged]).toEqual([true, false]);
    expect(workbookGrids(workbookOf(result)).sheets[0].grid).toHaveLength(100_000);
  });

  it('merged areas within the bound are all kept, and the file is not marked lossy', async () => {
    const merges = Array.from({ length: 2_000 }, (_, i) => `<mergeCell ref="B${i + 1}:C${i + 1}"/>`).join('');
    const { result } = await timedLoad(
      handWorkbook([{ name: 'Đăng ký', xml: sheetXml(numberedRows(2_000), `<mergeCells count="2000">${merges}</mergeCells>`) }]),
    );
    expect(result.ok && result.lossy).toEqual([]);
    expect(workbookOf(result).worksheets[0].getCell('C2000').isMerged).toBe(true);
  });

  it('a <col> claiming two billion columns is cut to Excel’s last, its width kept', async () => {
    const file = handWorkbook([{ name: 'A', xml: sheetXml(numberedRows(3), '', '<cols><col min="1" max="2000000000" width="10" customWidth="1"/></cols>') }]);
    const { result, ms } = await timedLoad(file);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(result.ok && result.lossy).toEqual([]);
    expect(workbookOf(result).worksheets[0].getColumn(1).width).toBe(10);
  });

  it('a row numbered past Excel’s last row is refused, with the number and the reason', async () => {
    const file = handWorkbook([{ name: 'Đăng ký', xml: sheetXml(numberedRows(3) + '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>') }]);
    const { result } = await timedLoad(file);
    expect(result).toEqual({ ok: false, reason: 'rowOutOfRange', sheet: 'Đăng ký', row: 2_000_000_000, limit: 1_048_576 });
    if (!result.ok) {
      expect(unreadableProblem(vi, result)).toBe(
        'trang tính “Đăng ký” có dòng số 2.000.000.000, quá dòng cuối cùng của Excel (1.048.576); Excel cũng không mở được tệp này',
      );
      expect(unreadableProblem(en, result)).toMatch(/^sheet “Đăng ký” has row number 2,000,000,000, past Excel’s last row/);
    }
  });

  it('a name over the whole sheet and a filter over whole columns are dropped before exceljs makes their cells; a name of a few cells is kept', async () => {
    const base = await unzipParts(handWorkbook([{ name: 'A', xml: sheetXml(numberedRows(3)) }]));
    const withNames = (names: string) =>
      zipOf(
        base.map((p) =>
          p.name === 'xl/workbook.xml'
            ? {
                ...p,
                data: (typeof p.data === 'string' ? p.data : new TextDecoder().decode(p.data)).replace(
                  '</sheets>',
                  `</sheets><definedNames>${names}</definedNames>`,
                ),
              }
            : p,
        ),
      );
    const huge = await timedLoad(withNames('<definedName name="Tat_ca">A!$A$1:$XFD$1048576</definedName><definedName name="Vung">A!$A$1:$B$3</definedName>'));
    expect(huge.ms).toBeLessThan(HANG_GUARD_MS);
    expect(huge.heapMB).toBeLessThan(250);
    expect(huge.result.ok && huge.result.lossy).toEqual(['definedNames']);
    expect(workbookOf(huge.result).definedNames.getRanges('Vung').ranges).toEqual(['A!$A$1:$B$3']);
    const filter = await timedLoad(withNames('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">A!$A:$P</definedName>'));
    expect(filter.result.ok && filter.result.lossy).toEqual(['definedNames']);
    const small = await timedLoad(withNames('<definedName name="Vung">A!$A$1:$B$3</definedName>'));
    expect(small.result.ok && small.result.lossy).toEqual([]);
  });

  it('validations within the bound are left exactly as they are, and the file is not marked lossy', async () => {
    const file = handWorkbook([
      {
        name: 'Đăng ký',
        xml: sheetXml(
          numberedRows(3),
          '<dataValidations count="1"><dataValidation type="list" sqref="B2:B2000 D2:D2000"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
        ),
      },
    ]);
    const result = await loadXlsx(file);
    expect(result.ok && result.lossy).toEqual([]);
    expect(workbookOf(result).worksheets[0].getCell('D2000').dataValidation).toMatchObject({ type: 'list' });
  });

  it(`a cell of ${LONGEST_CELL} characters is read whole`, async () => {
    const result = await loadXlsx(corpus['long-cells.xlsx']);
    const grid = workbookGrids(workbookOf(result)).sheets[0].grid;
    const note = grid[0].indexOf('Ghi chú');
    expect(String(grid[1][note])).toHaveLength(LONGEST_CELL);
    expect(String(grid[1][note]).endsWith('ư')).toBe(true);
  });
});

describe.each([
  ['Node zlib (the CLI)', { inflater: zlibInflater }],
  ['fflate (the browsers)', {}],
] as const)('inflating with %s', (_name, options) => {
  it('stops a lying part past its declared size, and reads whole files and their rows', async () => {
    const { result, ms, heapMB } = await timedLoad(corpus['bomb-lying.xlsx'], options);
    expect(result).toEqual({ ok: false, reason: 'corrupt' });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(heapMB).toBeLessThan(100);
    expect(await loadXlsx(corpus['too-many-rows.xlsx'], options)).toMatchObject({ reason: 'tooManyRows', count: 200_001 });
    const long = await loadXlsx(corpus['long-cells.xlsx'], options);
    expect(workbookGrids(workbookOf(long)).sheets[0].grid.length).toBeGreaterThan(100);
  });
});

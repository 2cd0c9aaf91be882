/**
 * The .xlsx written straight from sheet descriptions (used by `dvk consolidate`) is the workbook
 * exceljs gives for the same descriptions: same values, styles, merges, widths, heights, frozen
 * rows, page set-up, dropdowns and visibility, read back with exceljs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { consolidate, reportDocument, reportTables } from '../../../../src/engine';
import { layoutReportSheet } from '../../../../src/workbook/layout-report';
import { LEGACY_SUMMARY_SHEET, layoutBieuSheets } from '../../../../src/workbook/layout-bieu';
import { consolidatedSheets, layoutFeedbackSheet, layoutTrackingSheet } from '../../../../src/workbook/layout-tracking';
import { writeOwnedSheets } from '../../../../src/workbook/owned-sheets';
import type { SheetContent } from '../../../../src/workbook/sheet-content';
import { standardSheets } from '../../../../src/workbook/standard-template';
import { newWorkbook, workbookBytes } from '../../../../src/workbook/xlsx/new-workbook';
import { outputBytes, outputWorkbook } from '../../../../src/workbook/xlsx/node/output-workbook';
import { xlsxWorkbook } from '../../../helpers/exceljs-store';
import { splitByUnit } from '../../../engine/consolidate-split';
import { toGrids } from '../../../helpers/grids';
import { pdfPages, toPdf } from '../../../helpers/libreoffice';
import { workbookSnapshot } from '../../../helpers/workbook-snapshot';

const inMemory = async (contents: SheetContent[]) => workbookSnapshot(await workbookBytes(newWorkbook(contents)));
const direct = async (contents: SheetContent[]) => workbookSnapshot(await outputBytes(contents));

/** The seed 004 rows consolidated from one file per unit, as `dvk consolidate` lays them out. */
function seedConsolidation() {
  const { files, base } = splitByUnit();
  return consolidate(
    files.map((f) => ({ name: f.name, grids: toGrids(f.sheets, f.name), fileDate: new Date('2022-11-14T03:00:00Z') })),
    { base: { name: 'thanh-uy.xlsx', grids: toGrids(base, 'thanh-uy.xlsx') } },
  );
}

describe('a workbook written straight from sheet descriptions', () => {
  it('is the standard template exceljs writes: header styles, widths, frozen header, dropdowns, hidden lists sheet', async () => {
    const expected = await inMemory(standardSheets());
    const actual = await direct(standardSheets());
    expect(actual).toEqual(expected);
    const registrations = actual[0];
    // The comparison is not of two empty things: the template's features are there.
    expect(registrations.frozen).toEqual([{ state: 'frozen', ySplit: 1 }]);
    expect(registrations.cells.A1.font).toEqual({ bold: true });
    expect(registrations.cells.A1.border).toBeDefined();
    expect(Object.keys(registrations.validations).length).toBeGreaterThan(6 * 1000);
    expect(actual.find((s) => s.name === 'DVK_DanhSach')?.state).toBe('hidden');
  });

  it('is what exceljs writes for a consolidation with Biểu 01-04, Báo cáo, Theo dõi nộp and the very hidden record', async () => {
    const c = seedConsolidation();
    const owned = [
      ...layoutBieuSheets(reportTables(c.dataset, c.analysis.counted), c.dataset.info.agency),
      layoutReportSheet(reportDocument(c.dataset, c.analysis.counted)),
      layoutTrackingSheet(c.tracking),
    ];
    const written = { force: true, writtenAt: '2022-11-20T00:00:00.000Z', retire: [LEGACY_SUMMARY_SHEET] };
    const reference = newWorkbook(consolidatedSheets(c.workbook));
    await writeOwnedSheets(xlsxWorkbook(reference), owned, written);
    const output = outputWorkbook(consolidatedSheets(c.workbook));
    await writeOwnedSheets(output, owned, written);

    const expected = await workbookSnapshot(await workbookBytes(reference));
    const actual = await workbookSnapshot(await output.bytes());
    expect(actual.map((s) => [s.name, s.state])).toEqual([
      ['Đăng ký', 'visible'],
      ['Danh mục', 'visible'],
      ['Thông tin', 'visible'],
      ['Khối Dân vận', 'visible'],
      ['Báo cáo', 'visible'],
      ['DVK_DanhSach', 'hidden'],
      ['Biểu 01', 'visible'],
      ['Biểu 02', 'visible'],
      ['Biểu 03', 'visible'],
      ['Biểu 04', 'visible'],
      ['Theo dõi nộp', 'visible'],
      ['DVK_GhiNhan', 'veryHidden'],
    ]);
    for (const [i, sheet] of actual.entries()) expect([sheet.name, sheet]).toEqual([expected[i].name, expected[i]]);
    const report = actual.find((s) => s.name === 'Báo cáo');
    expect(report?.merges.length).toBeGreaterThan(0);
    expect(report?.page).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(Object.keys(actual[0].cells)).toHaveLength(Object.keys(expected[0].cells).length);
  });

  it('is what exceljs writes for a unit’s feedback workbook', async () => {
    const unit = seedConsolidation().tracking.units[0];
    const withFindings = {
      ...unit,
      findings: [
        {
          file: 'a.xlsx',
          sheet: 'Đăng ký',
          cell: 'E2',
          row: 2,
          column: 'E',
          key: null,
          rule: 'required' as const,
          severity: 'error' as const,
          message: 'Thiếu <tên> & "mã"',
        },
      ],
    };
    const contents = [layoutFeedbackSheet(withFindings)];
    expect(await direct(contents)).toEqual(await inMemory(contents));
  });

  it('keeps what renderSheet keeps in awkward cases: formulas as text, control characters, spaces, overlapping styles, merges down and across', async () => {
    const contents: SheetContent[] = [
      {
        name: 'Lạ & <khó>',
        values: [['=SUM(A1:A2)', '  hai đầu  ', 'dòng\nmới', 'điều\u0001khiển', 1.5, -0, 1e21], [null, null, 'dưới'], [], ['a', 'b', 'c']],
        styles: [
          { range: { r1: 0, c1: 0, r2: 3, c2: 2 }, style: { border: true, vertical: 'top', wrap: true } },
          { range: { r1: 0, c1: 1, r2: 1, c2: 3 }, style: { bold: true, horizontal: 'center', numberFormat: '0.0' } },
          { range: { r1: 1, c1: 1, r2: 1, c2: 1 }, style: { bold: false, italic: true, fontSize: 13 } },
          { range: { r1: 2, c1: 4, r2: 2, c2: 5 }, style: { numberFormat: '#,##0' } },
        ],
        merges: [
          { r1: 0, c1: 4, r2: 2, c2: 4 },
          { r1: 3, c1: 0, r2: 3, c2: 2 },
        ],
        columnWidths: [10, 0, 30],
        rowHeights: { 0: 40, 3: 22 },
        freezeRows: 2,
        page: { orientation: 'landscape', fitToWidth: true },
        validations: [{ range: { r1: 1, c1: 0, r2: 5, c2: 1 }, list: ['Có', 'Không'], prompt: 'Chọn "Có"' }],
        visibility: 'visible',
      },
      { name: 'Ẩn', values: [['x']], styles: [], merges: [], columnWidths: [], visibility: 'veryHidden' },
      { name: 'Trống', values: [], styles: [], merges: [], columnWidths: [] },
    ];
    const actual = await direct(contents);
    expect(actual).toEqual(await inMemory(contents));
    expect(actual[0].cells.A1.value).toBe('=SUM(A1:A2)');
    expect(actual[0].merges).toEqual(['A4:C4', 'E1:E3']);
  });

  it('is a plain zip of the parts Excel needs, the content types first', async () => {
    const zip = await JSZip.loadAsync(await outputBytes(standardSheets()));
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(
      expect.arrayContaining([
        '_rels/.rels',
        'docProps/core.xml',
        'docProps/app.xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    const types = await (zip.file('[Content_Types].xml') as JSZip.JSZipObject).async('string');
    for (const name of names.filter((n) => n.startsWith('xl/') && !n.includes('_rels'))) expect(types).toContain(`PartName="/${name}"`);
  });

  it('opens in LibreOffice, every part’s CRC right and its time the one given', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-output-'));
    try {
      const modified = new Date(2024, 10, 15, 9, 30, 0);
      const bytes = await outputBytes(consolidatedSheets(seedConsolidation().workbook), modified);
      const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
      for (const file of Object.values(zip.files)) {
        await file.async('uint8array');
        expect(file.date.getTime()).toBe(modified.getTime());
      }
      const file = path.join(dir, 'tong-hop.xlsx');
      writeFileSync(file, bytes);
      const text = pdfPages(toPdf(file, dir))
        .map((p) => p.text)
        .join(' ');
      expect(text).toContain('Tên mô hình');
      expect(text).toContain('BK-2021-001 2022 Vận động hội viên nông dân');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

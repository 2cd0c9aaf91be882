/**
 * `dvk consolidate` writes its workbook straight from the sheet descriptions (issue 6, the files
 * budget). The file is the one exceljs would have written for the same consolidation: every sheet's
 * values, styles, merges, widths, frozen header, dropdowns, page set-up and visibility, read back.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { consolidate, reportDocument, reportTables, type ConsolidationInput } from '../../src/engine';
import { loadFiles } from '../../src/cli/load-files';
import { layoutReportSheet } from '../../src/workbook/layout-report';
import { LEGACY_SUMMARY_SHEET, layoutBieuSheets } from '../../src/workbook/layout-bieu';
import { consolidatedSheets, layoutTrackingSheet } from '../../src/workbook/layout-tracking';
import { writeOwnedSheets } from '../../src/workbook/owned-sheets';
import { newWorkbook, workbookBytes } from '../../src/workbook/xlsx/new-workbook';
import { xlsxWorkbook } from '../helpers/exceljs-store';
import { splitByUnit } from '../engine/consolidate-split';
import { writeXlsx } from '../helpers/write-xlsx';
import { workbookSnapshot } from '../helpers/workbook-snapshot';
import { writeUnitFile } from './consolidate-files';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const { files, base } = splitByUnit();
const TODAY = new Date(Date.UTC(2022, 11, 20));

/** The same consolidation, laid out as the command lays it out, written by exceljs in memory. */
async function exceljsOutput(names: string[]): Promise<Uint8Array> {
  const io = { out: () => undefined, err: () => undefined, isTTY: false, cwd: dir, today: () => TODAY };
  const input = async (file: string): Promise<ConsolidationInput> => {
    const loaded = (await loadFiles([file], io)).files[0];
    // The consolidation names each file by its name, not the path it was given by.
    return { name: path.basename(file), grids: loaded.grids, modified: loaded.modified, fileDate: statSync(path.join(dir, file)).mtime };
  };
  const inputs = await Promise.all(names.map(input));
  const dayOf = (d: Date) => ({ day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() });
  const result = consolidate(inputs, { base: await input('thanh-uy.xlsx'), dayOf, output: 'tong-hop.xlsx' });
  const workbook = newWorkbook(consolidatedSheets(result.workbook));
  await writeOwnedSheets(
    xlsxWorkbook(workbook),
    [
      ...layoutBieuSheets(reportTables(result.dataset, result.analysis.counted), result.dataset.info.agency),
      layoutReportSheet(reportDocument(result.dataset, result.analysis.counted)),
      layoutTrackingSheet(result.tracking),
    ],
    { force: true, writtenAt: TODAY.toISOString(), retire: [LEGACY_SUMMARY_SHEET] },
  );
  return workbookBytes(workbook);
}

describe('dvk consolidate: the workbook it writes', () => {
  const names = files.map((f) => path.join('don-vi', f.name));
  let written: Awaited<ReturnType<typeof workbookSnapshot>>;
  let expected: Awaited<ReturnType<typeof workbookSnapshot>>;
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'don-vi'));
    for (const f of files) await writeUnitFile(path.join(dir, 'don-vi', f.name), f.sheets, { modified: new Date(2022, 10, 14, 9) });
    await writeXlsx(path.join(dir, 'thanh-uy.xlsx'), base);
    const run = await runCli(['consolidate', 'don-vi', '--base', 'thanh-uy.xlsx', '-o', 'tong-hop.xlsx'], dir, TODAY);
    expect(run.code).toBe(0);
    written = await workbookSnapshot(readFileSync(path.join(dir, 'tong-hop.xlsx')));
    expected = await workbookSnapshot(await exceljsOutput(names));
  });

  it('has the sheets exceljs would write, in the same order and visibility', () => {
    expect(written.map((s) => [s.name, s.state])).toEqual(expected.map((s) => [s.name, s.state]));
    expect(written.map((s) => s.state)).toEqual([
      'visible',
      'visible',
      'visible',
      'visible',
      'visible',
      'hidden',
      'visible',
      'visible',
      'visible',
      'visible',
      'visible',
      'veryHidden',
    ]);
  });

  it.each([
    'Đăng ký',
    'Danh mục',
    'Thông tin',
    'Khối Dân vận',
    'Báo cáo',
    'DVK_DanhSach',
    'Biểu 01',
    'Biểu 02',
    'Biểu 03',
    'Biểu 04',
    'Theo dõi nộp',
    'DVK_GhiNhan',
  ])('writes %s as exceljs would: values, styles, merges, widths, heights, frozen rows, page set-up, dropdowns', (name) => {
    const sheet = written.find((s) => s.name === name);
    expect(sheet).toEqual(expected.find((s) => s.name === name));
  });

  it('keeps the registration sheet’s header style, frozen header and dropdowns over its 191 rows', () => {
    const registrations = written[0];
    expect(Object.keys(registrations.cells).filter((a) => /^A\d+$/.test(a))).toHaveLength(192);
    expect(registrations.cells.A1).toMatchObject({
      value: 'STT',
      font: { bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    });
    expect(registrations.frozen).toEqual([{ state: 'frozen', ySplit: 1 }]);
    expect(registrations.validations.F2).toMatchObject({ type: 'list', formulae: ['"Tập thể,Cá nhân"'] });
  });
});

/**
 * Budget 2, round trips: `context.sync()` calls and request/response sizes of each task-pane action,
 * through the Office.js adapter (`officeWorkbook(host)`) on the fake Excel of the adapter's tests,
 * which counts syncs and measures each request's and response's JSON.
 *   check, summarise  readWorkbook()
 *   fill              writeSheet(Biểu 01-04) + writeSheet(Báo cáo) for the dataset
 *   import            as the Tổng hợp đơn vị tab merges a unit's file: readWorkbook() of the open
 *                     workbook, then writeRows(Đăng ký, the merged rows) + writeSheet(DVK_NhapTep, DVK_NhapDong)
 */
import { analyse, readWorkbooks, reportDocument, reportTables, type CellValue } from '../src/engine';
import { layoutReportSheet } from '../src/workbook/layout-report';
import { layoutBieuSheets } from '../src/workbook/layout-bieu';
import { officeWorkbook } from '../src/workbook/office';
import { FakeExcel } from '../test/workbook/office/fake-excel';
import type { Scalar } from '../test/workbook/office/fake-model';
import type { RoundTripResult, RoundTripAction } from './budgets';
import { registrationSheets } from './data';
import { readImportRecord } from '../src/engine/consolidate/import-record';
import { planMerge } from '../src/engine/consolidate/merge-plan';
import { consolidateOpen, type PendingFile } from '../src/engine/consolidate/open-workbook';
import { importRecordContent, originsContent } from '../src/taskpane/consolidate/import-record';
import { analyseSheets, openWorkbookOf } from '../src/taskpane/snapshot';

export const ROUND_TRIP_SIZES = [10, 1_000, 10_000, 100_000] as const;

function measured(action: RoundTripAction, rows: number, fake: FakeExcel): RoundTripResult {
  return {
    action,
    rows,
    syncs: fake.syncs,
    maxRequestBytes: fake.maxRequest,
    maxResponseBytes: fake.maxResponse,
    totalRequestBytes: fake.records.reduce((sum, r) => sum + r.requestBytes, 0),
    totalResponseBytes: fake.records.reduce((sum, r) => sum + r.responseBytes, 0),
  };
}

/** A workbook in the fake Excel holding the seed workbook with `rows` registrations. */
function workbookOf(rows: number): FakeExcel {
  const fake = new FakeExcel();
  for (const sheet of registrationSheets(rows)) fake.addSheet(sheet.name, sheet.rows as Scalar[][]);
  return fake;
}

export async function benchRoundTrips(sizes: readonly number[] = ROUND_TRIP_SIZES): Promise<RoundTripResult[]> {
  const results: RoundTripResult[] = [];
  for (const rows of sizes) {
    const fake = workbookOf(rows);
    const workbook = officeWorkbook(fake.host);
    // Check and summarise both start by reading the workbook (then the engine works on the grids).
    const sheets = await workbook.readWorkbook();
    results.push(measured('check', rows, fake));
    fake.resetStats();
    await workbook.readWorkbook();
    results.push(measured('summarise', rows, fake));

    const dataset = readWorkbooks([{ sheets }]);
    const analysis = analyse(dataset);
    fake.resetStats();
    for (const sheet of layoutBieuSheets(reportTables(dataset, analysis.counted), dataset.info.agency)) await workbook.writeSheet(sheet);
    await workbook.writeSheet(layoutReportSheet(reportDocument(dataset, analysis.counted)));
    results.push(measured('fill', rows, fake));

    // Import: a unit's file of `rows` rows merged into an open workbook with an empty `Đăng ký`.
    const [registration, ...reference] = registrationSheets(rows);
    const target = new FakeExcel();
    target.addSheet('Đăng ký', [registration.rows[0] as Scalar[]]);
    for (const sheet of reference) target.addSheet(sheet.name, sheet.rows as Scalar[][]);
    const open = officeWorkbook(target.host);
    const file: PendingFile = {
      id: 'f1',
      name: 'don-vi.xlsx',
      grids: { file: 'don-vi.xlsx', sheets: [{ name: registration.name, grid: registration.rows as CellValue[][] }] },
      modified: null,
      fileDate: null,
    };
    const snapshot = analyseSheets(await open.readWorkbook());
    const record = readImportRecord(snapshot.sheets);
    const consolidation = consolidateOpen(openWorkbookOf(snapshot), record, [file]);
    const plan = planMerge(consolidation, snapshot.sheets, [file], record, '2022-11-15T00:00:00.000Z');
    if (!plan) throw new Error('the import bench merged nothing');
    for (const block of plan.blocks) await open.writeRows(block.sheet, block.firstRow, block.rows);
    await open.writeSheet(importRecordContent(plan.record));
    await open.writeSheet(originsContent(plan.origins));
    results.push(measured('import', rows, target));
  }
  return results;
}

import path from 'node:path';
import { analyse, readWorkbooks, reportDocument, reportTables } from '../../engine';
import { layoutReportSheet } from '../../workbook/layout-report';
import { layoutSummarySheet } from '../../workbook/layout-summary';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import type ExcelJS from 'exceljs';
import { newWorkbook, workbookBytes } from '../../workbook/xlsx/new-workbook';
import { xlsxWorkbook } from '../../workbook/xlsx/xlsx-workbook';
import type { ParsedArgs } from '../args';
import { writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { loadFiles } from '../load-files';
import { both, vi } from '../messages';
import { exists, sameFile } from '../output-path';

/**
 * `dvk report FILE -o OUT [--force]`: a copy of FILE with `Tổng hợp` and `Báo cáo` filled, or, when
 * a copy would lose parts of FILE (charts, pivot tables, images, macros), a separate new workbook.
 */
export async function reportCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.files.length !== 1) {
    io.err(both((m) => m.cli.missingFiles));
    return 2;
  }
  if (!args.output) {
    io.err(both((m) => m.cli.missingOutput));
    return 2;
  }
  const [input] = args.files;
  const target = path.resolve(io.cwd, args.output);
  if (await sameFile(path.resolve(io.cwd, input), target)) {
    io.err(both((m) => m.cli.sameAsInput));
    return 2;
  }
  if (!args.force && (await exists(target))) {
    io.err(both((m) => m.cli.outputExists({ file: args.output as string })));
    return 1;
  }
  const set = await loadFiles([input], io);
  if (set.files.length === 0) return 2;
  const [file] = set.files;
  const dataset = readWorkbooks([file.grids]);
  const analysis = analyse(dataset);
  const today = io.today();
  const date = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
  const contents = [
    layoutSummarySheet(reportTables(dataset, analysis.counted)),
    layoutReportSheet(reportDocument(dataset, analysis.counted, date)),
  ];
  const { lossy } = file.loaded;
  let output: ExcelJS.Workbook = file.loaded.workbook;
  if (lossy.length > 0) {
    io.err(vi.cli.lossyCopy({ parts: lossy.map((p) => vi.cli.parts[p]).join(', ') }));
    output = newWorkbook([]);
  }
  const written = await writeOwnedSheets(xlsxWorkbook(output), contents, { force: args.force, writtenAt: today.toISOString() });
  if (!written.ok) {
    for (const sheet of written.edited) io.err(both((m) => m.cli.editedByHand({ sheet })));
    return 1;
  }
  if (!(await writeOutput(target, await workbookBytes(output), args.output, io))) return 2;
  io.out(vi.cli.reportWritten({ file: args.output }));
  return 0;
}

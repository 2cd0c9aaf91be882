import path from 'node:path';
import { analyse, readWorkbooks, reportDocument, reportTables } from '../../engine';
import { reportDocxBytes } from '../../workbook/docx/report-docx';
import { layoutReportSheet } from '../../workbook/layout-report';
import { LEGACY_SUMMARY_SHEET, layoutBieuSheets } from '../../workbook/layout-bieu';
import { RECORD_SHEET, writeOwnedSheets } from '../../workbook/owned-sheets';
import type { SheetStore } from '../../workbook/workbook';
import { isStripped } from '../../workbook/xlsx/checked-package';
import { outputWorkbook } from '../../workbook/xlsx/node/output-workbook';
import { cellsTooLong } from '../../workbook/cell-limit';
import { sayCut } from '../cut-cells';
import type { ParsedArgs } from '../args';
import { writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { copyOf, loadFiles } from '../load-files';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { both, vi } from '../messages';
import { exists, sameFile } from '../output-path';

/**
 * `dvk report FILE... -o OUT [--year YYYY | --period YYYY-YYYY] [--force]`: the files read as one set. OUT ending in `.docx`
 * is the Word document of the report; otherwise a copy of the first FILE with `Biểu 01` … `Biểu 04` and `Báo cáo`
 * filled, every other part of it kept (package-copy.ts), or, when the checks had to cut whole-column ranges
 * from it, a separate new workbook. The particulars (`Thông tin`) come from the first file that gives each.
 */
export async function reportCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.files.length === 0) {
    io.err(both((m) => m.cli.missingFiles));
    return 2;
  }
  const year = args.year === null ? undefined : /^\d{4}$/.test(args.year) ? Number(args.year) : null;
  if (year === null) {
    io.err(both((m) => m.cli.badYear({ value: args.year ?? '' })));
    return 2;
  }
  const periodMatch = args.period === null ? null : /^(\d{4})\s*-\s*(\d{4})$/.exec(args.period);
  const period = periodMatch ? { from: Number(periodMatch[1]), to: Number(periodMatch[2]) } : undefined;
  if ((args.period !== null && (!period || period.from > period.to)) || (period && year !== undefined)) {
    io.err(both((m) => m.cli.badPeriod({ value: args.period ?? '' })));
    return 2;
  }
  if (!args.output) {
    io.err(both((m) => m.cli.missingOutput));
    return 2;
  }
  const target = path.resolve(io.cwd, args.output);
  const sames = await Promise.all(args.files.map((input) => sameFile(path.resolve(io.cwd, input), target)));
  if (sames.some(Boolean)) {
    io.err(both((m) => m.cli.sameAsInput));
    return 2;
  }
  if (!args.force && (await exists(target))) {
    io.err(both((m) => m.cli.outputExists({ file: args.output as string })));
    return 1;
  }
  const set = await loadFiles(args.files, io);
  if (set.files.length === 0) return 2;
  const [file] = set.files;
  const dataset = readWorkbooks(set.files.map((f) => f.grids));
  if (dataset.sources.length === 0 && dataset.khoiSources.length === 0) {
    io.err(both((m) => m.cli.nothingToReport));
    return 2;
  }
  // Sheets without a single row (a blank template): an all-zero report is a wrong file more often than a fact.
  if (dataset.rows.length === 0 && dataset.khoi.length === 0) {
    io.err(both((m) => m.cli.noRowsToReport));
    return 2;
  }
  const analysis = analyse(dataset, { thisYear: io.today().getFullYear() });
  if (analysis.excluded > 0) io.err(vi.cli.excluded({ count: analysis.excluded }));
  const today = io.today();
  const document = reportDocument(dataset, analysis.counted, { year, period });
  if (/\.docx$/i.test(args.output)) {
    if (!(await writeOutput(target, await reportDocxBytes(document), args.output, io))) return 2;
    io.out(vi.cli.reportWritten({ file: args.output }));
    return 0;
  }
  const tables = reportTables(dataset, analysis.counted, { year, period });
  const contents = [...layoutBieuSheets(tables, dataset.info.agency), layoutReportSheet(document)];
  // The copy keeps every part of the file (charts, images, macros included); only a file the guard had to cut
  // (whole-column dropdowns, merges or names) gets a separate new workbook, so the cut form is never passed on.
  const cutParts = file.lossy.filter(isStripped);
  let output: SheetStore & { bytes(): Promise<Uint8Array | null> };
  if (cutParts.length > 0) {
    io.err(vi.cli.lossyCopy({ parts: cutParts.map((p) => vi.cli.parts[p]).join(', ') }));
    output = outputWorkbook([]);
  } else {
    const copy = await copyOf(file);
    if (!copy) {
      io.err(both((m) => m.unreadable.line({ file: file.file, problem: unreadableProblem(m, { ok: false, reason: 'corrupt' }) })));
      return 2;
    }
    output = copy;
    const owned = new Set([...contents.map((c) => c.name), RECORD_SHEET, LEGACY_SUMMARY_SHEET]);
    sayCut(
      io,
      file.grids.sheets.filter((s) => !owned.has(s.name)).flatMap((s) => cellsTooLong(s.name, s.grid)),
    );
  }
  sayCut(
    io,
    contents.flatMap((c) => cellsTooLong(c.name, c.values)),
  );
  const written = await writeOwnedSheets(output, contents, {
    force: args.force,
    writtenAt: today.toISOString(),
    retire: [LEGACY_SUMMARY_SHEET],
  });
  if (!written.ok) {
    for (const sheet of written.edited) io.err(both((m) => m.cli.editedByHand({ sheet })));
    return 1;
  }
  for (const sheet of written.removed) io.out(vi.cli.legacyRemoved({ sheet }));
  for (const sheet of written.kept) io.out(vi.cli.legacyKept({ sheet }));
  const bytes = await output.bytes();
  if (!bytes) {
    io.err(both((m) => m.unreadable.line({ file: file.file, problem: unreadableProblem(m, { ok: false, reason: 'corrupt' }) })));
    return 2;
  }
  if (!(await writeOutput(target, bytes, args.output, io))) return 2;
  io.out(vi.cli.reportWritten({ file: args.output }));
  return 0;
}

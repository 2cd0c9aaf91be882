import { mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { consolidate, reportDocument, reportTables, type ConsolidationInput, type FileReport, type ReportDate } from '../../engine';
import { fileOutcome } from '../../engine/consolidate/file-outcome';
import { layoutReportSheet } from '../../workbook/layout-report';
import { LEGACY_SUMMARY_SHEET, layoutBieuSheets } from '../../workbook/layout-bieu';
import { consolidatedSheets, layoutFeedbackSheet, layoutTrackingSheet } from '../../workbook/layout-tracking';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import { newWorkbook, workbookBytes } from '../../workbook/xlsx/new-workbook';
import { outputWorkbook } from '../../workbook/xlsx/node/output-workbook';
import { cellsTooLong } from '../../workbook/cell-limit';
import { sayCut } from '../cut-cells';
import type { ParsedArgs } from '../args';
import { writeFailure, writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { expandInputs, loadFiles, type LoadedFile } from '../load-files';
import { both, vi } from '../messages';
import { exists } from '../output-path';

const m = vi.consolidate.cli;

const real = (file: string): Promise<string> => realpath(file).catch(() => path.resolve(file));

/** The day of a moment on this computer's clock (the clerk's). */
const localDay = (d: Date): ReportDate => ({ day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() });

/** A file's date on disk, if it can be had. */
const fileDate = (file: string): Promise<Date | null> =>
  stat(file).then(
    (info) => info.mtime,
    () => null,
  );

/** A file as the consolidation names it (in `Nguồn`, `Theo dõi nộp`, the feedback): its name, not the path it was given by. */
const asInput = (file: LoadedFile, date: Date | null): ConsolidationInput => ({
  name: path.basename(file.file),
  grids: file.grids,
  modified: file.modified,
  fileDate: date,
});

/** A file name for a unit's feedback workbook: its name without the characters file systems refuse. */
function feedbackName(unit: string, used: Set<string>): string {
  const base =
    unit
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120) || 'don-vi';
  let name = `${base}.xlsx`;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  used.add(name.toLowerCase());
  return name;
}

/** What happened to a file, in one line. */
function fileLine(report: FileReport, shown: string, pathOf: (name: string) => string = (n) => n): string {
  const khoi = report.khoi;
  if (!report.hasRegistrations && !khoi) return m.bare({ file: shown, what: m.noRegistrations({ message: report.findings[0]?.message ?? '' }) });
  const units = report.ownUnits;
  const who = !report.hasRegistrations
    ? m.communesOnly
    : (units.length === 0 ? m.noUnit : m.units({ units: units.slice(0, 2), more: Math.max(0, units.length - 2) })) + m.years({ years: report.years });
  const parts = fileOutcome(report)
    // A file's registrations merged are said when there are some, or when it has no row at all.
    .filter((p) => p.kind !== 'merged' || p.part === 'khoi' || p.rows > 0 || report.rows === 0)
    .map((p) => {
      const khoiPart = p.part === 'khoi';
      if (p.kind === 'merged') return (khoiPart ? m.khoiMerged : m.merged)({ rows: p.rows });
      const words = {
        replaces: [m.replaces, m.khoiReplaces],
        replacedBy: [m.replacedBy, m.khoiReplacedBy],
        supersededBy: [m.supersededBy, m.khoiSupersededBy],
      }[p.kind];
      return words[khoiPart ? 1 : 0]({ rows: p.rows, file: pathOf(p.file) });
    });
  const what = `${parts.join(', ')}; ${m.counts({ errors: report.errors, warnings: report.warnings })}`;
  return m.line({ file: shown, who, what });
}

/**
 * `dvk consolidate FILE|DIR... [--base BOOK] -o OUT [--feedback DIR] [--force]`: the units' files
 * consolidated into a standard workbook with `Tổng hợp`, `Báo cáo` and `Theo dõi nộp`; one line per
 * input file; a file that cannot be read is reported and skipped (exit 2); never over an input.
 */
export async function consolidateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (!args.output) {
    io.err(both((x) => x.consolidate.cli.missingOutput));
    return 2;
  }
  const target = path.resolve(io.cwd, args.output);
  const files = await expandInputs(args.files, io.cwd);
  if (files.length === 0) {
    io.err(both((x) => x.consolidate.cli.noInputs));
    return 2;
  }
  // Where each file really is and its date on disk, asked for all at once: hundreds of files one
  // question at a time would wait on the file system more than it takes to read them.
  const absolute = (file: string): string => path.resolve(io.cwd, file);
  const [targetPath, wheres, dates] = await Promise.all([
    real(target),
    Promise.all(files.map((file) => real(absolute(file)))),
    Promise.all(files.map((file) => fileDate(absolute(file)))),
  ]);
  const basePath = args.base ? await real(absolute(args.base)) : null;
  const named = [...files.map((file, i) => ({ file, where: wheres[i] })), ...(args.base ? [{ file: args.base, where: basePath }] : [])];
  const clash = named.find((n) => n.where === targetPath);
  if (clash) {
    io.err(both((x) => x.consolidate.cli.sameAsInput({ file: clash.file })));
    return 2;
  }
  if (!args.force && (await exists(target))) {
    io.err(both((x) => x.cli.outputExists({ file: args.output as string })));
    return 1;
  }

  let base: ConsolidationInput | null = null;
  if (args.base) {
    const loaded = await loadFiles([args.base], io);
    if (loaded.files.length === 0) {
      io.err(both((x) => x.consolidate.cli.baseUnreadable({ file: args.base as string })));
      return 2;
    }
    base = asInput(loaded.files[0], await fileDate(absolute(args.base)));
  }

  // Read every file, in order; what cannot be read is said at once (on standard error) and skipped.
  type Entry = { shown: string; outcome: 'read' | 'unreadable' | 'repeated' | 'base' };
  const entries: Entry[] = [];
  const inputs: ConsolidationInput[] = [];
  /** The path each input was given by, for the lines that say what became of it. */
  const givenAs: string[] = [];
  const seen = new Set<string>();
  const bar = io.isTTY && io.progress ? io.progress : null;
  const clear = (): void => bar?.('\r\u001b[K');
  for (const [i, file] of files.entries()) {
    const where = wheres[i];
    if (where === basePath) entries.push({ shown: file, outcome: 'base' });
    else if (seen.has(where)) entries.push({ shown: file, outcome: 'repeated' });
    else {
      seen.add(where);
      clear();
      const loaded = await loadFiles([file], io);
      if (loaded.files.length === 0) entries.push({ shown: file, outcome: 'unreadable' });
      else {
        inputs.push(asInput(loaded.files[0], dates[i]));
        givenAs.push(file);
        entries.push({ shown: file, outcome: 'read' });
      }
    }
    if (bar) {
      const done = Math.round(((i + 1) / files.length) * 24);
      bar(`\r[${'#'.repeat(done)}${'.'.repeat(24 - done)}] ${m.progress({ done: i + 1, total: files.length, file })}`);
    }
  }
  clear();

  const today = io.today();
  const result = consolidate(inputs, { base, dayOf: localDay, output: args.output, thisYear: io.today().getFullYear() });
  const reports = new Map(result.files.map((r, i) => [givenAs[i], r]));
  // Lines name the other files as the clerk gave them.
  const given = new Map(result.files.map((r, i) => [r.name, givenAs[i]]));
  const pathOf = (name: string): string => given.get(name) ?? name;
  if (result.base && result.base.rows > 0) io.out(fileLine(result.base, `${args.base} (${m.base})`));
  for (const entry of entries) {
    const report = reports.get(entry.shown);
    if (entry.outcome === 'read' && report) io.out(fileLine(report, entry.shown, pathOf));
    else if (entry.outcome === 'unreadable') io.out(m.bare({ file: entry.shown, what: m.unreadable }));
    else if (entry.outcome === 'repeated') io.out(m.bare({ file: entry.shown, what: m.repeated }));
    else if (entry.outcome === 'base') io.out(m.bare({ file: entry.shown, what: m.isBase }));
  }

  // Tens of thousands of rows: written straight to .xlsx rather than built as an exceljs workbook first (issue 6, files budget).
  const sheets = consolidatedSheets(result.workbook);
  const owned = [
    ...layoutBieuSheets(reportTables(result.dataset, result.analysis.counted), result.dataset.info.agency),
    layoutReportSheet(reportDocument(result.dataset, result.analysis.counted)),
    layoutTrackingSheet(result.tracking),
  ];
  sayCut(
    io,
    [...sheets, ...owned].flatMap((c) => cellsTooLong(c.name, c.values)),
  );
  const output = outputWorkbook(sheets);
  await writeOwnedSheets(output, owned, { force: true, writtenAt: today.toISOString(), retire: [LEGACY_SUMMARY_SHEET] });
  if (!(await writeOutput(target, await output.bytes(), args.output, io))) return 2;
  io.out(m.written({ file: args.output, rows: result.dataset.rows.length, files: inputs.length }));
  const states = ['onTime', 'late', 'received', 'missing'] as const;
  const parts = states
    .map((state) => ({ state: vi.consolidate.states[state], count: result.tracking.units.filter((u) => u.state === state).length }))
    .concat([{ state: vi.consolidate.withErrors, count: result.tracking.units.filter((u) => u.hasErrors).length }])
    .filter((p) => p.count > 0)
    .map((p) => m.count(p));
  if (parts.length > 0) io.out(m.tracking({ parts: parts.join(', ') }));
  for (const u of result.tracking.unknown ?? []) {
    io.out(m.unknown({ unit: u.unit, rows: u.rows, files: u.files.map((f) => f.name).join('; '), suggestions: u.suggestions.map((n) => `“${n}”`).join(', ') }));
  }

  if (args.feedback) {
    const dir = path.resolve(io.cwd, args.feedback);
    const inputsReal = new Set([...seen, ...(basePath ? [basePath] : []), await real(target)]);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      io.err(both((x) => x.cli.feedbackDirFailed({ dir: args.feedback as string, reason: writeFailure(error, x) })));
      return 2;
    }
    const used = new Set<string>();
    let written = 0;
    for (const unit of result.tracking.units.filter((u) => u.findings.length > 0)) {
      const file = path.join(dir, feedbackName(unit.unit, used));
      if (inputsReal.has(await real(file))) {
        io.err(both((x) => x.consolidate.cli.sameAsInput({ file: path.relative(io.cwd, file) })));
        continue;
      }
      const shown = path.relative(io.cwd, file);
      if (await writeOutput(file, await workbookBytes(newWorkbook([layoutFeedbackSheet(unit)])), shown, io)) written++;
    }
    io.out(m.feedbackWritten({ count: written, dir: args.feedback }));
  }
  return entries.some((e) => e.outcome === 'unreadable') ? 2 : 0;
}

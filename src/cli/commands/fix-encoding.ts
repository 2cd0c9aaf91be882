import path from 'node:path';
import type ExcelJS from 'exceljs';
import { columnLetters, decodeLegacy, planEncodingFix, type EncodingFix, type EncodingPlan } from '../../engine';
import { workbookBytes } from '../../workbook/xlsx/new-workbook';
import type { ParsedArgs } from '../args';
import { writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { loadFiles, workbookOf } from '../load-files';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { both, vi } from '../messages';
import { exists, sameFile } from '../output-path';

/** Fonts that show TCVN3 (`.VnTime`, `.VnArial`, …) or VNI (`VNI-Times`, …) text. */
const LEGACY_FONT = /^(\.vn|vni[- ])/i;
/** The all-caps TCVN3 fonts (`.VnTimeH`): their text is typed with lower-case codes and shown in capitals. */
const CAPITALS_FONT = /^\.vn.*h$/i;
const UNICODE_FONT = 'Times New Roman';

/** The font a converted cell or run takes: Times New Roman for a legacy font, size, bold and colour kept. */
function unicodeFont(font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> | undefined {
  return font?.name && LEGACY_FONT.test(font.name) ? { ...font, name: UNICODE_FONT } : font;
}

/** Decoded text as the cell showed it: in capitals under an all-caps TCVN3 font. */
const shown = (text: string, font: Partial<ExcelJS.Font> | undefined): string =>
  font?.name && CAPITALS_FONT.test(font.name) ? text.toLocaleUpperCase('vi') : text;

/**
 * Rewrites one cell in Unicode, in place: plain text, each run of rich text (its own font kept but
 * for the name), a link's text. Formula cells are left alone (their text is computed). Returns
 * whether the cell changed.
 */
function convertCell(cell: ExcelJS.Cell, fix: EncodingFix): boolean {
  const value = cell.value;
  if (typeof value === 'string') {
    cell.value = shown(fix.after, cell.font);
  } else if (value && typeof value === 'object' && 'richText' in value) {
    cell.value = {
      richText: value.richText.map((run) => ({
        ...run,
        text: shown(decodeLegacy(run.text, fix.encoding), run.font ?? cell.font),
        font: unicodeFont(run.font),
      })),
    };
  } else if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') {
    cell.value = { ...value, text: shown(fix.after, cell.font) };
  } else return false;
  const font = unicodeFont(cell.font);
  if (font !== cell.font) cell.font = font as ExcelJS.Font;
  return true;
}

function printPlan(plan: EncodingPlan, io: CliIO, cells: boolean): void {
  const t = vi.encoding.cli;
  io.out(t.found({ count: plan.fixes.length, columns: plan.columns.length, sheets: new Set(plan.columns.map((c) => c.sheet)).size }));
  for (const column of plan.columns) {
    const [first] = column.examples;
    io.out(
      t.column({
        sheet: column.sheet,
        column: columnLetters(column.col),
        count: column.count,
        encoding: column.encodings.map((e) => vi.encoding.names[e]).join(', '),
        example: t.example({ before: first.before, after: first.after }),
      }),
    );
  }
  if (cells) for (const fix of plan.fixes) io.out(t.cell(fix));
}

/**
 * `dvk fix-encoding FILE -o OUT [--dry-run] [--force]`: a copy of FILE with every cell typed in TCVN3
 * or VNI rewritten in Unicode (their legacy fonts made Times New Roman); everything else (other
 * cells, styles, formulas, merges, sheets) as it was. With --dry-run, the cells and their new text,
 * nothing written. FILE is never written.
 */
export async function fixEncodingCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.files.length !== 1) {
    io.err(both((m) => m.cli.missingFiles));
    return 2;
  }
  if (!args.output && !args.dryRun) {
    io.err(both((m) => m.cli.missingOutput));
    return 2;
  }
  const [input] = args.files;
  const target = args.output ? path.resolve(io.cwd, args.output) : null;
  if (target && (await sameFile(path.resolve(io.cwd, input), target))) {
    io.err(both((m) => m.cli.sameAsInput));
    return 2;
  }
  if (target && !args.dryRun && !args.force && (await exists(target))) {
    io.err(both((m) => m.cli.outputExists({ file: args.output as string })));
    return 1;
  }
  const set = await loadFiles([input], io);
  if (set.files.length === 0) return 2;
  const [file] = set.files;
  const plan = planEncodingFix(file.grids.sheets);
  if (plan.fixes.length === 0) {
    io.out(vi.encoding.cli.none);
    return 0;
  }
  printPlan(plan, io, args.dryRun);
  if (args.dryRun || !target) {
    io.out(vi.encoding.cli.dryRun);
    return 0;
  }
  const loaded = await workbookOf(file);
  if (!loaded.ok) {
    io.err(both((m) => m.unreadable.line({ file: input, problem: unreadableProblem(m, loaded) })));
    return 2;
  }
  const { workbook, lossy } = loaded;
  let converted = 0;
  for (const fix of plan.fixes) {
    const sheet = workbook.getWorksheet(fix.sheet);
    if (sheet && convertCell(sheet.getCell(fix.row, fix.col + 1), fix)) converted++;
  }
  if (lossy.length > 0) io.err(vi.encoding.cli.lossy({ parts: lossy.map((p) => vi.cli.parts[p]).join(', ') }));
  if (!(await writeOutput(target, await workbookBytes(workbook), args.output as string, io))) return 2;
  io.out(vi.encoding.cli.written({ file: args.output as string, count: converted }));
  return 0;
}

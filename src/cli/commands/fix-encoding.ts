import path from 'node:path';
import { columnLetters, planEncodingFix, type EncodingPlan } from '../../engine';
import { isStripped } from '../../workbook/xlsx/checked-package';
import { legacyFixedCopy } from '../../workbook/xlsx/legacy-copy';
import type { ParsedArgs } from '../args';
import { writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { checkedOf, loadFiles } from '../load-files';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { both, vi } from '../messages';
import { exists, sameFile } from '../output-path';

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
  const checked = await checkedOf(file);
  const copy = checked && (await legacyFixedCopy(checked, plan.fixes));
  if (!copy) {
    io.err(both((m) => m.unreadable.line({ file: input, problem: unreadableProblem(m, { ok: false, reason: 'corrupt' }) })));
    return 2;
  }
  // The copy keeps every part of the file; only what the checks had to cut (whole-column dropdowns, merges, names) is not as it was.
  const cut = file.lossy.filter(isStripped);
  if (cut.length > 0) io.err(vi.encoding.cli.lossy({ parts: cut.map((p) => vi.cli.parts[p]).join(', ') }));
  if (!(await writeOutput(target, copy.bytes, args.output as string, io))) return 2;
  io.out(vi.encoding.cli.written({ file: args.output as string, count: copy.converted }));
  return 0;
}

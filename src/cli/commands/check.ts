import { analyse, analyseKhoi, findingText, readWorkbooks, type Finding } from '../../engine';
import type { Messages } from '../../i18n/vi';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../io';
import { loadFiles } from '../load-files';
import { en, vi } from '../messages';

/** The spec's JSON issue: every key present, in the spec's order. */
const toIssue = (f: Finding, m: Messages) => ({
  file: f.file ?? null,
  sheet: f.sheet,
  cell: f.cell,
  row: f.row,
  column: f.column,
  key: f.key,
  rule: f.rule,
  severity: f.severity,
  message: findingText(f, m),
});

function printReadable(findings: readonly Finding[], io: CliIO, m: Messages): void {
  if (findings.length === 0) {
    io.out(m.cli.noFindings);
    return;
  }
  let file: string | null | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      io.out(`\n${file ?? ''}`);
    }
    const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '';
    io.out(`  ${m.severity[f.severity].padEnd(9)} ${where.padEnd(14)} [${f.rule}] ${findingText(f, m)}`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  io.out(`\n${m.cli.findingCounts({ errors: count('error'), warnings: count('warning'), infos: count('info') })}`);
}

/** `dvk check FILE... [--json] [--lang en]`: exit 2 when a file cannot be read, else 1 when there is an error, else 0. */
export async function checkCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const m = args.lang === 'en' ? en : vi;
  const set = await loadFiles(args.files, io);
  const dataset = readWorkbooks(set.files.map((f) => f.grids));
  const analysis = analyse(dataset, { thisYear: io.today().getFullYear() });
  // The Khối Dân vận sheet's findings (`khoi-` rules) after the registrations'.
  const findings = [...set.unreadable, ...analysis.findings, ...(dataset.khoi.length > 0 ? analyseKhoi(dataset).findings : [])];
  if (args.json) io.out(JSON.stringify({ issues: findings.map((f) => toIssue(f, m)) }, null, 2));
  else {
    printReadable(findings, io, m);
    if (analysis.excluded > 0) io.out(m.cli.excluded({ count: analysis.excluded }));
  }
  if (set.unreadable.length > 0) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

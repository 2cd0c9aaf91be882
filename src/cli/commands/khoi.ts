import { analyseKhoi, khoiFigures, khoiYear, readWorkbooks, TARGET_TITLES, type KhoiFigures } from '../../engine';
import { formatCount, formatPercent } from '../../engine/format-number';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../io';
import { loadFiles } from '../load-files';
import { both, vi } from '../messages';
import { textTable } from '../text-table';

function printReadable(f: KhoiFigures, io: CliIO): void {
  const m = vi.khoi.cli;
  io.out(m.heading({ year: f.year === null ? '' : String(f.year), khoi: formatCount(f.khoi), members: formatCount(f.members) }));
  io.out(
    textTable(
      [m.measure, m.value],
      [
        [m.intermediate, f.intermediate],
        [m.college, f.college],
        [m.university, f.university],
        [m.politicalTheory, f.politicalTheory],
        [m.headSecretary, f.headSecretary],
        [m.headDeputy, f.headDeputy],
        [m.trained, f.trained],
      ],
    ),
  );
  io.out('');
  io.out(
    textTable(
      [m.target, m.met, m.missing],
      f.targets.map((t) => [
        `(${t.target}) ${TARGET_TITLES[t.target]}`,
        `${t.met}/${t.of}${t.of > 0 ? ` (${formatPercent(t.met / t.of)})` : ''}`,
        t.missing.join(', ') || '—',
      ]),
    ),
  );
  if (f.excluded > 0) io.out(`\n${m.excluded({ count: f.excluded })}`);
}

/** `dvk khoi FILE... [--year YYYY] [--json]`: the Khối Dân vận figures and the seven targets, files (and folders) read as one set. */
export async function khoiCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const year = args.year === null ? undefined : /^\d{4}$/.test(args.year) ? Number(args.year) : null;
  if (year === null) {
    io.err(both((t) => t.cli.badYear({ value: args.year ?? '' })));
    return 2;
  }
  const set = await loadFiles(args.files, io);
  if (set.files.length === 0) return 2;
  const dataset = readWorkbooks(set.files.map((f) => f.grids));
  if (dataset.khoi.length === 0 && dataset.khoiSources.length === 0) {
    io.err(both((t) => t.khoi.cli.noSheet));
    return 2;
  }
  const analysis = analyseKhoi(dataset);
  const figures = khoiFigures(analysis.counted, khoiYear(analysis.counted, dataset.info, year), analysis.excluded);
  if (args.json) {
    const { targets, ...totals } = figures;
    io.out(JSON.stringify({ ...totals, targets: targets.map(({ target, met, of }) => ({ target, met, of })) }, null, 2));
  } else {
    printReadable(figures, io);
    for (const f of analysis.findings) io.err(`${f.file ? `${f.file} — ` : ''}${f.sheet ?? ''}: ${f.message}`);
  }
  return set.unreadable.length > 0 ? 2 : analysis.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

import { analyse, DIMENSIONS, MEASURES, readWorkbooks, summarize, type Dimension, type Summary } from '../../engine';
import type { ParsedArgs } from '../args';
import type { CliIO } from '../io';
import { loadFiles } from '../load-files';
import { both, vi } from '../messages';
import { textTable } from '../text-table';

const isDimension = (d: string): d is Dimension => (DIMENSIONS as readonly string[]).includes(d);

function printReadable(summary: Summary, dims: readonly Dimension[], io: CliIO): void {
  const header = [...dims.map((d) => vi.dimensions[d]), ...MEASURES.map((m) => vi.measures[m])];
  const rows = summary.groups.map((g) => [
    ...dims.map((d) => (g.values[d] === null || g.values[d] === undefined ? vi.cli.empty : String(g.values[d]))),
    ...MEASURES.map((m) => g.measures[m]),
  ]);
  const total = [vi.cli.total, ...dims.slice(1).map(() => ''), ...MEASURES.map((m) => summary.total[m])];
  io.out(textTable(dims.length > 0 ? header : ['', ...header], [...rows, total]));
  if (summary.excluded > 0) io.out(`\n${vi.cli.excluded({ count: summary.excluded })}`);
}

/** `dvk summary FILE... [--by DIM[,DIM...]] [--json]`: the measures by the dimensions, files read as one set. */
export async function summaryCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const unknown = args.by.find((d) => !isDimension(d));
  if (unknown !== undefined) {
    io.err(both((m) => m.cli.unknownDimension({ dimension: unknown })));
    return 2;
  }
  const dims = args.by as Dimension[];
  const set = await loadFiles(args.files, io);
  const dataset = readWorkbooks(set.files.map((f) => f.grids));
  const analysis = analyse(dataset, { thisYear: io.today().getFullYear() });
  const summary = summarize(analysis.counted, dims, { excluded: analysis.excluded, blocs: dataset.blocs });
  if (args.json) {
    const rows = summary.groups.map((g) => ({ ...Object.fromEntries(dims.map((d) => [d, g.values[d] ?? null])), ...g.measures }));
    io.out(JSON.stringify({ total: summary.total, excluded: summary.excluded, rows }, null, 2));
  } else {
    printReadable(summary, dims, io);
  }
  return set.unreadable.length > 0 ? 2 : 0;
}

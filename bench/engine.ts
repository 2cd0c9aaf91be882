/**
 * Budget 1, the engine: read + check + summarise N registration rows from a grid, beside a baseline
 * pass that only reads every cell and NFC-normalises the text ones. Warm-up runs, then the median
 * of several runs for both, interleaved.
 */
import { analyse, readWorkbooks, summarize, type Dimension, type WorkbookGrids } from '../src/engine';
import type { EngineResult } from './budgets';
import { registrationSheets } from './data';
import { interleavedMedians } from './timing';

export const ENGINE_SIZES = [1_000, 10_000, 100_000] as const;
/** The summary `dvk summary --by field,registration` prints (the task pane's is by one or two dimensions). */
const SUMMARY: Dimension[] = ['field', 'registration'];

/**
 * The grids as the task pane gets them: through JSON, as Office.js delivers `range.values` (so every
 * cell is a string of its own, as read from a workbook, not a piece of a template string).
 */
export function engineInput(rows: number): WorkbookGrids {
  const sheets = registrationSheets(rows).map((s) => ({ name: s.name, grid: s.rows }));
  return { file: 'bench.xlsx', sheets: JSON.parse(JSON.stringify(sheets)) as WorkbookGrids['sheets'] };
}

/** Read, check and summarise: what `dvk summary` and the task pane's check do with the grids. */
export function runEngine(input: WorkbookGrids): number {
  const dataset = readWorkbooks([input]);
  const analysis = analyse(dataset);
  const summary = summarize(analysis.counted, SUMMARY, { excluded: analysis.excluded, blocs: dataset.blocs });
  return analysis.findings.length + summary.groups.length;
}

/** The floor: every cell of every sheet read once, text NFC-normalised. */
export function runBaseline(input: WorkbookGrids): number {
  let chars = 0;
  for (const sheet of input.sheets) {
    for (const row of sheet.grid) {
      for (const value of row) {
        if (typeof value === 'string') chars += value.normalize('NFC').length;
        else if (value !== null && value !== undefined) chars++;
      }
    }
  }
  return chars;
}

const runsFor = (rows: number): { runs: number; warmups: number } =>
  rows >= 100_000 ? { runs: 7, warmups: 2 } : rows >= 10_000 ? { runs: 11, warmups: 3 } : { runs: 21, warmups: 5 };

export function benchEngine(sizes: readonly number[] = ENGINE_SIZES, log: (line: string) => void = () => undefined): EngineResult[] {
  return sizes.map((rows) => {
    log(`engine: ${rows.toLocaleString('en')} rows …`);
    const input = engineInput(rows);
    const { runs, warmups } = runsFor(rows);
    const [engineMs, baselineMs] = interleavedMedians([() => runEngine(input), () => runBaseline(input)], runs, warmups);
    return { rows, engineMs, baselineMs, ratio: engineMs / baselineMs };
  });
}

import { cellAddress } from '../engine/cell-text';
import type { CutCell } from '../workbook/cell-limit';
import type { CliIO } from './io';
import { both } from './messages';

/** One line per cell written cut to Excel's 32,767 characters, in both languages: never cut silently. */
export function sayCut(io: CliIO, cuts: readonly CutCell[]): void {
  for (const c of cuts) io.err(both((m) => m.cli.cellCut({ sheet: c.sheet, cell: cellAddress(c.col, c.row), length: c.length })));
}

import type { CellValue, Grid, SheetGrid } from '../../engine';
import { rangeAddress, sameName, topLeft } from './addresses';
import { API, type Supports } from './capabilities';
import { officeCode } from './errors';
import { matrixBytes, RESPONSE_BUDGET } from './payload';

/**
 * Reading values in few round trips: sync 1 the sheet names, sync 2 every used range's address and
 * size (with ExcelApi 1.9 also its visible cells' address and whether the sheet has an AutoFilter,
 * for the hidden rows), sync 3 all the values at once while the estimated response fits the budget;
 * beyond that, row chunks packed across sheets, each response under the budget (2 + one sync per chunk).
 */

/** The JSON bytes a cell is assumed to take before any was measured (registration rows average ~19). */
export const ESTIMATED_CELL_BYTES = 22;
/** Measured sizes are trusted with this margin, since later rows may hold longer text. */
const MEASURED_MARGIN = 1.15;
/** The first chunk, sized on the estimate alone, asks for less, so text denser than estimated stays under 4 MB. */
const FIRST_CHUNK_SHARE = 0.75;
const MIN_CELL_BYTES = 6;
/** When Excel refuses a response, the text is far denser than assumed (long notes, 32,767-character cells): assume 4 times more. */
const DENSER = 4;
const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';

interface Block {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** 0-based offset of the used range. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  values: CellValue[][];
}

interface Piece {
  block: Block;
  from: number;
  count: number;
  range: Excel.Range;
}

export async function readSheets(context: Excel.RequestContext, supports: Supports, only?: string): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items.filter((ws) => only === undefined || sameName(ws.name, only));
  const valuesOnly = supports(API.valuesOnlyUsedRange);
  const used = sheets.map((ws) => {
    const range = valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    range.load('address,rowCount,columnCount');
    return range;
  });
  // Queued in the same sync as the used ranges: hidden rows cost no round trip.
  let views = supports(API.hiddenRows) ? sheets.map((ws, i) => visibility(ws, used[i])) : null;
  try {
    await context.sync();
  } catch (error) {
    // Hidden rows are a nicety: if Excel cannot list the visible cells, read without them.
    if (!views) throw error;
    views = null;
    for (const range of used) range.load('address,rowCount,columnCount');
    await context.sync();
  }
  const blocks: Block[] = sheets.map((sheet, i) => {
    const { row, col } = topLeft(used[i].address);
    return { sheet, used: used[i], row, col, rows: used[i].rowCount, cols: used[i].columnCount, values: [] };
  });
  await readValues(context, blocks);
  return blocks.map((b, i) => {
    const grid: SheetGrid = { name: b.sheet.name, grid: anchoredGrid(b) };
    const view = views?.[i];
    if (view) {
      grid.hiddenRows = hiddenRows(b, view.visible.isNullObject ? '' : view.visible.address);
      grid.filtered = view.filter.enabled;
    }
    return grid;
  });
}

interface Visibility {
  visible: Excel.RangeAreas;
  filter: Excel.AutoFilter;
}

function visibility(sheet: Excel.Worksheet, used: Excel.Range): Visibility {
  const visible = used.getSpecialCellsOrNullObject('Visible');
  visible.load('address');
  const filter = sheet.autoFilter;
  filter.load('enabled');
  return { visible, filter };
}

/**
 * The used range's rows (1-based) that no visible area covers. Visible areas come as one address,
 * `'Đăng ký'!A1:O3,'Đăng ký'!A5:O9` (hidden columns split them too, so rows are unioned).
 */
function hiddenRows(block: Block, visibleAddress: string): number[] {
  const shown = new Uint8Array(block.rows);
  const local = visibleAddress.replace(/'(?:[^']|'')*'!/g, '').replace(/[^,!']+!/g, '');
  for (const area of local.split(',')) {
    const rows = /^\s*\$?[A-Za-z]{0,3}\$?(\d+)(?::\$?[A-Za-z]{0,3}\$?(\d+))?\s*$/.exec(area);
    if (!rows) continue;
    const first = Number(rows[1]) - 1 - block.row;
    const last = Number(rows[2] ?? rows[1]) - 1 - block.row;
    for (let r = Math.max(0, first); r <= Math.min(block.rows - 1, last); r++) shown[r] = 1;
  }
  const hidden: number[] = [];
  shown.forEach((isShown, r) => {
    if (!isShown) hidden.push(block.row + r + 1);
  });
  return hidden;
}

async function readValues(context: Excel.RequestContext, blocks: Block[]): Promise<void> {
  let cellBytes = ESTIMATED_CELL_BYTES;
  const estimate = (rows: number, cols: number) => rows * (cols * cellBytes + 3);
  if (blocks.reduce((sum, b) => sum + estimate(b.rows, b.cols), 0) <= RESPONSE_BUDGET) {
    for (const b of blocks) b.used.load('values');
    try {
      await context.sync();
      for (const b of blocks) b.values = b.used.values as CellValue[][];
      return;
    } catch (error) {
      // Denser than estimated: Excel refused the response; read in chunks instead.
      if (officeCode(error) !== RESPONSE_TOO_LARGE) throw error;
      cellBytes *= DENSER;
    }
  }
  const next = new Map(blocks.map((b) => [b, 0]));
  let budget = RESPONSE_BUDGET * FIRST_CHUNK_SHARE;
  while ([...next].some(([b, from]) => from < b.rows)) {
    const pieces: Piece[] = [];
    let bytes = 0;
    for (const [block, from] of next) {
      if (from >= block.rows) continue;
      const fit = Math.floor((budget - bytes) / estimate(1, block.cols));
      const count = Math.min(block.rows - from, pieces.length === 0 ? Math.max(1, fit) : fit);
      if (count < 1) break;
      const range = block.sheet.getRange(rangeAddress(block.row + from, block.col, count, block.cols));
      range.load('values');
      pieces.push({ block, from, count, range });
      bytes += estimate(count, block.cols);
    }
    try {
      await context.sync();
    } catch (error) {
      // Denser than estimated again: ask for less.
      const single = pieces.length === 1 && pieces[0].count === 1;
      if (officeCode(error) !== RESPONSE_TOO_LARGE || single) throw error;
      cellBytes *= DENSER;
      continue;
    }
    let measured = 0;
    let cells = 0;
    for (const { block, from, count, range } of pieces) {
      const values = range.values as CellValue[][];
      for (let i = 0; i < count; i++) block.values[from + i] = values[i];
      next.set(block, from + count);
      measured += matrixBytes(values);
      cells += count * block.cols;
    }
    cellBytes = Math.max(MIN_CELL_BYTES, (measured / cells) * MEASURED_MARGIN);
    budget = RESPONSE_BUDGET;
  }
}

/** Office's values of the used range, placed from A1 (its offset padded), empty cells as null and trailing ones dropped. */
function anchoredGrid(block: Block): Grid {
  const grid: Grid = [];
  for (let r = 0; r < block.row; r++) grid.push([]);
  for (const source of block.values) {
    let last = source.length - 1;
    while (last >= 0 && isBlank(source[last])) last--;
    const row: CellValue[] = new Array(block.col).fill(null);
    for (let c = 0; c <= last; c++) row.push(isBlank(source[c]) ? null : source[c]);
    grid.push(last < 0 ? [] : row);
  }
  while (grid.length > 0 && grid[grid.length - 1].length === 0) grid.pop();
  return grid;
}

const isBlank = (value: CellValue): boolean => value === '' || value === null || value === undefined;

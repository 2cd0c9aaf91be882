import { cellText, isEmptyRow, usedWidth } from './cell-text';
import { headerIndex, UNIT_LIST_COLUMNS, type UnitListKey } from './columns';
import { findHeader } from './header';
import { normLoose, normText } from './normalize';
import type { CellChange, CellEdit } from './cell-edit';
import type { CellValue, SheetGrid } from './types';

export const UNIT_LIST_SHEET = 'Danh mục';
const UNIT_HEADERS = headerIndex(UNIT_LIST_COLUMNS);
const header = (key: UnitListKey): string => UNIT_LIST_COLUMNS.find((c) => c.key === key)?.header ?? key;

interface ListAt {
  sheet: string;
  grid: SheetGrid['grid'];
  headerRow: number;
  columns: Map<UnitListKey, number>;
  /** Header cells to add for columns the change needs. */
  added: CellChange[];
}

function listOf(sheets: readonly SheetGrid[]): ListAt | null {
  const sheet = sheets.find((s) => normLoose(s.name) === normLoose(UNIT_LIST_SHEET));
  if (!sheet) return null;
  const found = findHeader(sheet.grid, UNIT_HEADERS, (cols) => cols.has('name'));
  if (!found) return null;
  return { sheet: sheet.name, grid: sheet.grid, headerRow: found.rowIndex, columns: new Map(found.columns), added: [] };
}

/** The column of `key`, its header cell added right of every used cell when the sheet lacks it. */
function column(list: ListAt, key: UnitListKey): number {
  const have = list.columns.get(key);
  if (have !== undefined) return have;
  const col = Math.max(usedWidth(list.grid), ...[...list.columns.values()].map((c) => c + 1), ...list.added.map((a) => a.col + 1));
  list.columns.set(key, col);
  list.added.push({ row: list.headerRow + 1, col, value: header(key), before: null });
  return col;
}

const cell = (list: ListAt, row: number, col: number, value: CellValue): CellChange => ({ row, col, value, before: list.grid[row - 1]?.[col] ?? null });

/**
 * A unit added at the end of `Danh mục`: its name, bloc, commune, other names and successor (those given). A workbook without
 * the sheet gets it, with the standard header. Null when the list already names the unit.
 */
export interface NewUnit {
  name: string;
  bloc: string | null;
  commune: string | null;
  /** `Tên khác`, names kept apart by `; `. */
  otherNames?: string | null;
  /** `Đơn vị mới`: the unit that took it over. */
  successor?: string | null;
}

export function planAddUnit(sheets: readonly SheetGrid[], unit: NewUnit): CellEdit | null {
  const list = listOf(sheets);
  if (!list) {
    const head = UNIT_LIST_COLUMNS.map((c, col) => ({ row: 1, col, value: c.header, before: null }));
    const values: CellValue[] = [unit.name, unit.bloc, unit.commune, unit.otherNames ?? null, unit.successor ?? null];
    return {
      sheet: UNIT_LIST_SHEET,
      create: true,
      cells: [...head, ...values.map((value, col) => ({ row: 2, col, value, before: null })).filter((c) => c.value !== null)],
    };
  }
  const nameCol = column(list, 'name');
  const rows = list.grid.slice(list.headerRow + 1);
  if (rows.some((r) => normText(cellText(r?.[nameCol] ?? null)) === normText(unit.name))) return null;
  let last = list.grid.length;
  while (last > list.headerRow + 1 && isEmptyRow(list.grid[last - 1])) last--;
  const row = last + 1;
  const cells = [cell(list, row, nameCol, unit.name)];
  if (unit.bloc) cells.push(cell(list, row, column(list, 'bloc'), unit.bloc));
  if (unit.commune) cells.push(cell(list, row, column(list, 'commune'), unit.commune));
  if (unit.otherNames) cells.push(cell(list, row, column(list, 'otherNames'), unit.otherNames));
  if (unit.successor) cells.push(cell(list, row, column(list, 'successor'), unit.successor));
  return { sheet: list.sheet, create: false, cells: [...list.added, ...cells] };
}

/**
 * `alias` recorded as another name of the listed unit `unit` (its `Tên khác` cell, names kept apart by
 * `; `), so rows spelling it so count for that unit. Null when the list lacks the unit or already has the name.
 */
export function planOtherName(sheets: readonly SheetGrid[], unit: string, alias: string): CellEdit | null {
  const list = listOf(sheets);
  if (!list) return null;
  const nameCol = list.columns.get('name') as number;
  const index = list.grid.findIndex((r, i) => i > list.headerRow && normText(cellText(r?.[nameCol] ?? null)) === normText(unit));
  if (index < 0) return null;
  const col = column(list, 'otherNames');
  const current = cellText(list.grid[index]?.[col] ?? null);
  const names = current === '' ? [] : current.split(';').map((s) => s.trim());
  if (names.some((n) => normText(n) === normText(alias))) return null;
  return { sheet: list.sheet, create: false, cells: [...list.added, cell(list, index + 1, col, [...names, alias].join('; '))] };
}

import { useCallback, useState } from 'react';
import { cellText, type CellEdit } from '../engine';
import type { SheetContent } from '../workbook/sheet-content';
import { usePane } from './pane-context';
import type { Action } from './status/use-action';

export interface CellEditing {
  /** The last change, to undo. */
  last: CellEdit | null;
  /** Writes the cells (after `content` when the sheet must be made), then says `done`. */
  apply: (edit: CellEdit, content: () => SheetContent, done: string) => Promise<void>;
  undo: () => Promise<boolean>;
}

/**
 * A few cells of a list sheet (`Danh mục`, `Thông tin`) written from the pane in one write, undone on
 * request while the cells still hold what was written (a sheet it made is removed again).
 */
export function useCellEdit(action: Action, reload: () => Promise<void>, texts: { writing: string; undone: string; changed: string }): CellEditing {
  const { workbook } = usePane();
  const { run, announce } = action;
  const [last, setLast] = useState<CellEdit | null>(null);

  const apply = useCallback(
    async (edit: CellEdit, content: () => SheetContent, done: string) => {
      if (edit.create) await workbook.writeSheet(content());
      await workbook.writeCells(
        edit.sheet,
        edit.cells.map(({ row, col, value }) => ({ row, col, value })),
      );
      setLast(edit);
      await reload();
      announce(done);
    },
    [workbook, reload, announce],
  );

  const undo = useCallback(
    () =>
      run(texts.writing, async () => {
        if (!last) return;
        const grid = await workbook.readSheet(last.sheet).catch(() => []);
        setLast(null);
        if (!last.cells.every((c) => cellText(grid[c.row - 1]?.[c.col] ?? null) === cellText(c.value))) {
          announce(texts.changed);
          return;
        }
        if (last.create) await workbook.deleteSheet(last.sheet);
        else
          await workbook.writeCells(
            last.sheet,
            last.cells.map(({ row, col, before }) => ({ row, col, value: before })),
          );
        await reload();
        announce(texts.undone);
      }),
    [run, workbook, last, reload, announce, texts],
  );

  return { last, apply, undo };
}

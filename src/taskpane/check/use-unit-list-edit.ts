import { useCallback, useState } from 'react';
import { cellText, planAddUnit, planOtherName, type UnitListEdit, type UnknownUnit } from '../../engine';
import { unitSheetContent } from '../../workbook/standard-template';
import { usePane } from '../pane-context';
import type { Action } from '../status/use-action';

export interface UnitListEditing {
  /** The last change, to undo. */
  last: UnitListEdit | null;
  add: (unit: UnknownUnit) => Promise<boolean>;
  recordAlias: (unit: UnknownUnit, listed: string) => Promise<boolean>;
  undo: () => Promise<boolean>;
}

/**
 * An unknown unit name settled from the Kiểm tra tab: added to `Danh mục`, or recorded as another name
 * (`Tên khác`) of a listed unit; one write each, undone on request when the cells still hold what was written.
 */
export function useUnitListEdit(action: Action, reload: () => Promise<void>): UnitListEditing {
  const { workbook, t } = usePane();
  const u = t.check.unknownUnits;
  const { run, announce } = action;
  const [last, setLast] = useState<UnitListEdit | null>(null);

  const apply = useCallback(
    async (edit: UnitListEdit | null, done: string) => {
      if (!edit) {
        announce(u.already);
        return;
      }
      if (edit.create) await workbook.writeSheet(unitSheetContent());
      await workbook.writeCells(
        edit.sheet,
        edit.cells.map(({ row, col, value }) => ({ row, col, value })),
      );
      setLast(edit);
      await reload();
      announce(done);
    },
    [workbook, reload, announce, u],
  );

  const add = useCallback(
    (unit: UnknownUnit) =>
      run(u.writing, async () => {
        const edit = planAddUnit(await workbook.readWorkbook(), { name: unit.name, bloc: unit.bloc, commune: unit.commune });
        await apply(edit, u.added({ unit: unit.name, sheet: edit?.sheet ?? '' }));
      }),
    [run, workbook, apply, u],
  );

  const recordAlias = useCallback(
    (unit: UnknownUnit, listed: string) =>
      run(u.writing, async () => {
        const edit = planOtherName(await workbook.readWorkbook(), listed, unit.name);
        await apply(edit, u.recorded({ alias: unit.name, unit: listed }));
      }),
    [run, workbook, apply, u],
  );

  const undo = useCallback(
    () =>
      run(u.writing, async () => {
        if (!last) return;
        const grid = await workbook.readSheet(last.sheet).catch(() => []);
        setLast(null);
        if (!last.cells.every((c) => cellText(grid[c.row - 1]?.[c.col] ?? null) === cellText(c.value))) {
          announce(u.changed);
          return;
        }
        if (last.create) await workbook.deleteSheet(last.sheet);
        else await workbook.writeCells(last.sheet, last.cells.map(({ row, col, before }) => ({ row, col, value: before })));
        await reload();
        announce(u.undone);
      }),
    [run, workbook, last, reload, announce, u],
  );

  return { last, add, recordAlias, undo };
}

import { useCallback } from 'react';
import { planAddUnit, planOtherName, type CellEdit, type UnknownUnit } from '../../engine';
import { bareUnitSheet } from '../../workbook/standard-template';
import { usePane } from '../pane-context';
import type { Action } from '../status/use-action';
import { useCellEdit } from '../use-cell-edit';

export interface UnitListEditing {
  /** The last change, to undo. */
  last: CellEdit | null;
  add: (unit: UnknownUnit) => Promise<boolean>;
  recordAlias: (unit: UnknownUnit, listed: string) => Promise<boolean>;
  undo: () => Promise<boolean>;
}

/**
 * An unknown unit name settled from the Kiểm tra tab: added to `Danh mục`, or recorded as another name
 * (`Tên khác`) of a listed unit; one write each, undoable.
 */
export function useUnitListEdit(action: Action, reload: () => Promise<void>): UnitListEditing {
  const { workbook, t } = usePane();
  const u = t.check.unknownUnits;
  const { run, announce } = action;
  const editing = useCellEdit(action, reload, { writing: u.writing, undone: u.undone, changed: u.changed });
  const { apply } = editing;

  const add = useCallback(
    (unit: UnknownUnit) =>
      run(u.writing, async () => {
        const edit = planAddUnit(await workbook.readWorkbook(), { name: unit.name, bloc: unit.bloc, commune: unit.commune });
        if (edit) await apply(edit, bareUnitSheet, u.added({ unit: unit.name, sheet: edit.sheet }));
        else announce(u.already);
      }),
    [run, announce, workbook, apply, u],
  );

  const recordAlias = useCallback(
    (unit: UnknownUnit, listed: string) =>
      run(u.writing, async () => {
        const edit = planOtherName(await workbook.readWorkbook(), listed, unit.name);
        if (edit) await apply(edit, bareUnitSheet, u.recorded({ alias: unit.name, unit: listed }));
        else announce(u.already);
      }),
    [run, announce, workbook, apply, u],
  );

  return { last: editing.last, add, recordAlias, undo: editing.undo };
}

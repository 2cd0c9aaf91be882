import { useCallback, useState } from 'react';
import { INFO_LABELS, planAddUnit, planInfo, unreadableParticulars, type InfoKey, type NewUnit } from '../../engine';
import { bareUnitSheet } from '../../workbook/standard-template';
import { usePane } from '../pane-context';
import type { Action } from '../status/use-action';
import { useCellEdit, type CellEditing } from '../use-cell-edit';

export type InfoValues = Record<InfoKey, string>;

const INFO_KEYS = Object.keys(INFO_LABELS) as InfoKey[];

export interface ListForms {
  editing: CellEditing;
  /** Particulars the clerk typed that cannot be read. */
  unreadable: InfoKey[];
  addUnit: (unit: NewUnit) => Promise<boolean>;
  saveInfo: (values: InfoValues, shown: InfoValues) => Promise<boolean>;
}

/** Thiết lập's forms: a unit added to `Danh mục`, the particulars of `Thông tin` written; each checked first, undoable. */
export function useListForms(action: Action, reload: () => Promise<void>): ListForms {
  const { workbook, t, num } = usePane();
  const s = t.setup;
  const { run, announce } = action;
  const editing = useCellEdit(action, reload, { writing: s.writing, undone: s.undone, changed: s.changed });
  const { apply } = editing;
  const [unreadable, setUnreadable] = useState<InfoKey[]>([]);

  const addUnit = useCallback(
    (unit: NewUnit) =>
      run(s.writing, async () => {
        const edit = planAddUnit(await workbook.readWorkbook(), unit);
        if (edit) await apply(edit, bareUnitSheet, s.unitForm.added({ unit: unit.name, sheet: edit.sheet }));
        else announce(s.unitForm.already({ unit: unit.name }));
      }),
    [run, announce, workbook, apply, s],
  );

  const saveInfo = useCallback(
    (values: InfoValues, shown: InfoValues) =>
      run(s.writing, async () => {
        // Only what the clerk changed in the form: a cell edited on the sheet meanwhile is not overwritten with the old text.
        const changed = Object.fromEntries(INFO_KEYS.filter((k) => values[k] !== shown[k]).map((k) => [k, values[k]])) as Partial<InfoValues>;
        const bad = unreadableParticulars(changed);
        setUnreadable(bad);
        if (bad.length > 0) {
          announce(s.infoForm.refused({ count: num(bad.length) }));
          return;
        }
        const edit = planInfo(await workbook.readWorkbook(), changed);
        if (!edit) {
          announce(s.infoForm.unchanged);
          return;
        }
        const empty = () => ({ name: edit.sheet, values: [], styles: [], merges: [], columnWidths: [22, 50] });
        await apply(edit, empty, s.infoForm.saved({ count: num(edit.cells.filter((c) => c.col === 1).length), sheet: edit.sheet }));
      }),
    [run, announce, workbook, apply, s, num],
  );

  return { editing, unreadable, addUnit, saveInfo };
}

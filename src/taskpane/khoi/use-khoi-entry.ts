import { useCallback, useState } from 'react';
import { analyseKhoi, findKhoiSheet, readWorkbooks, type Finding, type KhoiKey } from '../../engine';
import { usePane } from '../pane-context';
import { readSnapshot, replaceGrid } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { blankKhoiForm, khoiRowCells, type KhoiFormValues } from './khoi-form';

export interface KhoiEntry {
  action: Action;
  values: KhoiFormValues;
  /** The new row's findings: errors keep it from being written. */
  findings: Finding[];
  /** The row last written (sheet, 1-based row), for undo. */
  written: { sheet: string; row: number } | null;
  setValue: (key: KhoiKey, value: string) => void;
  submit: () => Promise<boolean>;
  undo: () => Promise<boolean>;
}

/**
 * One commune's Khối row at a time: checked by the engine's `khoi-` rules together with the rows the
 * sheet already has (a commune twice in a year is refused), written after the last row, undone on request.
 */
export function useKhoiEntry(): KhoiEntry {
  const { workbook, t } = usePane();
  const action = useAction();
  const { run, announce } = action;
  const [values, setValues] = useState<KhoiFormValues>(() => blankKhoiForm(''));
  const [findings, setFindings] = useState<Finding[]>([]);
  const [written, setWritten] = useState<{ sheet: string; row: number } | null>(null);

  const setValue = useCallback((key: KhoiKey, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFindings((list) => list.filter((f) => f.key !== key));
  }, []);

  const submit = useCallback(
    () =>
      run(t.khoi.writing, async () => {
        const snapshot = await readSnapshot(workbook);
        const found = findKhoiSheet({ sheets: snapshot.sheets });
        if (!found) {
          announce(t.khoi.noSheet);
          return;
        }
        const { sheet, header } = found;
        const row = sheet.grid.length + 1;
        const cells = khoiRowCells(values, header.columns);
        const dataset = readWorkbooks([{ sheets: replaceGrid(snapshot.sheets, sheet.name, [...sheet.grid, cells]) }]);
        const mine = analyseKhoi(dataset).findings.filter((f) => f.sheet === sheet.name && f.row === row);
        setFindings(mine);
        if (mine.some((f) => f.severity === 'error')) {
          announce(t.khoi.refused({ count: String(mine.filter((f) => f.severity === 'error').length) }));
          return;
        }
        await workbook.writeRows(sheet.name, row, [cells]);
        setWritten({ sheet: sheet.name, row });
        setValues((v) => ({ ...blankKhoiForm(v.year), district: v.district }));
        announce(t.khoi.written({ row: String(row), sheet: sheet.name }));
      }),
    [run, workbook, values, announce, t],
  );

  const undo = useCallback(
    () =>
      run(t.khoi.undoing, async () => {
        if (!written) return;
        await workbook.deleteRows(written.sheet, written.row, 1);
        announce(t.khoi.undone({ row: String(written.row) }));
        setWritten(null);
      }),
    [run, workbook, written, announce, t],
  );

  return { action, values, findings, written, setValue, submit, undo };
}

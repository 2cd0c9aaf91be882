import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding, UnitEntry } from '../../engine';
import type { CellPosition } from '../../workbook/workbook';
import { usePane } from '../pane-context';
import { analyseSheets, readSnapshot, replaceGrid, thisYear, type Snapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { useSelection } from '../use-selection';
import { blankForm, carriedOver, formFromRow, type FormKey, type FormValues } from './form-model';
import { planRow, stillWritten, type EntryMode } from './row-plan';
import { useRegistrations } from './use-registrations';
import { useUndoStack, type UndoStack } from './use-undo-stack';

export interface Entry {
  action: Action;
  snapshot: Snapshot | null;
  form: FormValues;
  mode: EntryMode;
  /** The engine's findings on the row being entered or corrected. */
  findings: Finding[];
  /** Warnings left on the row just written. */
  written: Finding[];
  /** Counts the writes refused for errors, so the form can take the clerk to the first one. */
  refused: number;
  undo: UndoStack;
  setValue: (key: FormKey, value: string) => void;
  submit: () => Promise<void>;
  newRow: () => void;
  /** Deletes the row being corrected (the rows under it move up); undone by `undoLast`. */
  deleteRow: () => Promise<void>;
  undoLast: () => Promise<void>;
}

const findingsOn = (snapshot: Snapshot, sheet: string, row: number): Finding[] => snapshot.analysis.findings.filter((f) => f.sheet === sheet && f.row === row);

/** Thông tin's report year, else this year in Vietnam (as the checks take it), not the PC's local year. */
const defaultYear = (snapshot: Snapshot | null): string => String(snapshot?.dataset.info.reportYear ?? thisYear());

/** Choosing a unit of Danh mục fills its bloc and commune. */
function withUnit(form: FormValues, units: readonly UnitEntry[]): FormValues {
  const entry = units.find((u) => u.name === form.unit);
  return entry ? { ...form, bloc: entry.bloc ?? '', commune: entry.commune ?? '' } : form;
}

/** The entry form: values, the row it writes, the engine's findings, selection loading and undo. */
export function useEntry(active: boolean): Entry {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const { run, announce } = action;
  // Shown with a row of the sheet selected and nothing typed yet, the form takes that row, as a selection later does.
  const pristine = useRef(true);
  const [snapshot, setSnapshot] = useRegistrations(action, active, async (fresh) => {
    if (!pristine.current) return;
    const position = await workbook.getSelection();
    if (position) await loadInto(position, fresh);
  });
  const [form, setForm] = useState<FormValues>(() => blankForm(''));
  const [mode, setMode] = useState<EntryMode>({ kind: 'append' });
  const [findings, setFindings] = useState<Finding[]>([]);
  const [written, setWritten] = useState<Finding[]>([]);
  const [refused, setRefused] = useState(0);
  const undo = useUndoStack();

  // The year defaults to Năm báo cáo once the workbook has been read.
  useEffect(() => {
    if (snapshot) setForm((f) => (f.year === '' ? { ...f, year: defaultYear(snapshot) } : f));
  }, [snapshot]);

  const setValue = useCallback(
    (key: FormKey, value: string) => {
      pristine.current = false;
      setForm((f) => (key === 'unit' ? withUnit({ ...f, unit: value }, snapshot?.dataset.units ?? []) : { ...f, [key]: value }));
      setFindings((list) => list.filter((f) => f.key !== key));
    },
    [snapshot],
  );

  /** The selected row of the registration sheet, when it is one, into the form; false when it is not. */
  const loadInto = useCallback(
    async (position: CellPosition, base: Snapshot): Promise<boolean> => {
      const found = base.found;
      if (!found || position.sheet !== found.sheet.name || position.row <= found.header.rowIndex + 1) return false;
      const grid = await workbook.readSheet(position.sheet);
      const fresh = analyseSheets(replaceGrid(base.sheets, position.sheet, grid));
      setSnapshot(fresh);
      const row = fresh.dataset.rows.find((r) => r.sheet === position.sheet && r.rowNumber === position.row);
      if (!row) return false;
      const loaded = formFromRow(row);
      setForm(loaded);
      setMode({ kind: 'update', row: row.rowNumber, baseline: loaded });
      setFindings(findingsOn(fresh, position.sheet, row.rowNumber));
      setWritten([]);
      announce(t.entry.loaded({ row: num(row.rowNumber) }));
      return true;
    },
    [announce, workbook, t, num, setSnapshot],
  );

  const loadRow = useCallback(
    (position: CellPosition, base: Snapshot) => run(t.entry.loadingRow, async () => void (await loadInto(position, base))),
    [run, loadInto, t],
  );

  useSelection((position) => {
    pristine.current = false;
    const found = snapshot?.found;
    if (!snapshot || !found || position.sheet !== found.sheet.name || position.row <= found.header.rowIndex + 1) return;
    if (mode.kind === 'update' && mode.row === position.row) return;
    void loadRow(position, snapshot);
  });

  const submit = useCallback(async () => {
    await run(t.entry.validating, async () => {
      const fresh = await readSnapshot(workbook);
      setSnapshot(fresh);
      if (!fresh.found) {
        announce(t.status.noRegistrationSheet);
        return;
      }
      const plan = planRow(fresh, form, mode);
      if (!plan) {
        announce(t.entry.unchanged);
        return;
      }
      setFindings(plan.findings);
      const errors = plan.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0) {
        setWritten([]);
        setRefused((n) => n + 1);
        announce(t.entry.blocked({ count: num(errors) }));
        return;
      }
      const typed = plan.insert ? (await workbook.insertRows(plan.sheet, plan.row, [plan.cells])).typedNumbers : 0;
      if (!plan.insert) await workbook.writeRows(plan.sheet, plan.row, [plan.cells]);
      undo.push({ kind: plan.kind, sheet: plan.sheet, row: plan.row, inserted: plan.insert, before: plan.before, written: plan.cells });
      setWritten(plan.findings);
      setFindings([]);
      if (plan.kind === 'append') {
        setForm(blankForm(defaultYear(fresh), carriedOver(form)));
        const added = (plan.insert ? t.entry.addedAboveTotal : t.entry.added)({ row: num(plan.row), sheet: plan.sheet });
        announce(typed > 0 ? `${added} ${t.entry.typedTotals({ row: num(plan.row + 1), count: num(typed) })}` : added);
      } else {
        setMode({ kind: 'update', row: plan.row, baseline: form });
        announce(t.entry.updated({ row: num(plan.row), sheet: plan.sheet }));
      }
    });
  }, [run, announce, workbook, form, mode, undo, t, num, setSnapshot]);

  const newRow = useCallback(() => {
    setMode({ kind: 'append' });
    setForm((f) => blankForm(defaultYear(snapshot), mode.kind === 'append' ? carriedOver(f) : { year: f.year }));
    setFindings([]);
    setWritten([]);
    announce(null);
  }, [snapshot, mode, announce]);

  const deleteRow = useCallback(async () => {
    if (mode.kind !== 'update') return;
    await run(t.entry.deleting, async () => {
      const fresh = await readSnapshot(workbook);
      const found = fresh.found;
      if (!found) {
        announce(t.status.noRegistrationSheet);
        return;
      }
      const sheet = found.sheet.name;
      const before = [...(found.sheet.grid[mode.row - 1] ?? [])];
      await workbook.deleteRows(sheet, mode.row, 1);
      undo.push({ kind: 'delete', sheet, row: mode.row, inserted: false, before, written: [] });
      setSnapshot(await readSnapshot(workbook));
      setMode({ kind: 'append' });
      setForm(blankForm(defaultYear(fresh)));
      setFindings([]);
      setWritten([]);
      announce(t.entry.deleted({ row: num(mode.row), sheet }));
    });
  }, [run, announce, workbook, mode, undo, t, num, setSnapshot]);

  const undoLast = useCallback(async () => {
    const entry = undo.top;
    if (!entry) return;
    await run(t.entry.undoing, async () => {
      if (entry.kind === 'delete') {
        // Inserting a row back never overwrites anything; Excel moves the rows and references under it down.
        await workbook.insertRows(entry.sheet, entry.row, [entry.before]);
        undo.drop();
        setSnapshot(await readSnapshot(workbook));
        announce(t.entry.undoneDelete({ row: num(entry.row) }));
        return;
      }
      const grid = await workbook.readSheet(entry.sheet);
      if (!stillWritten(grid[entry.row - 1], entry.written)) {
        undo.drop();
        announce(t.entry.undoChanged({ row: num(entry.row) }));
        return;
      }
      if (entry.inserted) await workbook.deleteRows(entry.sheet, entry.row, 1);
      else await workbook.writeRows(entry.sheet, entry.row, [entry.before]);
      undo.drop();
      setWritten([]);
      const fresh = await readSnapshot(workbook);
      setSnapshot(fresh);
      if (mode.kind === 'update' && mode.row === entry.row) {
        const row = fresh.dataset.rows.find((r) => r.sheet === entry.sheet && r.rowNumber === entry.row);
        const restored = row ? formFromRow(row) : blankForm(defaultYear(fresh));
        setForm(restored);
        setMode(row ? { kind: 'update', row: entry.row, baseline: restored } : { kind: 'append' });
        setFindings(row ? findingsOn(fresh, entry.sheet, entry.row) : []);
      }
      announce((entry.kind === 'append' ? t.entry.undoneAppend : t.entry.undoneUpdate)({ row: num(entry.row) }));
    });
  }, [run, announce, workbook, undo, mode, t, num, setSnapshot]);

  return { action, snapshot, form, mode, findings, written, refused, undo, setValue, submit, newRow, deleteRow, undoLast };
}

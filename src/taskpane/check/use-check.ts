import { useCallback, useRef, useState } from 'react';
import { useWhenShown } from '../use-when-shown';
import type { Finding } from '../../engine';
import type { CellMark } from '../../workbook/workbook';
import { usePane } from '../pane-context';
import { readSnapshot, type Snapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { countBySeverity, positionOf } from './group-findings';

export interface Check {
  action: Action;
  snapshot: Snapshot | null;
  canMark: boolean;
  marking: boolean;
  check: () => Promise<boolean>;
  setMarking: (on: boolean) => Promise<boolean>;
  clearMarks: () => Promise<boolean>;
  goTo: (finding: Finding) => Promise<boolean>;
  /** Reads the workbook again without a message (after a change made from this tab). */
  reload: () => Promise<void>;
}

function marksOf(snapshot: Snapshot, sheet: string): CellMark[] {
  return snapshot.analysis.findings
    .filter((f) => f.sheet === sheet)
    .map((f) => ({ position: positionOf(f), severity: f.severity }))
    .flatMap(({ position, severity }) => (position ? [{ row: position.row, col: position.col, severity }] : []));
}

/** Checking the whole registration sheet, marking the cells, and going to a finding's cell. */
export function useCheck(active: boolean): Check {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const { run, attempt, announce } = action;
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [marking, setMarkingState] = useState(false);
  const markingRef = useRef(false);
  const canMark = workbook.capabilities().conditionalFormats;

  const check = useCallback(
    () =>
      run(t.check.running, async () => {
        const fresh = await readSnapshot(workbook);
        setSnapshot(fresh);
        const { findings, excluded } = fresh.analysis;
        const counts = countBySeverity(findings);
        const parts = [
          t.check.summary({ rows: num(fresh.dataset.rows.length), errors: num(counts.error), warnings: num(counts.warning), infos: num(counts.info) }),
          findings.length === 0 ? t.check.clean : null,
          excluded > 0 ? t.check.excluded({ count: num(excluded) }) : null,
        ];
        if (markingRef.current && fresh.found) await workbook.markCells(fresh.found.sheet.name, marksOf(fresh, fresh.found.sheet.name));
        announce(parts.filter(Boolean).join(' '));
      }),
    [run, announce, workbook, t, num],
  );

  // Checked each time the tab is shown; "Kiểm tra lại" checks again in between.
  useWhenShown(active, workbook, check);

  const setMarking = useCallback(
    (on: boolean) =>
      run(t.check.marking, async () => {
        const sheet = snapshot?.found?.sheet.name;
        if (!snapshot || !sheet) return;
        if (on) {
          const marks = marksOf(snapshot, sheet);
          await workbook.markCells(sheet, marks);
          announce(t.check.marked({ count: num(marks.length) }));
        } else {
          await workbook.clearMarks(sheet);
          announce(t.check.cleared);
        }
        markingRef.current = on;
        setMarkingState(on);
      }),
    [run, announce, workbook, snapshot, t, num],
  );

  const clearMarks = useCallback(() => setMarking(false), [setMarking]);

  const goTo = useCallback(
    (finding: Finding) =>
      attempt(async () => {
        const position = positionOf(finding);
        if (position) await workbook.selectCell(position);
      }),
    [attempt, workbook],
  );

  const reload = useCallback(async () => {
    const fresh = await readSnapshot(workbook);
    setSnapshot(fresh);
    if (markingRef.current && fresh.found) await workbook.markCells(fresh.found.sheet.name, marksOf(fresh, fresh.found.sheet.name));
  }, [workbook]);

  return { action, snapshot, canMark, marking, check, setMarking, clearMarks, goTo, reload };
}

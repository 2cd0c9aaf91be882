import { useCallback, useState } from 'react';
import type { CellValue } from '../../engine';

/** What one write replaced, to put it back. */
export interface UndoEntry {
  /** `delete`: the row was removed (the rows under it moved up); undoing it inserts `before` again. */
  kind: 'append' | 'update' | 'delete';
  sheet: string;
  row: number;
  /** The row was inserted (above a total line): undoing it deletes the row. */
  inserted: boolean;
  before: CellValue[];
  written: CellValue[];
}

export interface UndoStack {
  top: UndoEntry | null;
  push: (entry: UndoEntry) => void;
  /** Removes the top entry. */
  drop: () => void;
}

/** The pane's undo stack: the last write first. */
export function useUndoStack(): UndoStack {
  const [entries, setEntries] = useState<UndoEntry[]>([]);
  const push = useCallback((entry: UndoEntry) => setEntries((e) => [...e, entry]), []);
  const drop = useCallback(() => setEntries((e) => e.slice(0, -1)), []);
  return { top: entries[entries.length - 1] ?? null, push, drop };
}

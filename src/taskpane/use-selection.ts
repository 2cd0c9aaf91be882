import { useEffect, useRef } from 'react';
import type { CellPosition } from '../workbook/workbook';
import { usePane } from './pane-context';

/** Calls `handler` whenever the clerk selects another cell, for as long as the component is shown. */
export function useSelection(handler: (position: CellPosition) => void): void {
  const { workbook } = usePane();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => workbook.onSelectionChanged((position) => latest.current(position)), [workbook]);
}

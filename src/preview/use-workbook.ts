import { useSyncExternalStore } from 'react';
import type { MemoryWorkbook } from '../workbook/preview/memory-workbook';

/** Re-renders the caller on every change of the in-page workbook; returns its revision. */
export function useWorkbookRevision(workbook: MemoryWorkbook): number {
  return useSyncExternalStore(workbook.subscribe, workbook.getRevision);
}

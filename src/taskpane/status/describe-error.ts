import { WorkbookError } from '../../workbook/workbook';
import type { Pane } from '../pane-context';

const isWorkbookError = (e: unknown): e is WorkbookError => e instanceof WorkbookError || (e instanceof Error && e.name === 'WorkbookError' && 'code' in e);

/** The text shown for an error: Excel's problem and what to do, in the pane's language. */
export function describeError(error: unknown, pane: Pane): string {
  if (isWorkbookError(error)) {
    // The adapter's message is Vietnamese; the English table has the same advice for the known cases.
    return pane.language === 'vi' || error.code === 'unknown' ? error.message : pane.m.workbookError[error.code];
  }
  const detail = error instanceof Error ? error.message : String(error);
  return pane.t.status.unexpected({ detail });
}

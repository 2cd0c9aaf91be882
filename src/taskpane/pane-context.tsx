import { createContext, useContext } from 'react';
import type { Messages } from '../i18n/vi';
import type { UiStrings } from '../i18n/ui.vi';
import type { WorkbookPort } from '../workbook/workbook';
import { formatNumber, messagesFor, type Language } from './locale';

/** What every part of the pane needs: the workbook, the language and its strings. */
export interface Pane {
  workbook: WorkbookPort;
  language: Language;
  /** The task pane's strings in the current language. */
  t: UiStrings;
  /** The shared tables (measures, dimensions, severities, workbook errors) in the current language. */
  m: Messages;
  /** A count in the language's conventions (`1.265`). */
  num: (n: number) => string;
}

export function makePane(workbook: WorkbookPort, language: Language): Pane {
  const m = messagesFor(language);
  return { workbook, language, t: m.ui, m, num: (n) => formatNumber(n, language) };
}

const PaneContext = createContext<Pane | null>(null);

export const PaneProvider = PaneContext.Provider;

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error('usePane outside PaneProvider');
  return pane;
}

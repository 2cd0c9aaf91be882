import { useCallback, useEffect, useMemo, useState } from 'react';
import { useOverwriteQuestion } from '../status/use-overwrite-question';
import { useWhenShown } from '../use-when-shown';
import { summarize, type Dimension, type Summary } from '../../engine';
import { reportYear, yearRows } from '../../engine/report-scope';
import { usePane } from '../pane-context';
import { readSnapshot, type Snapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { copyHtml } from '../report/copy-text';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import { uiVi } from '../../i18n/ui.vi';
import { vi } from '../../i18n/vi';
import { SUMMARY_SHEET, summaryGrid, summaryHtml, summarySheet, summaryTsv } from './summary-grid';

/** The report year's rows (as Biểu 01 counts them), or every year's. */
export type Scope = 'year' | 'all';

export interface SummaryView {
  action: Action;
  snapshot: Snapshot | null;
  first: Dimension;
  second: Dimension | null;
  scope: Scope;
  year: number | null;
  dimensions: Dimension[];
  summary: Summary | null;
  setFirst: (d: Dimension) => void;
  setSecond: (d: Dimension | null) => void;
  setScope: (s: Scope) => void;
  reload: () => Promise<boolean>;
  /** Copies the table (HTML with its tab-separated text): pasted into Word or Excel, a table. */
  copy: () => Promise<boolean>;
  /** Writes the table to sheet `Bảng tổng hợp`; asks first when it was edited by hand. */
  write: () => Promise<boolean>;
  /** The hand-edited sheet, while the clerk is asked whether to overwrite it. */
  edited: string[] | null;
  overwrite: () => Promise<boolean>;
  cancel: () => void;
}

/** The seven measures of the counted rows by one or two dimensions, from one read of the workbook. */
export function useSummary(active: boolean): SummaryView {
  const { workbook, t, m, num } = usePane();
  const action = useAction();
  const { run, announce } = action;
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [first, setFirstState] = useState<Dimension>('field');
  const [second, setSecond] = useState<Dimension | null>(null);
  // Choosing as first the dimension that was second leaves one dimension, not the same one twice.
  const setFirst = useCallback((d: Dimension) => {
    setFirstState(d);
    setSecond((s) => (s === d ? null : s));
  }, []);
  const [scope, setScope] = useState<Scope>('year');

  const reload = useCallback(() => run(t.summary.loading, async () => setSnapshot(await readSnapshot(workbook))), [run, workbook, t]);
  // Read each time the tab is shown; "Đọc lại số liệu" reads again in between.
  useWhenShown(active, workbook, reload);

  const dimensions = useMemo<Dimension[]>(() => (second && second !== first ? [first, second] : [first]), [first, second]);
  const year = snapshot ? reportYear(snapshot.analysis.counted, snapshot.dataset.info) : null;
  const summary = useMemo(() => {
    if (!snapshot) return null;
    const { counted, excluded } = snapshot.analysis;
    const rows = scope === 'year' && year !== null ? yearRows(counted, snapshot.dataset.info) : counted;
    return summarize(rows, dimensions, { excluded, blocs: snapshot.dataset.blocs });
  }, [snapshot, dimensions, scope, year]);

  useEffect(() => {
    if (!summary) return;
    const parts = [
      summary.total.registered === 0 ? t.summary.noRows : t.summary.done({ total: num(summary.total.registered), groups: num(summary.groups.length) }),
      summary.excluded > 0 ? t.summary.excluded({ count: num(summary.excluded) }) : null,
    ];
    announce(parts.filter(Boolean).join(' '));
  }, [summary, announce, t, num]);

  const question = useOverwriteQuestion(announce);
  const copy = useCallback(
    () =>
      run(t.summary.copying, async () => {
        if (!summary) return;
        const grid = summaryGrid(summary, dimensions, t, m);
        announce((await copyHtml(summaryHtml(grid, num), summaryTsv(grid))) ? t.summary.copied : t.summary.copyFailed);
      }),
    [run, announce, summary, dimensions, t, m, num],
  );
  const writeWith = useCallback(
    (force: boolean) =>
      run(t.summary.writing, async () => {
        if (!summary) return;
        // Workbook content is Vietnamese, whatever the pane's language.
        const sheet = summarySheet(summaryGrid(summary, dimensions, uiVi, vi), dimensions.length);
        const result = await writeOwnedSheets(workbook, [sheet], { force, writtenAt: new Date().toISOString() });
        if (!result.ok) {
          question.ask(result.edited);
          return;
        }
        announce(t.summary.written({ sheet: SUMMARY_SHEET }));
      }),
    [run, announce, question, summary, dimensions, workbook, t],
  );
  const write = useCallback(() => writeWith(false), [writeWith]);
  const overwrite = useCallback(() => {
    question.close();
    return writeWith(true);
  }, [writeWith, question]);
  const { edited, cancel } = question;

  return { action, snapshot, first, second, scope, year, dimensions, summary, setFirst, setSecond, setScope, reload, copy, write, edited, overwrite, cancel };
}

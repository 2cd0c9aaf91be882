import { useCallback, useState } from 'react';
import type { ReportDocument } from '../../engine';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import { formatDate } from '../locale';
import { usePane } from '../pane-context';
import { readSnapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { copyText } from './copy-text';
import { prepareReport, type PreparedReport } from './prepare-report';

export interface Report {
  action: Action;
  document: ReportDocument | null;
  /** Sheets edited by hand, while the clerk is asked whether to overwrite them. */
  edited: string[] | null;
  fill: () => Promise<boolean>;
  overwrite: () => Promise<boolean>;
  cancel: () => void;
  copy: () => Promise<void>;
}

/** Filling `Tổng hợp` and `Báo cáo` through the record of software-written sheets, then the chart. */
export function useReport(): Report {
  const { workbook, t } = usePane();
  const action = useAction();
  const { run, announce } = action;
  const [document, setDocument] = useState<ReportDocument | null>(null);
  const [edited, setEdited] = useState<string[] | null>(null);

  const finish = useCallback(
    async (report: PreparedReport) => {
      setDocument(report.document);
      const parts = [t.report.filled({ date: formatDate(report.date) })];
      if (!workbook.capabilities().charts) parts.push(t.report.chartUnsupported);
      else parts.push((await workbook.addChart(report.chart)) ? t.report.chartAdded : t.report.chartFailed);
      announce(parts.join(' '));
    },
    [workbook, announce, t],
  );

  const write = useCallback(
    async (force: boolean) => {
      const snapshot = await readSnapshot(workbook);
      if (!snapshot.found) {
        announce(t.status.noRegistrationSheet);
        return;
      }
      const report = prepareReport(snapshot);
      const result = await writeOwnedSheets(workbook, report.contents, { force, writtenAt: new Date().toISOString() });
      if (!result.ok) {
        setEdited(result.edited);
        announce(t.report.waiting);
        return;
      }
      await finish(report);
    },
    [workbook, finish, announce, t],
  );

  const fill = useCallback(() => run(t.report.filling, () => write(false)), [run, write, t]);
  const overwrite = useCallback(() => {
    setEdited(null);
    return run(t.report.filling, () => write(true));
  }, [run, write, t]);
  const cancel = useCallback(() => {
    setEdited(null);
    announce(t.report.cancelled);
  }, [announce, t]);

  const copy = useCallback(async () => {
    if (!document) return;
    announce((await copyText(document.paragraphs.join('\n\n'))) ? t.report.copied : t.report.copyFailed);
  }, [document, announce, t]);

  return { action, document, edited, fill, overwrite, cancel, copy };
}

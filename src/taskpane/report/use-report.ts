import { useCallback, useMemo, useState } from 'react';
import { useOverwriteQuestion } from '../status/use-overwrite-question';
import { useWhenShown } from '../use-when-shown';
import { analyseKhoi, cellAddress, khoiFigures, khoiYear, type KhoiFigures, type ReportDocument } from '../../engine';
import { reportHtml, reportPlainText } from '../../workbook/html/report-html';
import { cellsTooLong } from '../../workbook/cell-limit';
import { LEGACY_SUMMARY_SHEET } from '../../workbook/layout-bieu';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import { INFO_SHEET } from '../../workbook/standard-template';
import { formatDate } from '../locale';
import { usePane } from '../pane-context';
import { readSnapshot, type Snapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { downloadBytes } from '../download-bytes';
import { copyHtml } from './copy-text';
import { prepareReport, type PreparedReport } from './prepare-report';
import { documentFileName, missingForDocument, reportChoices, type MissingParticular, type ReportChoice, type ReportChoices } from './report-choice';

export interface Report {
  action: Action;
  choices: ReportChoices | null;
  choice: ReportChoice | null;
  setChoice: (choice: ReportChoice) => void;
  /** The particulars the document prints that `Thông tin` leaves empty. */
  missing: MissingParticular[];
  /** The Khối Dân vận of the chosen year, when the workbook keeps them. */
  khoi: { figures: KhoiFigures; excluded: number } | null;
  document: ReportDocument | null;
  /** Sheets edited by hand, while the clerk is asked whether to overwrite them. */
  edited: string[] | null;
  fill: () => Promise<boolean>;
  overwrite: () => Promise<boolean>;
  cancel: () => void;
  copy: () => Promise<boolean>;
  download: () => Promise<boolean>;
  goToParticular: (particular: MissingParticular) => Promise<boolean>;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The Báo cáo tab: the year or period chosen, the Biểu sheets and `Báo cáo` filled through the record
 * of software-written sheets (v1's `Tổng hợp` retired), the Word document downloaded, the report
 * copied with its formatting. Showing the tab only reads the workbook.
 */
export function useReport(active: boolean): Report {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const { run, attempt, announce } = action;
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [choices, setChoices] = useState<ReportChoices | null>(null);
  const [choice, setChoiceState] = useState<ReportChoice | null>(null);
  const [document, setDocument] = useState<ReportDocument | null>(null);
  const question = useOverwriteQuestion(announce);

  const read = useCallback(async (): Promise<Snapshot> => {
    const next = await readSnapshot(workbook);
    setSnapshot(next);
    const found = reportChoices(next);
    setChoices(found);
    // Keep the clerk's choice while it still makes sense for the workbook.
    setChoiceState((current) => (current && (current.kind === 'period' || found.years.includes(current.year)) ? current : found.initial));
    return next;
  }, [workbook]);

  useWhenShown(active, workbook, () => run(t.report.loading, async () => void (await read())));

  const setChoice = useCallback((next: ReportChoice) => {
    setChoiceState(next);
    setDocument(null);
  }, []);

  const finish = useCallback(
    async (report: PreparedReport, removed: string[], kept: string[]) => {
      setDocument(report.document);
      const parts = [t.report.filled({ date: formatDate(report.date) })];
      for (const sheet of removed) parts.push(t.report.legacyRemoved({ sheet }));
      for (const sheet of kept) parts.push(t.report.legacyKept({ sheet }));
      // The writers cut a text longer than an Excel cell holds; the clerk is told which, never silently.
      for (const cut of report.contents.flatMap((c) => cellsTooLong(c.name, c.values))) {
        parts.push(t.report.cellCut({ sheet: cut.sheet, cell: cellAddress(cut.col, cut.row), length: num(cut.length) }));
      }
      if (!workbook.capabilities().charts) parts.push(t.report.chartUnsupported);
      else parts.push((await workbook.addChart(report.chart)) ? t.report.chartAdded : t.report.chartFailed);
      announce(parts.join(' '));
    },
    [workbook, announce, t, num],
  );

  const write = useCallback(
    async (force: boolean) => {
      const current = await read();
      if (!current.found) {
        announce(t.status.noRegistrationSheet);
        return;
      }
      const report = prepareReport(current, choice);
      const result = await writeOwnedSheets(workbook, report.contents, { force, writtenAt: new Date().toISOString(), retire: [LEGACY_SUMMARY_SHEET] });
      if (!result.ok) {
        question.ask(result.edited);
        return;
      }
      await finish(report, result.removed, result.kept);
    },
    [workbook, read, choice, finish, announce, question, t],
  );

  const fill = useCallback(() => run(t.report.filling, () => write(false)), [run, write, t]);
  const overwrite = useCallback(() => {
    question.close();
    return run(t.report.filling, () => write(true));
  }, [run, write, question, t]);
  const { edited, cancel } = question;

  /** The document of the current choice, from a fresh read (the clerk may have typed since). */
  const currentDocument = useCallback(async (): Promise<ReportDocument | null> => {
    const current = await read();
    if (!current.found) {
      announce(t.status.noRegistrationSheet);
      return null;
    }
    const doc = prepareReport(current, choice).document;
    setDocument(doc);
    return doc;
  }, [read, choice, announce, t]);

  const copy = useCallback(
    () =>
      run(t.report.copying, async () => {
        const doc = await currentDocument();
        if (doc) announce((await copyHtml(reportHtml(doc), reportPlainText(doc))) ? t.report.copied : t.report.copyFailed);
      }),
    [run, currentDocument, announce, t],
  );

  const download = useCallback(
    () =>
      run(t.report.making, async () => {
        const doc = await currentDocument();
        if (!doc) return;
        // The Word writer is only fetched when a document is asked for.
        const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../../workbook/docx/report-docx');
        const name = documentFileName(choice);
        announce(downloadBytes(await reportDocxBytes(doc), name, DOCX_TYPE) ? t.report.downloaded({ file: name }) : t.report.downloadFailed);
      }),
    [run, currentDocument, choice, announce, t],
  );

  const goToParticular = useCallback(
    (p: MissingParticular) => attempt(async () => (p.sheet && p.row ? workbook.selectCell({ sheet: p.sheet, row: p.row, col: 1 }) : undefined)),
    [attempt, workbook],
  );

  const missing = snapshot ? missingForDocument(snapshot, INFO_SHEET) : [];
  const khoi = useMemo(() => {
    if (!snapshot || snapshot.dataset.khoi.length === 0) return null;
    const analysis = analyseKhoi(snapshot.dataset);
    const year = khoiYear(analysis.counted, snapshot.dataset.info, choice?.kind === 'year' ? choice.year : undefined);
    return { figures: khoiFigures(analysis.counted, year, analysis.excluded), excluded: analysis.excluded };
  }, [snapshot, choice]);
  return { action, choices, choice, setChoice, missing, khoi, document, edited, fill, overwrite, cancel, copy, download, goToParticular };
}

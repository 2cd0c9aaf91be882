import { useCallback, useMemo, useRef, useState } from 'react';
import { useOverwriteQuestion } from '../status/use-overwrite-question';
import type { FileReport, UnitTracking } from '../../engine';
import type { LoadFailure } from '../../workbook/xlsx/checked-package';
import { layoutTrackingSheet } from '../../workbook/layout-tracking';
import { writeOwnedSheets } from '../../workbook/owned-sheets';
import { readWorkbookFile } from '../../workbook/read-workbook-file';
import { stillWritten } from '../entry/row-plan';
import { usePane } from '../pane-context';
import { copyText } from '../report/copy-text';
import { openWorkbookOf, readSnapshot, thisYear, type Snapshot } from '../snapshot';
import { useAction, type Action } from '../status/use-action';
import { readImportRecord, type ImportRecord } from '../../engine/consolidate/import-record';
import { mergeQuestions, planMerge, type MergeQuestions, type RowsBlock } from '../../engine/consolidate/merge-plan';
import { consolidateOpen, type OpenConsolidation, type PendingFile } from '../../engine/consolidate/open-workbook';
import type { RowOrigin } from '../../engine/consolidate/row-origins';
import { feedbackText } from './feedback-text';
import { importRecordContent, originsContent } from './import-record';
import { khoiSheetContent } from '../../workbook/standard-template';
import { pickedFile } from './picked-bytes';

export type Choice = 'accepted' | 'rejected' | 'undecided';

/** A file in the list; `choice` is the clerk's, null until made (then: accepted unless it has errors). */
export interface ListedFile extends PendingFile {
  choice: 'accepted' | 'rejected' | null;
}

export interface Progress {
  done: number;
  total: number;
  file: string;
}

/** One merge, to put back: each block of rows as it was (a sheet it made, removed), and the import record. */
export interface MergeUndo {
  blocks: RowsBlock[];
  recordBefore: ImportRecord;
  originsBefore: RowOrigin[];
  rows: number;
  /** The sheets written, for the messages. */
  sheet: string;
}

export interface Consolidate {
  action: Action;
  snapshot: Snapshot | null;
  files: ListedFile[];
  unreadable: Array<{ name: string; failure: LoadFailure }>;
  progress: Progress | null;
  /** The open workbook with the files not rejected, as the engine consolidates them. */
  open: OpenConsolidation | null;
  reportOf: (file: ListedFile) => FileReport | null;
  choiceOf: (file: ListedFile) => Choice;
  questions: MergeQuestions | null;
  undo: MergeUndo | null;
  /** Hand-edited `Theo dõi nộp`, while the clerk is asked whether to overwrite it. */
  edited: string[] | null;
  /** The feedback last copied (shown, so it can be copied by hand too). */
  feedback: { unit: string; text: string } | null;
  load: () => Promise<boolean>;
  pick: (files: readonly File[]) => Promise<boolean>;
  stop: () => void;
  choose: (id: string, choice: 'accepted' | 'rejected') => void;
  merge: () => Promise<boolean>;
  confirm: (forced: ReadonlySet<string>) => Promise<boolean>;
  cancelMerge: () => void;
  undoLast: () => Promise<boolean>;
  writeTracking: (force?: boolean) => Promise<boolean>;
  cancelTracking: () => void;
  copyFeedback: (unit: UnitTracking) => Promise<void>;
}

/** Lets the page paint the progress and take a click on "Dừng" between two files. */
const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const sameQuestions = (a: MergeQuestions | null, b: MergeQuestions | null): boolean => JSON.stringify(a) === JSON.stringify(b);
const hasQuestions = (q: MergeQuestions): boolean => q.ownRows.length > 0 || q.ownKhoi > 0 || q.older.length > 0;

/** The open workbook with the files, by the pane's clock; `chosen`: files the clerk took over newer ones. */
const consolidateFiles = (snapshot: Snapshot, files: readonly PendingFile[], chosen?: ReadonlySet<string>): OpenConsolidation =>
  consolidateOpen(openWorkbookOf(snapshot), readImportRecord(snapshot.sheets), files, { chosen, thisYear: thisYear() });

/**
 * Tổng hợp đơn vị: files read in the pane, listed with their check, merged into the open workbook's
 * registrations (one write, asked first when it would replace the workbook's own rows or prefer an
 * older file), undone on request; the units' submissions tracked and written to `Theo dõi nộp`.
 */
export function useConsolidate(): Consolidate {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const { run, announce } = action;
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [files, setFiles] = useState<ListedFile[]>([]);
  const [unreadable, setUnreadable] = useState<Array<{ name: string; failure: LoadFailure }>>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [questions, setQuestions] = useState<MergeQuestions | null>(null);
  const [undoStack, setUndoStack] = useState<MergeUndo[]>([]);
  const question = useOverwriteQuestion(announce);
  const [feedback, setFeedback] = useState<{ unit: string; text: string } | null>(null);
  const stopped = useRef(false);
  const nextId = useRef(0);
  const filesRef = useRef(files);
  filesRef.current = files;
  // A rejected file is left out of the consolidation; its last report is still shown.
  const lastReports = useRef(new Map<string, FileReport>());

  const open = useMemo(() => {
    if (!snapshot) return null;
    const result = consolidateFiles(
      snapshot,
      files.filter((f) => f.choice !== 'rejected'),
    );
    for (const [id, report] of result.reports) lastReports.current.set(id, report);
    return result;
  }, [snapshot, files]);

  const reportOf = useCallback((file: ListedFile) => open?.reports.get(file.id) ?? lastReports.current.get(file.id) ?? null, [open]);
  const choiceOf = useCallback((file: ListedFile): Choice => file.choice ?? ((reportOf(file)?.errors ?? 0) > 0 ? 'undecided' : 'accepted'), [reportOf]);

  const refresh = useCallback(async () => {
    const fresh = await readSnapshot(workbook);
    setSnapshot(fresh);
    return fresh;
  }, [workbook]);

  const load = useCallback(() => run(t.consolidate.loading, async () => void (await refresh())), [run, refresh, t]);

  const pick = useCallback(
    (picked: readonly File[]) =>
      run(t.consolidate.loading, async () => {
        if (picked.length === 0) return;
        stopped.current = false;
        await refresh();
        const read: ListedFile[] = [];
        const bad: Array<{ name: string; failure: LoadFailure }> = [];
        for (const [i, file] of picked.entries()) {
          setProgress({ done: i, total: picked.length, file: file.name });
          await nextTick();
          if (stopped.current) break;
          const result = await readWorkbookFile(await pickedFile(file));
          if (result.ok) {
            read.push({
              id: `f${nextId.current++}`,
              name: result.name,
              grids: result.grids,
              modified: result.modified,
              fileDate: result.fileDate,
              choice: null,
            });
          } else bad.push({ name: result.name, failure: result.failure });
        }
        setProgress(null);
        if (stopped.current) {
          announce(t.consolidate.readCancelled);
          return;
        }
        setFiles((list) => [...list, ...read]);
        setUnreadable((list) => [...list, ...bad]);
        const parts = [t.consolidate.read({ count: num(read.length) }), bad.length > 0 ? t.consolidate.readUnreadable({ count: num(bad.length) }) : null];
        announce(parts.filter(Boolean).join(' '));
      }),
    [run, announce, refresh, t, num],
  );

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);

  const choose = useCallback((id: string, choice: 'accepted' | 'rejected') => {
    setFiles((list) => list.map((f) => (f.id === id ? { ...f, choice } : f)));
  }, []);

  /** Everything computed from a fresh read before the one write; asked first when the clerk must decide. */
  const mergeWith = useCallback(
    async (forced: ReadonlySet<string>, confirmed: MergeQuestions | null) => {
      const fresh = await refresh();
      const record = readImportRecord(fresh.sheets);
      const pending = filesRef.current.filter((f) => f.choice !== 'rejected');
      const plain = consolidateFiles(fresh, pending);
      if (!fresh.found && pending.some((f) => (plain.reports.get(f.id)?.rows ?? 0) > 0)) {
        announce(t.status.noRegistrationSheet);
        return;
      }
      const undecided = pending.filter((f) => f.choice === null && (plain.reports.get(f.id)?.errors ?? 0) > 0);
      if (undecided.length > 0) {
        announce(t.consolidate.needChoice({ count: num(undecided.length) }));
        return;
      }
      if (pending.length === 0) {
        announce(t.consolidate.nothingAccepted);
        return;
      }
      const asked = mergeQuestions(plain, fresh.sheets, pending);
      if (hasQuestions(asked) && !sameQuestions(asked, confirmed)) {
        setQuestions(asked);
        return;
      }
      const chosen = forced.size > 0 ? consolidateFiles(fresh, pending, forced) : plain;
      const plan = planMerge(chosen, fresh.sheets, pending, record, new Date().toISOString());
      if (!plan) {
        announce(t.consolidate.unchanged);
        return;
      }
      for (const block of plan.blocks) {
        if (block.create) await workbook.writeSheet(khoiSheetContent());
        await workbook.writeRows(block.sheet, block.firstRow, block.rows);
      }
      await workbook.writeSheet(importRecordContent(plan.record));
      await workbook.writeSheet(originsContent(plan.origins));
      const sheets = plan.blocks.map((b) => b.sheet).join('”, “');
      setUndoStack((s) => [
        ...s,
        {
          blocks: plan.blocks,
          recordBefore: plan.recordBefore,
          originsBefore: plan.originsBefore,
          rows: plan.appended + (plan.khoi?.appended ?? 0),
          sheet: sheets,
        },
      ]);
      const merged = new Set(pending.map((f) => f.id));
      setFiles((list) => list.filter((f) => !merged.has(f.id)));
      await refresh();
      const parts = [
        plan.sheet ? t.consolidate.merged({ rows: num(plan.appended), files: num(plan.files), sheet: plan.sheet }) : null,
        plan.removed > 0 ? t.consolidate.mergedRemoved({ rows: num(plan.removed) }) : null,
        plan.khoi ? t.consolidate.mergedKhoi({ rows: num(plan.khoi.appended), sheet: plan.khoi.sheet }) : null,
        plan.khoi && plan.khoi.removed > 0 ? t.consolidate.mergedKhoiRemoved({ rows: num(plan.khoi.removed) }) : null,
      ];
      announce(parts.filter(Boolean).join(' '));
    },
    [workbook, refresh, announce, t, num],
  );

  const merge = useCallback(() => run(t.consolidate.merging, () => mergeWith(new Set(), null)), [run, mergeWith, t]);
  const confirm = useCallback(
    (forced: ReadonlySet<string>) => {
      const asked = questions;
      setQuestions(null);
      return run(t.consolidate.merging, () => mergeWith(forced, asked));
    },
    [run, mergeWith, questions, t],
  );
  const cancelMerge = useCallback(() => {
    setQuestions(null);
    announce(t.consolidate.mergeCancelled);
  }, [announce, t]);

  const undo = undoStack[undoStack.length - 1] ?? null;
  const undoLast = useCallback(
    () =>
      run(t.consolidate.undoing, async () => {
        if (!undo) return;
        setUndoStack((s) => s.slice(0, -1));
        for (const block of undo.blocks) {
          const grid = await workbook.readSheet(block.sheet);
          if (!block.rows.every((row, i) => stillWritten(grid[block.firstRow - 1 + i], row))) {
            announce(t.consolidate.undoChanged({ sheet: block.sheet }));
            return;
          }
        }
        for (const block of [...undo.blocks].reverse()) {
          if (block.create) await workbook.deleteSheet(block.sheet);
          else await workbook.writeRows(block.sheet, block.firstRow, block.before);
        }
        await workbook.writeSheet(importRecordContent(undo.recordBefore));
        await workbook.writeSheet(originsContent(undo.originsBefore));
        await refresh();
        announce(t.consolidate.undone({ sheet: undo.sheet }));
      }),
    [run, announce, workbook, undo, refresh, t],
  );

  const writeTracking = useCallback(
    (force = false) => {
      question.close();
      return run(t.consolidate.tracking.writing, async () => {
        const fresh = await refresh();
        const pending = filesRef.current.filter((f) => f.choice !== 'rejected');
        const { tracking } = consolidateFiles(fresh, pending).result;
        const result = await writeOwnedSheets(workbook, [layoutTrackingSheet(tracking)], { force, writtenAt: new Date().toISOString() });
        if (!result.ok) {
          question.ask(result.edited);
          return;
        }
        await refresh();
        announce(t.consolidate.tracking.written({ units: num(tracking.units.length) }));
      });
    },
    [run, announce, question, workbook, refresh, t, num],
  );
  const { edited, cancel: cancelTracking } = question;

  const copyFeedback = useCallback(
    async (unit: UnitTracking) => {
      const text = feedbackText(unit, open?.unplaced);
      setFeedback({ unit: unit.unit, text });
      announce((await copyText(text)) ? t.consolidate.tracking.copied({ unit: unit.unit }) : t.consolidate.tracking.copyFailed);
    },
    [announce, open, t],
  );

  return {
    action,
    snapshot,
    files,
    unreadable,
    progress,
    open,
    reportOf,
    choiceOf,
    questions,
    undo,
    edited,
    feedback,
    load,
    pick,
    stop,
    choose,
    merge,
    confirm,
    cancelMerge,
    undoLast,
    writeTracking,
    cancelTracking,
    copyFeedback,
  };
}

import { useCallback, useState } from 'react';
import type { Messages } from '../../i18n/vi';
import type { MemoryWorkbook } from '../../workbook/preview/memory-workbook';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { saveBytes } from './save-bytes';

/** The shipped sample, next to the page (copied from assets/ by the build). */
export const SAMPLE_URL = 'assets/mau-dan-van-kheo.xlsx';

export type FileStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; intent: 'success' | 'warning' | 'error'; message: string };

export interface WorkbookFiles {
  status: FileStatus;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  download(): Promise<boolean>;
  /** Another workbook asked for while this one has changes not downloaded: waits for the clerk. */
  pending: { next: string } | null;
  discardAndOpen(): Promise<void>;
  downloadAndOpen(): Promise<void>;
  cancelOpen(): void;
}

/** Opening a file, the sample, and downloading the in-page workbook, with a status for the clerk. */
export function useWorkbookFiles(workbook: MemoryWorkbook, m: Messages): WorkbookFiles {
  const [status, setStatus] = useState<FileStatus>({ kind: 'idle' });
  const [pending, setPending] = useState<{ next: string; open: () => Promise<void> } | null>(null);

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string) => {
      const result = await workbook.fromXlsx(bytes, name);
      if (!result.ok) {
        setStatus({ kind: 'done', intent: 'error', message: m.preview.unreadable({ name, problem: unreadableProblem(m, result) }) });
      } else if (result.lossy.length > 0 || result.formulas > 0) {
        const parts = result.lossy.map((part) => m.cli.parts[part]).join(', ');
        const notes = [
          m.preview.opened({ name }),
          result.lossy.length > 0 ? m.preview.lossy({ parts }) : null,
          result.formulas > 0 ? m.preview.formulas({ count: result.formulas }) : null,
        ];
        setStatus({ kind: 'done', intent: 'warning', message: notes.filter(Boolean).join(' ') });
      } else {
        setStatus({ kind: 'done', intent: 'success', message: m.preview.opened({ name }) });
      }
    },
    [workbook, m],
  );

  /** Opens at once, or asks first when the open workbook has changes not downloaded. */
  const guarded = useCallback(
    async (next: string, open: () => Promise<void>) => {
      if (workbook.unsaved()) setPending({ next, open });
      else await open();
    },
    [workbook],
  );

  const openFileNow = useCallback(
    async (file: File) => {
      setStatus({ kind: 'busy' });
      try {
        await openBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      } catch {
        setStatus({ kind: 'done', intent: 'error', message: m.preview.unreadable({ name: file.name, problem: m.unreadable.missing }) });
      }
    },
    [openBytes, m],
  );

  const openSampleNow = useCallback(async () => {
    setStatus({ kind: 'busy' });
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(String(response.status));
      await openBytes(new Uint8Array(await response.arrayBuffer()), m.preview.sampleFileName);
    } catch {
      setStatus({ kind: 'done', intent: 'error', message: m.preview.sampleMissing });
    }
  }, [openBytes, m]);

  const download = useCallback(async () => {
    setStatus({ kind: 'busy' });
    try {
      const name = workbook.name() || m.preview.newWorkbookName;
      saveBytes(await workbook.toXlsx(), name);
      workbook.markSaved();
      setStatus({ kind: 'done', intent: 'success', message: m.preview.downloaded({ name }) });
      return true;
    } catch {
      setStatus({ kind: 'done', intent: 'error', message: m.preview.downloadFailed });
      return false;
    }
  }, [workbook, m]);

  const openFile = useCallback((file: File) => guarded(file.name, () => openFileNow(file)), [guarded, openFileNow]);
  const openSample = useCallback(() => guarded(m.preview.sampleFileName, openSampleNow), [guarded, openSampleNow, m]);
  const discardAndOpen = useCallback(async () => {
    setPending(null);
    if (pending) await pending.open();
  }, [pending]);
  const downloadAndOpen = useCallback(async () => {
    setPending(null);
    if (pending && (await download())) await pending.open();
  }, [pending, download]);
  const cancelOpen = useCallback(() => setPending(null), []);

  return { status, openFile, openSample, download, pending: pending && { next: pending.next }, discardAndOpen, downloadAndOpen, cancelOpen };
}

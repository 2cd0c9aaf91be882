import { useCallback, useState } from 'react';
import type { Messages } from '../../i18n/vi';
import type { MemoryWorkbook } from '../../workbook/preview/memory-workbook';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { saveBytes } from './save-bytes';

/** The shipped sample, next to the page (copied from assets/ by the build). */
export const SAMPLE_URL = 'assets/mau-dan-van-kheo.xlsx';

export type FileStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; intent: 'success' | 'warning' | 'error'; message: string };

export interface WorkbookFiles {
  status: FileStatus;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  download(): Promise<void>;
}

/** Opening a file, the sample, and downloading the in-page workbook, with a status for the clerk. */
export function useWorkbookFiles(workbook: MemoryWorkbook, m: Messages): WorkbookFiles {
  const [status, setStatus] = useState<FileStatus>({ kind: 'idle' });

  const openBytes = useCallback(
    async (bytes: Uint8Array, name: string) => {
      const result = await workbook.fromXlsx(bytes, name);
      if (!result.ok) {
        setStatus({ kind: 'done', intent: 'error', message: m.preview.unreadable({ name, problem: unreadableProblem(m, result) }) });
      } else if (result.lossy.length > 0) {
        const parts = result.lossy.map((part) => m.cli.parts[part]).join(', ');
        setStatus({ kind: 'done', intent: 'warning', message: `${m.preview.opened({ name })} ${m.preview.lossy({ parts })}` });
      } else {
        setStatus({ kind: 'done', intent: 'success', message: m.preview.opened({ name }) });
      }
    },
    [workbook, m],
  );

  const openFile = useCallback(
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

  const openSample = useCallback(async () => {
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
      setStatus({ kind: 'done', intent: 'success', message: m.preview.downloaded({ name }) });
    } catch {
      setStatus({ kind: 'done', intent: 'error', message: m.preview.downloadFailed });
    }
  }, [workbook, m]);

  return { status, openFile, openSample, download };
}

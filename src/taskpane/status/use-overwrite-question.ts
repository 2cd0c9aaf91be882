import { useCallback, useMemo, useState } from 'react';
import { usePane } from '../pane-context';

export interface OverwriteQuestion {
  /** The sheets edited by hand since the software wrote them, while the clerk is asked; else null. */
  edited: string[] | null;
  /** Asks: the write found these sheets edited by hand and waits. */
  ask: (sheets: string[]) => void;
  /** The clerk answered (overwrite): the question closes. */
  close: () => void;
  /** The clerk kept the sheets: the question closes and the pane says nothing was written. */
  cancel: () => void;
}

/**
 * "Trang … đã được sửa tay: ghi đè?" — the one question every write of a sheet the software owns asks
 * (the report's Biểu and Báo cáo, the summary table, Theo dõi nộp), with its status lines.
 */
export function useOverwriteQuestion(announce: (message: string) => void): OverwriteQuestion {
  const { t } = usePane();
  const [edited, setEdited] = useState<string[] | null>(null);
  const ask = useCallback(
    (sheets: string[]) => {
      setEdited(sheets);
      announce(t.report.waiting);
    },
    [announce, t],
  );
  const close = useCallback(() => setEdited(null), []);
  const cancel = useCallback(() => {
    setEdited(null);
    announce(t.report.cancelled);
  }, [announce, t]);
  return useMemo(() => ({ edited, ask, close, cancel }), [edited, ask, close, cancel]);
}

import { useState } from 'react';
import { useWhenShown } from '../use-when-shown';
import { usePane } from '../pane-context';
import { readSnapshot, type Snapshot } from '../snapshot';
import type { Action } from '../status/use-action';

/** The workbook as last read for the form: units, report year, the registration sheet and its header; `afterRead` runs within the same action. */
export function useRegistrations(action: Action, active: boolean, afterRead: (snapshot: Snapshot) => Promise<void>): [Snapshot | null, (s: Snapshot) => void] {
  const { workbook, t } = usePane();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const { run } = action;
  // Read each time the tab is shown (a sheet may have been set up meanwhile); every write reads afresh too.
  useWhenShown(active, workbook, () =>
    run(t.entry.loading, async () => {
      const fresh = await readSnapshot(workbook);
      setSnapshot(fresh);
      await afterRead(fresh);
    }),
  );
  return [snapshot, setSnapshot];
}

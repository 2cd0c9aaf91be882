import { useEffect, useState } from 'react';
import { usePane } from '../pane-context';
import { readSnapshot, type Snapshot } from '../snapshot';
import type { Action } from '../status/use-action';

/** The workbook as last read for the form: units, report year, the registration sheet and its header. */
export function useRegistrations(action: Action, active: boolean): [Snapshot | null, (s: Snapshot) => void] {
  const { workbook, t } = usePane();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const { run } = action;
  useEffect(() => {
    // Read each time the tab is shown (a sheet may have been set up meanwhile); every write reads afresh too.
    if (active) void run(t.entry.loading, async () => setSnapshot(await readSnapshot(workbook)));
  }, [workbook, run, active]);
  return [snapshot, setSnapshot];
}

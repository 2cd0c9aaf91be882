import { useCallback, useEffect, useState } from 'react';
import { usePane } from '../pane-context';
import { useAction, type Action } from '../status/use-action';
import { creationWrites, setupView, sheetsToCreate, visibleSheets, type SetupView } from './sheet-plan';

export interface Setup {
  view: SetupView | null;
  action: Action;
  create: () => Promise<boolean>;
}

/** Which standard sheets the workbook has, and adding the missing ones (never touching existing sheets). */
export function useSetup(active: boolean): Setup {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const [view, setView] = useState<SetupView | null>(null);
  const { run, announce } = action;
  const { dropdowns } = workbook.capabilities();

  useEffect(() => {
    // Looked at afresh each time the tab is shown: sheets may have been added or renamed meanwhile.
    if (active) void run(t.setup.inspecting, async () => setView(setupView(await workbook.readWorkbook(), { dropdowns })));
  }, [workbook, active]);

  const create = useCallback(
    () =>
      run(t.setup.creating, async () => {
        const before = setupView(await workbook.readWorkbook(), { dropdowns });
        const contents = sheetsToCreate(before);
        for (const content of creationWrites(contents)) await workbook.writeSheet(content);
        setView(contents.length > 0 ? setupView(await workbook.readWorkbook(), { dropdowns }) : before);
        const shown = visibleSheets(contents);
        const sheets = t.sheetList(shown.map((c) => c.name));
        announce(contents.length > 0 ? t.setup.created({ count: num(shown.length), sheets }) : t.setup.complete);
      }),
    [run, announce, workbook, t, num, dropdowns],
  );

  return { view, action, create };
}

import { useCallback, useState } from 'react';
import { useWhenShown } from '../use-when-shown';
import type { SheetGrid } from '../../engine';
import { usePane } from '../pane-context';
import { useAction, type Action } from '../status/use-action';
import { creationWrites, setupView, sheetsToCreate, visibleSheets, type SetupView } from './sheet-plan';

export interface Setup {
  view: SetupView | null;
  /** The sheets as last read (the forms show what `Thông tin` holds). */
  sheets: SheetGrid[] | null;
  action: Action;
  create: () => Promise<boolean>;
  /** Reads the workbook again without a message (after a form wrote to it). */
  reload: () => Promise<void>;
}

/** Which standard sheets the workbook has, and adding the missing ones (never touching existing sheets). */
export function useSetup(active: boolean): Setup {
  const { workbook, t, num } = usePane();
  const action = useAction();
  const [view, setView] = useState<SetupView | null>(null);
  const [sheets, setSheets] = useState<SheetGrid[] | null>(null);
  const read = useCallback(async () => {
    const fresh = await workbook.readWorkbook();
    setSheets(fresh);
    return fresh;
  }, [workbook]);
  const { run, announce } = action;
  const { dropdowns } = workbook.capabilities();

  // Looked at afresh each time the tab is shown: sheets may have been added or renamed meanwhile.
  useWhenShown(active, workbook, () => run(t.setup.inspecting, async () => setView(setupView(await read(), { dropdowns }))));

  const create = useCallback(
    () =>
      run(t.setup.creating, async () => {
        const before = setupView(await read(), { dropdowns });
        const contents = sheetsToCreate(before);
        for (const content of creationWrites(contents)) await workbook.writeSheet(content);
        setView(contents.length > 0 ? setupView(await read(), { dropdowns }) : before);
        const shown = visibleSheets(contents);
        const sheets = t.sheetList(shown.map((c) => c.name));
        announce(contents.length > 0 ? t.setup.created({ count: num(shown.length), sheets }) : t.setup.complete);
      }),
    [run, announce, workbook, t, num, dropdowns, read],
  );

  const reload = useCallback(async () => setView(setupView(await read(), { dropdowns })), [read, dropdowns]);

  return { view, sheets, action, create, reload };
}

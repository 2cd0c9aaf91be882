import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type JSX } from 'react';
import type { MemoryWorkbook } from '../workbook/preview/memory-workbook';
import type { PreviewEnvironment } from './environment';
import { DiscardDialog } from './files/DiscardDialog';
import { useWorkbookFiles } from './files/use-workbook-files';
import { SheetGrid } from './grid/SheetGrid';
import { useMessages } from './messages';
import { SheetTabs } from './SheetTabs';
import { StatusMessage } from './StatusMessage';
import { TaskPaneSlot } from './TaskPaneSlot';
import { PreviewToolbar } from './toolbar/PreviewToolbar';
import { useWorkbookRevision } from './use-workbook';

/** Width of Excel's task pane, roughly. */
const PANE_WIDTH = 360;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  workbook: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  empty: { padding: tokens.spacingHorizontalL },
  pane: {
    flexShrink: 0,
    width: `${PANE_WIDTH}px`,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** The browser version: toolbar, the in-page workbook (grid and sheet tabs) and the task pane beside it. */
export function PreviewPage({ workbook, environment }: { workbook: MemoryWorkbook; environment: PreviewEnvironment }): JSX.Element {
  useWorkbookRevision(workbook);
  const classes = useStyles();
  const m = useMessages();
  const files = useWorkbookFiles(workbook, m);
  useEffect(() => {
    // Closing or reloading the tab would lose what the clerk did: the browser asks first.
    const warn = (event: BeforeUnloadEvent): void => {
      if (!workbook.unsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [workbook]);
  const activeName = workbook.activeSheet();
  const sheet = activeName === null ? undefined : workbook.sheet(activeName);
  return (
    <div className={classes.page}>
      <PreviewToolbar files={files} documentName={workbook.name()} unsaved={workbook.unsaved()} />
      <DiscardDialog files={files} name={workbook.name()} />
      <StatusMessage status={files.status} />
      <div className={classes.body}>
        <section className={classes.workbook} aria-label={m.preview.workbookRegion}>
          {sheet ? (
            <SheetGrid key={`${workbook.generation()}:${sheet.name}`} workbook={workbook} sheet={sheet} />
          ) : (
            <Text className={classes.empty}>{m.preview.noSheets}</Text>
          )}
          <SheetTabs workbook={workbook} />
        </section>
        {/* A new workbook gets a new task pane, as opening another file in Excel does. */}
        <div className={classes.pane}>
          <TaskPaneSlot key={workbook.generation()} workbook={workbook} environment={environment} />
        </div>
      </div>
    </div>
  );
}

import type { JSX } from 'react';
import { App } from '../taskpane/App';
import type { WorkbookPort } from '../workbook/workbook';
import type { PreviewEnvironment } from './environment';
import { TaskPaneBoundary } from './TaskPaneBoundary';

/** The task pane's props, as src/taskpane/App takes them in Excel and here. */
export interface TaskPaneProps {
  workbook: WorkbookPort;
  environment: PreviewEnvironment;
}

/** The real task pane (src/taskpane/App) beside the sheet, given the in-page workbook. */
export function TaskPaneSlot({ workbook, environment }: TaskPaneProps): JSX.Element {
  return (
    <TaskPaneBoundary>
      <App workbook={workbook} environment={environment} />
    </TaskPaneBoundary>
  );
}

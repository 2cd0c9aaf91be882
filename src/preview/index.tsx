import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { emptySheet } from '../workbook/preview/memory-sheet';
import { MemoryWorkbook } from '../workbook/preview/memory-workbook';
import { readEnvironment } from './environment';
import { MessagesProvider, messagesFor } from './messages';
import { PreviewPage } from './PreviewPage';

/** The browser preview (preview.html): the task pane beside a workbook held in the page, no Excel needed. */
const environment = readEnvironment(window.location.search);
const m = messagesFor(environment.language);
document.documentElement.lang = environment.language;
document.title = m.preview.pageTitle;

// Like a new workbook in Excel: one empty sheet.
const workbook = new MemoryWorkbook([emptySheet(m.preview.newSheetName)], m.preview.newWorkbookName);

const container = document.getElementById('root');
if (!container) throw new Error('#root not found in preview.html');
createRoot(container).render(
  <FluentProvider theme={environment.theme === 'dark' ? webDarkTheme : webLightTheme}>
    <MessagesProvider value={m}>
      <PreviewPage workbook={workbook} environment={environment} />
    </MessagesProvider>
  </FluentProvider>,
);

import { createRoot, type Root } from 'react-dom/client';
import { officeEnvironment, officeHost, officeWorkbook } from '../workbook/office';
import type { WorkbookPort } from '../workbook/workbook';
import { App, type PaneEnvironment } from './App';
import { unavailableWorkbook } from './unavailable-workbook';

/** How long to wait for Office to say it is ready before rendering anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

let root: Root | null = null;
let connected = false;

/** Outside Excel (a plain browser, office.js unreachable) the pane still opens, in Vietnamese. */
const OUTSIDE_EXCEL: PaneEnvironment = { language: 'vi', theme: 'light' };

/**
 * Renders the pane; called again when Excel turns out to be ready after the pane was shown without
 * it (Office.onReady slower than the timeout), it reconnects the pane to the workbook.
 */
function render(info?: { host: Office.HostType | null }): void {
  const inExcel = officeAvailable() && info?.host === Office.HostType.Excel;
  if (connected || (root && !inExcel)) return;
  const container = document.getElementById('root');
  if (!container) throw new Error('#root not found in taskpane.html');
  connected = inExcel;
  // Outside Excel every action explains that the pane must be opened from Excel.
  const workbook: WorkbookPort = inExcel ? officeWorkbook(officeHost()) : unavailableWorkbook();
  const environment: PaneEnvironment = inExcel ? officeEnvironment() : OUTSIDE_EXCEL;
  root ??= createRoot(container);
  root.render(<App key={inExcel ? 'excel' : 'outside'} workbook={workbook} environment={environment} />);
  // Tells the page's watchdog (taskpane.html) that the pane is up.
  (window as unknown as PaneWindow).dvkStarted = true;
}

function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/** Set by the ES5 script of taskpane.html: the webview (Trident, EdgeHTML) it told the clerk about. */
interface PaneWindow {
  dvkUnsupported?: string;
  dvkStarted?: boolean;
}

function start(): void {
  const page = window as unknown as PaneWindow;
  if (page.dvkUnsupported) return;
  // office.js is a plain script before this one (taskpane.html): loaded, or failed (offline, blocked).
  if (!officeAvailable()) {
    render();
    return;
  }
  // Office.onReady resolves inside Excel and also in a plain browser (host null); never wait forever.
  Office.onReady()
    .then((info) => render(info))
    .catch(() => render());
  window.setTimeout(() => render(), OFFICE_READY_TIMEOUT_MS);
}

start();

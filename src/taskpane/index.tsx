import { createRoot, type Root } from 'react-dom/client';
import { officeEnvironment, officeHost, officeWorkbook } from '../workbook/office';
import type { WorkbookPort } from '../workbook/workbook';
import { App, type PaneEnvironment } from './App';
import { unavailableWorkbook } from './unavailable-workbook';

/** How long to wait for office.js before rendering anyway (offline, slow network). */
const OFFICE_JS_TIMEOUT_MS = 5000;

let root: Root | null = null;
let connected = false;

/** Outside Excel (a plain browser, office.js unreachable) the pane still opens, in Vietnamese. */
const OUTSIDE_EXCEL: PaneEnvironment = { language: 'vi', theme: 'light' };

/**
 * Renders the pane; called again when Excel turns out to be ready after the pane was shown without
 * it (office.js slower than the timeout), it reconnects the pane to the workbook.
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
}

function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

function whenOfficeReady(): void {
  // Office.onReady resolves inside Excel and also in a plain browser (host null).
  Office.onReady()
    .then((info) => render(info))
    .catch(() => render());
}

function start(): void {
  if (officeAvailable()) {
    whenOfficeReady();
    return;
  }
  // office.js is loaded with <script async> (see taskpane.html): it may still be
  // on its way, or it may have failed (offline). Never block the UI on it.
  const script = document.getElementById('office-js');
  const state = script?.getAttribute('data-state');
  if (!script || state === 'failed' || state === 'loaded') {
    render();
    return;
  }
  script.addEventListener('load', () => (officeAvailable() ? whenOfficeReady() : render()));
  script.addEventListener('error', () => render());
  window.setTimeout(() => render(), OFFICE_JS_TIMEOUT_MS);
}

start();

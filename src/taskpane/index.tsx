import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** How long to wait for office.js before rendering anyway (offline, slow network). */
const OFFICE_JS_TIMEOUT_MS = 5000;

let rendered = false;

function render(): void {
  if (rendered) return;
  rendered = true;
  const container = document.getElementById('root');
  if (!container) throw new Error('#root not found in taskpane.html');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

function whenOfficeReady(): void {
  // Office.onReady resolves inside Excel and also in a plain browser (host null).
  Office.onReady()
    .then(render)
    .catch(render);
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
  script.addEventListener('error', render);
  window.setTimeout(render, OFFICE_JS_TIMEOUT_MS);
}

start();

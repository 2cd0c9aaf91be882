import type { BrowserContext, Locator, Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOTS } from './paths';

/** The preview page of a served dist/, with what it fetched and any errors it threw. */
export interface PreviewPage {
  page: Page;
  /** Addresses the page requested, in order. */
  requests: string[];
  errors: string[];
  screenshot(name: string): Promise<void>;
  /** The text of a grid cell (0-based row and column). */
  cellText(row: number, col: number): Promise<string>;
  /** The names of the sheet tabs, in order. */
  tabNames(): Promise<string[]>;
  /** A sheet tab (not one of the task pane's own tabs). */
  sheetTab(name: string): Locator;
}

export async function openPreview(context: BrowserContext, baseUrl: string): Promise<PreviewPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${baseUrl}preview.html`);
  await page.getByRole('grid').waitFor();
  const sheetTabs = page.getByRole('tablist', { name: 'Các trang tính' });
  const cell = (row: number, col: number) => page.locator(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`);
  return {
    page,
    requests,
    errors,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    },
    cellText: async (row, col) => (await cell(row, col).innerText()).trim(),
    // Fluent draws a tab's label twice (the second reserves the bold width); its value is the sheet name.
    tabNames: async () => sheetTabs.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('value') ?? '')),
    sheetTab: (name) => sheetTabs.getByRole('tab', { name, exact: true }),
  };
}

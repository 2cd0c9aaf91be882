/**
 * Every tab of the task pane at its width in the browser version (360 px), in Vietnamese and in
 * English, on the sample workbook: nothing wider than the pane, no text cut by its box, and in
 * English no control left in Vietnamese. Each tab's screenshot is kept to look at.
 */
import type { Locator, Page } from 'playwright-core';
import path from 'node:path';
import { uiEn } from '../../src/i18n/ui.en';
import { uiVi } from '../../src/i18n/ui.vi';
import { TABS } from '../../src/taskpane/tabs';
import { launchChromium, type Browser } from './helpers/browser';
import { DIST, SCREENSHOTS } from './helpers/paths';
import { serveFolder, type StaticServer } from './helpers/static-server';

jest.setTimeout(120_000);

const LANGUAGES = {
  vi: { opened: 'Đã mở “mau-dan-van-kheo.xlsx”.', sample: 'Mở sổ mẫu', tabs: TABS.map((tab) => uiVi.tabs[tab]) },
  en: { opened: 'Opened “mau-dan-van-kheo.xlsx”.', sample: 'Open sample workbook', tabs: TABS.map((tab) => uiEn.tabs[tab]) },
} as const;

/** Elements whose content is wider than their box while the box hides the rest (cut text). */
async function cutText(panel: Locator): Promise<string[]> {
  return panel.evaluate((root) => {
    const cut: string[] = [];
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (!hides || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '') cut.push(`${el.tagName}: ${(el.textContent ?? '').trim().slice(0, 80)}`);
    }
    return cut;
  });
}

/**
 * The names of the controls and headings people read, to find any left untranslated. The choices of a
 * dropdown are left out: they are the values written into the sheet (Tập thể, Đăng ký mới, the units).
 */
async function controlTexts(panel: Locator): Promise<string[]> {
  return panel.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, label, h2, h3, h4, [role="tab"], legend, th'))
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== ''),
  );
}

/** A proper name kept in Vietnamese in the English pane, as the sheets' names are. */
const PROPER_NAMES = new Set(['Khối Dân vận cơ sở']);

async function showTab(page: Page, name: string): Promise<Locator> {
  const tab = page
    .getByRole('tablist')
    .filter({ has: page.getByRole('tab', { name, exact: true }) })
    .last()
    .getByRole('tab', { name, exact: true });
  await tab.click();
  const panelId = await tab.getAttribute('aria-controls');
  const panel = page.locator(`#${panelId}`);
  await panel.waitFor();
  // Measured once the tab's transitions are over, not after a guessed delay.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  return panel;
}

describe('the task pane, tab by tab, at 360 px', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each tab's controls as the Vietnamese pane names them, for the English pane to differ from. */
  const vietnamese = new Map<string, Set<string>>();

  it.each(['vi', 'en'] as const)('%s: every tab fits, nothing is cut (in English, nothing left in Vietnamese)', async (lang) => {
    const words = LANGUAGES[lang];
    const page = await browser.context.newPage();
    // Tall enough that each tab's whole panel is drawn for its screenshot.
    await page.setViewportSize({ width: 1200, height: 2600 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}preview.html?lang=${lang}`);
    await page.getByRole('button', { name: words.sample }).click();
    await page.getByText(words.opened).waitFor();

    const ui = lang === 'vi' ? uiVi : uiEn;
    for (const [i, name] of words.tabs.entries()) {
      const panel = await showTab(page, name);
      // The report tab as it is once the report is made: the drafted text shown under the buttons.
      if (TABS[i] === 'report') {
        await panel.getByRole('button', { name: ui.report.fill }).click();
        await panel
          .getByText(ui.report.filled({ date: '' }).slice(0, 20))
          .first()
          .waitFor();
      }
      await panel.screenshot({ path: path.join(SCREENSHOTS, `tour-${lang}-${i + 1}.png`) });
      expect({ tab: name, overflow: await panel.evaluate((el) => el.scrollWidth - el.clientWidth), cut: await cutText(panel) }).toEqual({
        tab: name,
        overflow: 0,
        cut: [],
      });
      const controls = await controlTexts(panel);
      if (lang === 'vi') vietnamese.set(TABS[i], new Set(controls));
      else {
        const same = controls.filter((c) => vietnamese.get(TABS[i])?.has(c) && !PROPER_NAMES.has(c) && !/^\d+$/.test(c));
        expect({ tab: name, untranslated: same }).toEqual({ tab: name, untranslated: [] });
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './helpers/browser';
import { DIST, SCREENSHOTS } from './helpers/paths';
import { serveFolder, type StaticServer } from './helpers/static-server';

/**
 * taskpane.html in the webviews Excel 2016/2019 may use. Debian's Chromium plays each by its user-agent
 * string: the page's ES5 script must name the webview and say what to do (Vietnamese, then English),
 * and a pane whose scripts never start (blocked, or unparsable) must get the same answer, not a blank pane.
 */
jest.setTimeout(90_000);

const USER_AGENTS = {
  // Excel 2016 volume-licensed on Windows 10: Internet Explorer 11's webview.
  trident: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; ms-office; MSOffice 16) like Gecko',
  // Excel 2019 retail without WebView2: legacy Edge's webview.
  edgehtml: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
};

const PANE_WIDTH = 350;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page playing `userAgent` (set through the DevTools protocol, navigator.userAgent included), office.js unreachable as on this offline machine. */
async function openPane(userAgent?: string, blockScripts = false): Promise<Page> {
  const page = await browser.context.newPage();
  if (userAgent) await (await browser.context.newCDPSession(page)).send('Emulation.setUserAgentOverride', { userAgent });
  await page.setViewportSize({ width: PANE_WIDTH, height: 900 });
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  if (blockScripts) await page.route(/\/(taskpane|vendor)\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(`${server.url}taskpane.html`);
  return page;
}

const message = (page: Page) => page.locator('#dvk-old-webview');

describe('taskpane.html in old webviews', () => {
  for (const [engine, userAgent] of Object.entries(USER_AGENTS)) {
    it(`tells a clerk in ${engine} what to do, in Vietnamese and English, instead of a blank pane`, async () => {
      const page = await openPane(userAgent);
      await message(page).waitFor({ state: 'visible', timeout: 5000 });
      expect(await page.evaluate(() => navigator.userAgent)).toBe(userAgent);
      expect(await message(page).getAttribute('data-reason')).toBe(engine);
      const text = await message(page).innerText();
      expect(text).toContain('Ngăn tác vụ Dân vận khéo chưa chạy được trong Excel này');
      expect(text).toContain(engine === 'trident' ? 'Internet Explorer 11' : 'EdgeHTML');
      expect(text).toContain('Microsoft Edge WebView2 Runtime');
      expect(text).toContain('The Dân vận khéo task pane cannot run in this Excel');
      // The other reasons stay hidden; the browser version's address is the server's own.
      expect(await page.locator(`[data-why]:not([data-why="${engine}"])`).evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent))).toEqual([
        null,
        null,
        null,
        null,
      ]);
      expect(await page.locator('a[data-browser-address]').first().getAttribute('href')).toBe(`${server.url}preview.html`);
      // The pane itself is not started under the message.
      expect(await page.getByRole('tablist').count()).toBe(0);
      // Nothing wider than the pane.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
      await page.screenshot({ path: path.join(SCREENSHOTS, `taskpane-${engine}.png`), fullPage: true });
      await page.close();
    });
  }

  it('says the same when the pane has not started after a few seconds, and never over a pane that started', async () => {
    const [blocked, normal] = await Promise.all([openPane(undefined, true), openPane()]);
    await normal.getByRole('tablist').first().waitFor({ state: 'visible', timeout: 15_000 });
    await message(blocked).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await message(blocked).getAttribute('data-reason')).toBe('timeout');
    expect(await message(blocked).innerText()).toContain('Ngăn tác vụ không khởi động được');
    // The started pane has outlived the same watchdog without a message.
    expect(await message(normal).isVisible()).toBe(false);
    expect(await normal.evaluate(() => (window as unknown as { dvkStarted?: boolean }).dvkStarted)).toBe(true);
    await blocked.close();
    await normal.close();
  });
});

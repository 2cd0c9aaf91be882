/**
 * Budget 4, the task pane: the initial JavaScript of the production build (the repository's
 * webpack.config.js, `--mode production`, built into build/bench/app so dist/ is left alone),
 * gzipped, per page (taskpane.html, preview.html): the scripts the HTML loads at once, not the lazy
 * chunks. Beside it, a minimal React + Fluent UI page (bench/minimal-page) built with the same
 * settings. Then the time from navigation to the first interactive render of preview.html in
 * headless Chromium, served from 127.0.0.1: until the task pane's first tab is visible, median of 5.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageSize, TaskpaneResult } from './budgets';
import { median } from './timing';

const ROOT = path.resolve(__dirname, '../../..');
const OUT = path.join(ROOT, 'build', 'bench');
const APP = path.join(OUT, 'app');
const MINIMAL = path.join(OUT, 'minimal-page');
const PAGES = ['taskpane.html', 'preview.html'];
/** The task pane's first control (its tab list), visible once the page can be used. */
export const INTERACTIVE = 'main [role="tab"]';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/* eslint-disable @typescript-eslint/no-require-imports */
type Config = Record<string, unknown> & { output: Record<string, unknown>; plugins: unknown[] };
type Webpack = (config: Config, done: (error: Error | null, stats?: { hasErrors(): boolean; toString(o: unknown): string }) => void) => void;
const webpack = require(path.join(ROOT, 'node_modules', 'webpack')) as Webpack;
const HtmlWebpackPlugin = require(path.join(ROOT, 'node_modules', 'html-webpack-plugin')) as new (options: Record<string, unknown>) => unknown;
const projectConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => Promise<Config>;
/* eslint-enable @typescript-eslint/no-require-imports */

function build(config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}

/** The project's production build, into `out`. */
async function buildApp(): Promise<void> {
  const config = await projectConfig({}, { mode: 'production' });
  await build({ ...config, output: { ...config.output, path: APP } });
}

/** bench/minimal-page with the same settings: only its entry, page and output differ. */
async function buildMinimal(): Promise<void> {
  const config = await projectConfig({}, { mode: 'production' });
  const page = path.join(ROOT, 'bench', 'minimal-page');
  await build({
    ...config,
    entry: { minimal: path.join(page, 'index.tsx') },
    output: { ...config.output, path: MINIMAL },
    plugins: [new HtmlWebpackPlugin({ template: path.join(page, 'index.html'), filename: 'minimal.html', chunks: ['minimal'] })],
  });
}

/** The scripts a page loads at once: its own `<script src>`, not another site's (office.js) and not lazy chunks. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//.test(src));
}

function pageSize(dir: string, page: string): PageSize {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const scripts = initialScripts(html).map((src) => {
    const bytes = readFileSync(path.join(dir, src));
    return { src, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { page, scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'text/xml',
  '.xlsx': 'application/octet-stream',
};

/** A tiny static server for `dir` on 127.0.0.1 (any free port). */
function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

/** Milliseconds from navigation start until `selector` is visible, per load of `url` (a fresh context each: no cache). */
async function firstRender(url: string, selector: string, runs: number): Promise<number[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require(path.join(ROOT, 'node_modules', 'playwright-core')) as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Recorded in the page, from its own clock (0 = navigation start), as soon as the element shows.
      await page.addInitScript((target: string) => {
        const w = window as unknown as { __dvkVisible?: number };
        const check = (): boolean => {
          const element = document.querySelector(target);
          if (!element || element.getBoundingClientRect().height === 0) return false;
          w.__dvkVisible = performance.now();
          return true;
        };
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }, selector);
      await page.goto(url);
      const handle = await page.waitForFunction(() => (window as unknown as { __dvkVisible?: number }).__dvkVisible, undefined, { timeout: 30_000 });
      // The first load warms the browser itself (its processes, the disk cache of the binary).
      if (i > 0) times.push(Number(await handle.jsonValue()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function benchTaskpane(runs = 5, log: (line: string) => void = () => undefined): Promise<TaskpaneResult> {
  log('webpack --mode production (the project) …');
  await buildApp();
  log('webpack --mode production (bench/minimal-page) …');
  await buildMinimal();
  const pages = PAGES.filter((page) => existsSync(path.join(APP, page))).map((page) => pageSize(APP, page));
  const minimal = pageSize(MINIMAL, 'minimal.html');
  let renders: number[] = [];
  if (existsSync(path.join(APP, 'preview.html')) && existsSync(CHROMIUM)) {
    const { url, server } = await serve(APP);
    try {
      renders = await firstRender(`${url}/preview.html`, INTERACTIVE, runs);
    } finally {
      server.close();
    }
  }
  return {
    pages,
    minimalGzipBytes: minimal.gzipBytes,
    firstRender: renders.length > 0 ? { page: 'preview.html', selector: INTERACTIVE, medianMs: median(renders), runsMs: renders } : null,
  };
}
